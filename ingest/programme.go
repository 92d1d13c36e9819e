package ingest

import (
	"strconv"
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// programmeRow is a row of datasets/programme-events.csv.
type programmeRow struct {
	Date      string `csv:"date"`
	When      string `csv:"when"`
	Event     string `csv:"event"`
	Source    string `csv:"source"`
	SourceURL string `csv:"sourceurl"`
}

// ParseProgrammeEvents reads the programme's events; every one needs its
// words and its source, and a date, where given, is YYYY-MM-DD.
func ParseProgrammeEvents(data []byte) ([]*benchmark.ProgrammeEvent, error) {
	var rows []*programmeRow
	t, err := readRows(data, &rows, "date", "when", "event", "source", "source_url")
	if err != nil {
		return nil, err
	}
	var ps Problems
	var out []*benchmark.ProgrammeEvent
	for i, row := range rows {
		line := t.lines[i]
		ev := &benchmark.ProgrammeEvent{Date: strings.TrimSpace(row.Date), When: strings.TrimSpace(row.When),
			Text: strings.TrimSpace(row.Event), Source: strings.TrimSpace(row.Source), SourceURL: strings.TrimSpace(row.SourceURL)}
		if ev.Date != "" {
			if _, err := time.Parse(time.DateOnly, ev.Date); err != nil {
				ps.add(line, "date", "%q is not a date written YYYY-MM-DD.", ev.Date)
			}
		}
		if ev.Text == "" {
			ps.add(line, "event", "Say what happened.")
		}
		if ev.Source == "" {
			ps.add(line, "source", "Every event needs its source.")
		}
		out = append(out, ev)
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return out, nil
}

// roundRow is a row of datasets/register-rounds.csv.
type roundRow struct {
	Round     string `csv:"round"`
	Published string `csv:"published"`
	Source    string `csv:"source"`
}

// ParseRegisterRounds reads how many agreements DfE published in each
// round, each with its source.
func ParseRegisterRounds(data []byte) ([]benchmark.RoundCount, error) {
	var rows []*roundRow
	t, err := readRows(data, &rows, "round", "published", "source")
	if err != nil {
		return nil, err
	}
	var ps Problems
	var out []benchmark.RoundCount
	for i, row := range rows {
		line := t.lines[i]
		c := benchmark.RoundCount{Round: strings.TrimSpace(row.Round), Source: strings.TrimSpace(row.Source)}
		if !roundPattern.MatchString(c.Round) {
			ps.add(line, "round", "%q is not a round such as 2022-23.", c.Round)
		}
		n, err := strconv.Atoi(strings.TrimSpace(row.Published))
		if err != nil || n < 0 {
			ps.add(line, "published", "%q is not a whole number of agreements.", row.Published)
		}
		c.Published = n
		if c.Source == "" {
			ps.add(line, "source", "Every count needs its source.")
		}
		out = append(out, c)
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return out, nil
}
