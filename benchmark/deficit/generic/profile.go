package generic

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// columns are the profile CSV's columns, in the order documented.
var columns = []string{"year", "funding", "spend", "contributions", "transfers", "savings", "deficit", "opening_deficit"}

// required are the columns every profile must have.
var required = []string{"year", "funding", "spend"}

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

// ReadProfile reads and checks a profile CSV whole; on failure the error
// is a ProfileErrors naming each bad line and column.
func ReadProfile(r io.Reader) (*Profile, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	var names []string
	var index map[string]int
	var errs ProfileErrors
	p := &Profile{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, append(errs, fmt.Sprintf("line %d: %s", pe.Line, csvProblem(pe.Err)))
		} else if err != nil {
			return nil, fmt.Errorf("read profile: %w", err)
		}
		if names == nil {
			names = rec
			if index, errs = header(rec); len(errs) > 0 {
				return nil, errs
			}
			continue
		}
		if blank(rec) {
			continue // a spreadsheet's empty row
		}
		line, _ := cr.FieldPos(0)
		r, rowErrs := readRow(rec, index, len(names), line, p)
		errs = append(errs, rowErrs...)
		p.Rows = append(p.Rows, r)
	}
	switch {
	case names == nil:
		return nil, ProfileErrors{"the file is empty; give a header row naming the columns, then one row per financial year"}
	case len(p.Rows) == 0:
		return nil, ProfileErrors{"the file has a header row but no years; add one row per financial year below it"}
	case len(errs) > 0:
		return nil, errs
	}
	return p, nil
}

// blank reports whether every cell of a record is empty.
func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// header maps each known column to its position in the header row,
// reporting columns missing, unknown or named twice. Names are compared
// without case, surrounding spaces or a spreadsheet's byte-order mark.
func header(names []string) (map[string]int, ProfileErrors) {
	var errs ProfileErrors
	index := map[string]int{}
	for i, n := range names {
		n = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(n, "\ufeff")))
		n = strings.ReplaceAll(n, " ", "_")
		switch {
		case n == "" && i == len(names)-1:
			// a trailing comma after the last name
		case !slices.Contains(columns, n):
			errs = append(errs, fmt.Sprintf("line 1: %q is not a column svbench reads; the columns are %s", names[i], strings.Join(columns, ", ")))
		case seen(index, n):
			errs = append(errs, fmt.Sprintf("line 1: the column %s is named twice", n))
		default:
			index[n] = i
		}
	}
	for _, n := range required {
		if !seen(index, n) {
			errs = append(errs, fmt.Sprintf("line 1: the header has no %s column, and every profile needs one", n))
		}
	}
	return index, errs
}

// seen reports whether the header named column n.
func seen(index map[string]int, n string) bool {
	_, ok := index[n]
	return ok
}

// csvProblem words a CSV syntax error for a spreadsheet user.
func csvProblem(err error) string {
	switch {
	case errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote):
		return "a quotation mark is out of place; save the file from your spreadsheet as CSV again"
	default:
		return "the line could not be read as CSV; save the file from your spreadsheet as CSV again"
	}
}

// readRow checks one line of the file (line is its number, counting the
// header as 1) against the rows already read into p.
func readRow(rec []string, index map[string]int, width, line int, p *Profile) (Row, ProfileErrors) {
	var errs ProfileErrors
	bad := func(col, msg string) { errs = append(errs, fmt.Sprintf("line %d, column %s: %s", line, col, msg)) }
	if len(rec) > width {
		errs = append(errs, fmt.Sprintf("line %d: the line has %d cells but the header names %d columns", line, len(rec), width))
	}
	cell := func(col string) string {
		if i, ok := index[col]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var r Row
	first := len(p.Rows) == 0
	y, err := deficit.ParseYear(cell("year"))
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
		out      *deficit.Amount
		required bool
		what     string
	}{
		{"funding", &r.funding, true, "the year's High Needs Block funding"},
		{"spend", &r.spend, true, "the year's estimated High Needs spend"},
		{"contributions", &r.contributions, false, ""},
		{"transfers", &r.transfers, false, ""},
		{"savings", &r.saving, false, ""},
		{"deficit", &r.deficit, false, ""},
	}
	for _, c := range cells {
		text := cell(c.name)
		if err := c.out.UnmarshalCSV(text); err != nil {
			bad(c.name, fmt.Sprintf("%q is not an amount in £ million", text))
		} else if c.required && !c.out.Valid {
			bad(c.name, "the cell is blank; give "+c.what+" in £ million")
		}
	}
	var open deficit.Amount
	text := cell("opening_deficit")
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
