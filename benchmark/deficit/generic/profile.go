package generic

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gocarina/gocsv"

	"github.com/svbench/svbench/benchmark/deficit"
)

// row is one CSV line as text, so that every bad cell can be reported.
type row struct {
	Year           string `csv:"year"`
	Funding        string `csv:"funding"`
	Spend          string `csv:"spend"`
	Contributions  string `csv:"contributions"`
	Transfers      string `csv:"transfers"`
	Savings        string `csv:"savings"`
	Deficit        string `csv:"deficit"`
	OpeningDeficit string `csv:"opening_deficit"`
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

// ProfileErrors lists every problem found in a profile CSV.
type ProfileErrors []string

func (e ProfileErrors) Error() string { return "profile: " + strings.Join(e, "; ") }

// ReadProfile reads and checks a profile CSV whole; on failure the error
// is a ProfileErrors naming each bad line and column.
func ReadProfile(r io.Reader) (*Profile, error) {
	var rows []row
	if err := gocsv.Unmarshal(r, &rows); err != nil {
		return nil, fmt.Errorf("read profile: %w", err)
	}
	if len(rows) == 0 {
		return nil, ProfileErrors{"no rows"}
	}
	var errs ProfileErrors
	p := &Profile{}
	for i, raw := range rows {
		line := i + 2
		bad := func(col string, err error) { errs = append(errs, fmt.Sprintf("line %d, %s: %v", line, col, err)) }
		var r Row
		y, err := deficit.ParseYear(raw.Year)
		switch {
		case err != nil:
			bad("year", err)
		case y == 0:
			bad("year", errors.New("missing"))
		case i > 0 && p.Rows[i-1].year != 0 && y != p.Rows[i-1].year+1:
			bad("year", fmt.Errorf("%s does not follow %s", y, p.Rows[i-1].year))
		}
		r.year = y
		cells := []struct {
			name     string
			text     string
			out      *deficit.Amount
			required bool
		}{
			{"funding", raw.Funding, &r.funding, true},
			{"spend", raw.Spend, &r.spend, true},
			{"contributions", raw.Contributions, &r.contributions, false},
			{"transfers", raw.Transfers, &r.transfers, false},
			{"savings", raw.Savings, &r.saving, false},
			{"deficit", raw.Deficit, &r.deficit, false},
		}
		for _, c := range cells {
			if err := c.out.UnmarshalCSV(c.text); err != nil {
				bad(c.name, err)
			} else if c.required && !c.out.Valid {
				bad(c.name, errors.New("missing"))
			}
		}
		var open deficit.Amount
		if err := open.UnmarshalCSV(raw.OpeningDeficit); err != nil {
			bad("opening_deficit", err)
		} else if open.Valid && i > 0 {
			bad("opening_deficit", errors.New("only the first row may carry it"))
		} else if open.Valid {
			p.Opening = open.Value
		}
		p.Rows = append(p.Rows, r)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return p, nil
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
