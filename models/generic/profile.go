package generic

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest"
)

// Column is one column of the profile CSV.
type Column struct {
	// Name is the header as documented; Description says what the column
	// holds, for people; Required marks the columns every profile must
	// have.
	Name, Description string
	Required          bool
}

// Columns are the profile CSV's columns, in order. Amounts are £m and a
// blank cell is zero.
var Columns = []Column{
	{"year", "financial year, e.g. 2024/25", true},
	{"funding", "High Needs Block funding, £m", true},
	{"spend", "estimated High Needs spend net of your savings, £m", true},
	{"contributions", "DfE Safety Valve contributions, £m", false},
	{"transfers", "other transfers into the block, e.g. from the schools block, £m", false},
	{"savings", "planned savings reached that year, £m (already in spend)", false},
	{"deficit", "your published cumulative deficit at the year's end, £m", false},
	{"opening_deficit", "first row only, the deficit brought forward, £m", false},
}

// columnNames are the names of Columns, in order.
func columnNames() []string {
	names := make([]string, len(Columns))
	for i, c := range Columns {
		names[i] = c.Name
	}
	return names
}

// Profile is a supplied profile, checked.
type Profile struct {
	Opening float64
	Rows    []Row
}

// Row is one checked year of a profile.
type Row struct {
	year                                             deficit.Year
	funding, spend, contributions, transfers, saving deficit.Amount
	deficit                                          deficit.Amount
}

// Year is the row's financial year.
func (r Row) Year() deficit.Year { return r.year }

// ProfileErrors lists every problem found in a profile CSV, each a plain
// sentence naming its line and column, e.g. `line 3, column funding: "abc"
// is not an amount in £ million`.
type ProfileErrors []string

// Error lists the problems one to a line under a heading, so a command
// line shows each on its own line.
func (e ProfileErrors) Error() string {
	head := fmt.Sprintf("the profile CSV has %d problems:", len(e))
	if len(e) == 1 {
		head = "the profile CSV has a problem:"
	}
	return head + "\n" + strings.Join(e, "\n")
}

// record is one row of a profile as written, mapped by gocsv; its tags
// are the column names folded as ingest folds headers.
type record struct {
	Year           string `csv:"year"`
	Funding        string `csv:"funding"`
	Spend          string `csv:"spend"`
	Contributions  string `csv:"contributions"`
	Transfers      string `csv:"transfers"`
	Savings        string `csv:"savings"`
	Deficit        string `csv:"deficit"`
	OpeningDeficit string `csv:"openingdeficit"`
}

// ReadProfile reads and checks a profile whole, as CSV or the first sheet
// of an .xlsx workbook, decoded as every svbench upload is (ingest reads
// a byte order mark, UTF-16, Windows-1252 and any line ends). On failure
// the error is a ProfileErrors naming each bad line and column.
func ReadProfile(r io.Reader) (*Profile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read profile: %w", err)
	}
	var recs []*record
	names, lines, err := ingest.ReadTable(data, &recs)
	var ps ingest.Problems
	if errors.As(err, &ps) {
		errs := make(ProfileErrors, len(ps))
		for i, p := range ps {
			errs[i] = p.String()
		}
		return nil, errs
	} else if err != nil {
		return nil, fmt.Errorf("read profile: %w", err)
	}
	if errs := header(names); len(errs) > 0 {
		return nil, errs
	}
	if len(recs) == 0 {
		return nil, ProfileErrors{"the file has a header row but no years; add one row per financial year below it"}
	}
	p := &Profile{}
	var errs ProfileErrors
	for i, rec := range recs {
		row, rowErrs := readRow(rec, lines[i], p)
		errs = append(errs, rowErrs...)
		p.Rows = append(p.Rows, row)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return p, nil
}

// fold folds a column name as ingest matches headers: lower case letters
// and digits only, so "Opening Deficit" is "openingdeficit".
func fold(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, name)
}

// header reports, on line 1, each column the header names that svbench
// does not read and each required column it lacks. Names match without
// regard to case, spaces, hyphens or underscores.
func header(names []string) ProfileErrors {
	var errs ProfileErrors
	known := map[string]bool{}
	for _, c := range Columns {
		known[fold(c.Name)] = true
	}
	seen := map[string]bool{}
	for _, n := range names {
		if !known[fold(n)] {
			errs = append(errs, fmt.Sprintf("line 1: %q is not a column svbench reads; the columns are %s", strings.TrimSpace(n), strings.Join(columnNames(), ", ")))
		}
		seen[fold(n)] = true
	}
	for _, c := range Columns {
		if c.Required && !seen[fold(c.Name)] {
			errs = append(errs, fmt.Sprintf("line 1: the header has no %s column, and every profile needs one", c.Name))
		}
	}
	return errs
}

