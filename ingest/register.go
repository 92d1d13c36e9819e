package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// registerRow is a row of the register of agreements
// (datasets/safety-valve-register.csv).
type registerRow struct {
	ONSCode       string `csv:"onscode"`
	Authority     string `csv:"authority"`
	Round         string `csv:"round"`
	Published     string `csv:"published"`
	PublishedNote string `csv:"publishednote"`
	Funding       string `csv:"dfefundinggbp"`
	Events        string `csv:"events"`
	Sources       string `csv:"sources"`
}

// roundPattern is a financial year as agreements name their round.
var roundPattern = regexp.MustCompile(`^\d{4}-\d{2}$`)

// ParseRegister reads the register of agreements into entries, checking
// every row against ref's authorities. A file with any problem yields all
// of them, each naming its line and column, and no entries.
func ParseRegister(data []byte, ref *Reference) ([]*benchmark.RegisterEntry, error) {
	var rows []*registerRow
	t, err := readRows(data, &rows, "ons_code", "authority", "round", "published", "published_note", "dfe_funding_gbp", "events", "sources")
	if err != nil {
		return nil, err
	}
	var ps Problems
	var out []*benchmark.RegisterEntry
	seen := map[string]int{}
	for i, row := range rows {
		line := t.lines[i]
		e := &benchmark.RegisterEntry{ONSCode: strings.TrimSpace(row.ONSCode), Round: strings.TrimSpace(row.Round),
			Published: strings.TrimSpace(row.Published), PublishedNote: strings.TrimSpace(row.PublishedNote)}
		au := ref.authority(e.ONSCode)
		switch {
		case e.ONSCode == "":
			ps.add(line, "ons_code", "Give the authority's ONS code.")
		case au == nil || au.ONSCode != e.ONSCode:
			ps.add(line, "ons_code", "%q is not the ONS code of an English authority.", e.ONSCode)
		case strings.TrimSpace(row.Authority) != au.Name:
			ps.add(line, "authority", "%q is not the ONS name of %s, %q.", row.Authority, e.ONSCode, au.Name)
		default:
			e.Authority = au.Name
		}
		if !roundPattern.MatchString(e.Round) {
			ps.add(line, "round", "%q is not a round such as 2022-23.", e.Round)
		} else if at, dup := seen[e.ONSCode+" "+e.Round]; dup {
			ps.add(line, "round", "%s %s is already on line %d.", e.ONSCode, e.Round, at)
		} else {
			seen[e.ONSCode+" "+e.Round] = line
		}
		if !publishedDate(e.Published) {
			ps.add(line, "published", "%q is not a date written YYYY-MM-DD or YYYY-MM.", e.Published)
		}
		if f := strings.TrimSpace(row.Funding); f != "" {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil || v <= 0 {
				ps.add(line, "dfe_funding_gbp", "%q is not an amount in whole pounds; leave it blank where no source states it.", f)
			} else {
				e.FundingGBP = &v
			}
		}
		for _, s := range strings.Split(row.Sources, "|") {
			if s = strings.TrimSpace(s); s != "" {
				e.Sources = append(e.Sources, s)
			}
		}
		if len(e.Sources) == 0 {
			ps.add(line, "sources", "Every row needs its sources: name the pages its facts came from, separated by \" | \".")
		}
		e.Events = ParseRegisterEvents(row.Events, e.Sources)
		out = append(out, e)
	}
	if len(rows) == 0 {
		ps.add(0, "", "The register has no rows.")
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return out, nil
}

// publishedDate accepts a real date written YYYY-MM-DD or YYYY-MM.
func publishedDate(s string) bool {
	if _, err := time.Parse("2006-01-02", s); err == nil {
		return true
	}
	_, err := time.Parse("2006-01", s)
	return err == nil
}
