package ingest

import (
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// profileRecord is one row of a profile file as written, mapped by gocsv;
// its tags are the column names folded as headers are.
type profileRecord struct {
	Year           string `csv:"year"`
	Funding        string `csv:"funding"`
	Spend          string `csv:"spend"`
	Contributions  string `csv:"contributions"`
	Transfers      string `csv:"transfers"`
	Savings        string `csv:"savings"`
	Deficit        string `csv:"deficit"`
	OpeningDeficit string `csv:"openingdeficit"`
}

// year checks one row of the file (line is its number, counting the header
// as 1) against the years already read, and returns it as a profile year.
func (rec *profileRecord) year(line int, before []deficit.ProfileYear) (deficit.ProfileYear, ProfileErrors) {
	var errs ProfileErrors
	bad := func(col, msg string) { errs = append(errs, fmt.Sprintf("line %d, column %s: %s", line, col, msg)) }
	var prev deficit.Year
	if len(before) > 0 {
		prev = before[len(before)-1].Year
	}
	y, err := deficit.ParseYear(strings.TrimSpace(rec.Year))
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
	var funding, spend, contributions, transfers, savings, published, opening deficit.Amount
	cells := []struct {
		name     string
		text     string
		out      *deficit.Amount
		required bool
		what     string
	}{
		{"funding", rec.Funding, &funding, true, "the year's High Needs Block funding"},
		{"spend", rec.Spend, &spend, true, "the year's estimated High Needs spend"},
		{"contributions", rec.Contributions, &contributions, false, ""},
		{"transfers", rec.Transfers, &transfers, false, ""},
		{"savings", rec.Savings, &savings, false, ""},
		{"deficit", rec.Deficit, &published, false, ""},
	}
	for _, c := range cells {
		text := strings.TrimSpace(c.text)
		if err := c.out.UnmarshalCSV(text); err != nil {
			bad(c.name, fmt.Sprintf("%q is not an amount in £ million", text))
		} else if c.required && !c.out.Valid {
			bad(c.name, "the cell is blank; give "+c.what+" in £ million")
		}
	}
	text := strings.TrimSpace(rec.OpeningDeficit)
	if err := opening.UnmarshalCSV(text); err != nil {
		bad("opening_deficit", fmt.Sprintf("%q is not an amount in £ million", text))
	} else if opening.Valid && len(before) > 0 {
		bad("opening_deficit", "only the first row may give the deficit brought forward; leave this cell blank")
	}
	py := deficit.ProfileYear{
		Year: y, Funding: funding.Value, Spend: spend.Value,
		Contributions: contributions.Or(0), Transfers: transfers.Or(0),
		Savings: given(savings), Deficit: given(published), Opening: given(opening),
	}
	if published.Valid {
		py.Printed = published.Text
	}
	return py, errs
}

// given is a's value, or nil for a blank cell.
func given(a deficit.Amount) *float64 {
	if !a.Valid {
		return nil
	}
	v := a.Value
	return &v
}