// readRow checks one row of the file (line is its number, counting the
// header as 1) against the rows already read into p.
func readRow(rec *record, line int, p *Profile) (Row, ProfileErrors) {
	var errs ProfileErrors
	bad := func(col, msg string) { errs = append(errs, fmt.Sprintf("line %d, column %s: %s", line, col, msg)) }
	var r Row
	first := len(p.Rows) == 0
	y, err := deficit.ParseYear(strings.TrimSpace(rec.Year))
	var prev deficit.Year
	if !first {
		prev = p.Rows[len(p.Rows)-1].year
	}
	switch {
	case err != nil:
		bad("year", err.Error())
	case y == 0:
		bad("year", "the cell is blank; write the financial year like 2024/25")
	case prev != 0 && y == prev:
		bad("year", fmt.Sprintf("%s comes twice; each row must be the year after the one above", y))
	case prev != 0 && y != prev+1:
		bad("year", fmt.Sprintf("%s follows %s; each row must be the year after the one above, so this one should be %s", y, prev, prev+1))
	}
	r.year = y
	cells := []struct {
		name     string
		text     string
		out      *deficit.Amount
		required bool
		what     string
	}{
		{"funding", rec.Funding, &r.funding, true, "the year's High Needs Block funding"},
		{"spend", rec.Spend, &r.spend, true, "the year's estimated High Needs spend"},
		{"contributions", rec.Contributions, &r.contributions, false, ""},
		{"transfers", rec.Transfers, &r.transfers, false, ""},
		{"savings", rec.Savings, &r.saving, false, ""},
		{"deficit", rec.Deficit, &r.deficit, false, ""},
	}
	for _, c := range cells {
		text := strings.TrimSpace(c.text)
		if err := c.out.UnmarshalCSV(text); err != nil {
			bad(c.name, fmt.Sprintf("%q is not an amount in £ million", text))
		} else if c.required && !c.out.Valid {
			bad(c.name, "the cell is blank; give "+c.what+" in £ million")
		}
	}
	var open deficit.Amount
	text := strings.TrimSpace(rec.OpeningDeficit)
	if err := open.UnmarshalCSV(text); err != nil {
		bad("opening_deficit", fmt.Sprintf("%q is not an amount in £ million", text))
	} else if open.Valid && !first {
		bad("opening_deficit", "only the first row may give the deficit brought forward; leave this cell blank")
	} else if open.Valid {
		p.Opening = open.Value
	}
	return r, errs
}

// Inputs turns the profile into engine inputs.
func (p *Profile) Inputs(authority string) *deficit.Inputs {
	in := &deficit.Inputs{
		Authority: authority, Label: authority + " profile",
		OpeningYear: p.Rows[0].year - 1, OpeningDeficit: p.Opening, SavingsInSpend: true,
	}
	has := false
	sch := deficit.Scheme{ID: "savings", Name: "Planned savings", Theme: "Financial Efficiencies"}
	for _, r := range p.Rows {
		in.Years = append(in.Years, deficit.YearInput{
			Year: r.year, Funding: r.funding.Value, Spend: r.spend.Value,
			Contributions: r.contributions.Or(0), Transfers: r.transfers.Or(0),
		})
		sch.Savings = append(sch.Savings, r.saving.Or(0))
		has = has || r.saving.Valid
	}
	if has {
		in.Schemes = []deficit.Scheme{sch}
	}
	return in
}

// Published returns the deficits the profile states, opening first when
// the profile states an opening deficit.
func (p *Profile) Published() []deficit.Point {
	var pts []deficit.Point
	for _, r := range p.Rows {
		if r.deficit.Valid {
			pts = append(pts, deficit.Point{Year: r.year, Deficit: r.deficit.Value, Printed: r.deficit.Text})
		}
	}
	if len(pts) > 0 {
		pts = append([]deficit.Point{{Year: p.Rows[0].year - 1, Deficit: p.Opening}}, pts...)
	}
	return pts
}
