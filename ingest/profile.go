package ingest

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
)

// ProfileColumn is one column of the deficit profile file.
type ProfileColumn struct {
	// Name is the header as documented; Description says what the column
	// holds, for people; Required marks the columns every profile must
	// have.
	Name, Description string
	Required          bool
}

// ProfileColumns are the profile file's columns, in order. Amounts are £m
// and a blank cell is zero.
var ProfileColumns = []ProfileColumn{
	{"year", "financial year, e.g. 2024/25", true},
	{"funding", "High Needs Block funding, £m", true},
	{"spend", "estimated High Needs spend net of your savings, £m", true},
	{"contributions", "DfE Safety Valve contributions, £m", false},
	{"transfers", "other transfers into the block, e.g. from the schools block, £m", false},
	{"savings", "planned savings reached that year, £m (already in spend)", false},
	{"deficit", "your published cumulative deficit at the year's end, £m", false},
	{"opening_deficit", "first row only, the deficit brought forward, £m", false},
}

// ProfileErrors lists every problem found in a profile file, each a plain
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

// ReadProfile reads and checks a deficit profile file whole, of at most
// benchmark.MaxProfileBytes, and returns its years. On failure the error is
// a ProfileErrors naming each bad line and column.
//
// The file an authority supplies for the generic model has
// a header row and one row per financial year, in order, with the columns
// listed in ProfileColumns (£m; only year, funding and spend are required;
// a blank cell is zero). Savings are the level reached in the year, already
// netted from spend. Deficit, the published cumulative deficit at the
// year's end, if any, is the authority's own profile, checked against the
// projection.
//
// The file is read as every svbench upload is: CSV in UTF-8, UTF-16 or
// Windows-1252 as Excel saves it, or the first sheet of an .xlsx workbook.
// Column names are read without regard to case, spaces, hyphens or
// underscores ("Opening Deficit" is opening_deficit); a column not listed
// is refused, so a misspelt one is not dropped silently. Rows whose cells
// are all blank are skipped.
func ReadProfile(r io.Reader) ([]deficit.ProfileYear, error) {
	data, err := io.ReadAll(io.LimitReader(r, benchmark.MaxProfileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read profile: %w", err)
	} else if len(data) > benchmark.MaxProfileBytes {
		return nil, ProfileErrors{fmt.Sprintf("The profile file is larger than %d bytes.", benchmark.MaxProfileBytes)}
	}
	var recs []*profileRecord
	t, err := readRows(data, &recs)
	var ps Problems
	if errors.As(err, &ps) {
		errs := make(ProfileErrors, len(ps))
		for i, p := range ps {
			errs[i] = p.String()
		}
		return nil, errs
	} else if err != nil {
		return nil, fmt.Errorf("read profile: %w", err)
	}
	if errs := profileHeader(t.raw); len(errs) > 0 {
		return nil, errs
	}
	if len(recs) == 0 {
		return nil, ProfileErrors{"the file has a header row but no years; add one row per financial year below it"}
	}
	var years []deficit.ProfileYear
	var errs ProfileErrors
	for i, rec := range recs {
		y, rowErrs := rec.year(t.lines[i], years)
		errs = append(errs, rowErrs...)
		years = append(years, y)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return years, nil
}

// profileHeader reports, on line 1, each column the header names that
// svbench does not read and each required column it lacks. Names match
// without regard to case, spaces, hyphens or underscores.
func profileHeader(names []string) ProfileErrors {
	var errs ProfileErrors
	known := map[string]bool{}
	all := make([]string, len(ProfileColumns))
	for i, c := range ProfileColumns {
		known[normalizeHeader(c.Name)] = true
		all[i] = c.Name
	}
	seen := map[string]bool{}
	for _, n := range names {
		if !known[normalizeHeader(n)] {
			errs = append(errs, fmt.Sprintf("line 1: %q is not a column svbench reads; the columns are %s", strings.TrimSpace(n), strings.Join(all, ", ")))
		}
		seen[normalizeHeader(n)] = true
	}
	for _, c := range ProfileColumns {
		if c.Required && !seen[normalizeHeader(c.Name)] {
			errs = append(errs, fmt.Sprintf("line 1: the header has no %s column, and every profile needs one", c.Name))
		}
	}
	return errs
}
