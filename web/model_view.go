package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"sync"

	"github.com/svbench/svbench/benchmark/deficit"
)

// modelPage is what the model page shows, every figure already formatted.
type modelPage struct {
	Page
	Models  []deficit.About
	Name    string
	Info    deficit.Info
	Base    modelProjection
	Scen    *modelProjection
	Summary string
	Chart   modelChart
	Form    modelScenarioForm
	Presets []deficit.Scenario
	// WithholdYears are the years with a DfE contribution to withhold.
	WithholdYears []deficit.Year
	Band          modelBand
	Themes        []modelThemeRow
	Fields        []modelField
	// The findings by outcome, as captioned tables.
	InconsistentTable, RoundingTable, NotesTable, PassedTable modelFindingTable
	// AmbiguousTable lists wording that can be read two ways; Problems
	// counts the distinct problems behind InconsistentTable's rows.
	AmbiguousTable modelFindingTable
	Problems       int
	// Published are the source's tables with every figure as printed.
	Published   []deficit.PublishedTable
	Derivations []modelDerivation
	Risks       []deficit.Risk
	Choices     []deficit.Choice
	// PresetOptions are the presets with the fields each sets.
	PresetOptions []presetOption
	// Saved lists the saved scenarios the visitor may read.
	Saved savedScenarios
}

// modelChartTable is the chart's text alternative: one row per year, one
// column per line.
type modelChartTable struct {
	ID    string
	Names []string
	Rows  []modelChartTableRow
}

// modelChartTableRow is one year of the chart table.
type modelChartTableRow struct {
	Year   string
	Values []string
}

// modelFindingTable is a captioned table of findings.
type modelFindingTable struct {
	ID, Caption string
	Rows        []modelFinding
}

// errUnknownModel is returned for a model name not registered.
var errUnknownModel = errors.New("unknown model")

// presetter is a model that ships preset scenarios.
type presetter interface {
	Scenarios() ([]deficit.Scenario, error)
}

// bandRuns is how many scenarios the page's sensitivity band draws, and
// bandSeed its seed, so the page is the same on every load.
const (
	bandRuns = 2000
	bandSeed = 1
)

// modelBandFor returns m's sensitivity band, drawn once per model name
// (s.bands): a model that opens without a profile opens the same way each
// time and the band's seed is fixed, so it never changes.
func (s *Server) modelBandFor(name string, m deficit.Model) (*deficit.Band, error) {
	f, _ := s.bands.LoadOrStore(name, sync.OnceValues(func() (*deficit.Band, error) {
		return deficit.Sensitivity(m.Inputs(), deficit.RangesFor(m), bandRuns, bandSeed)
	}))
	return f.(func() (*deficit.Band, error))()
}

// buildModelPage runs model name with the scenario in v. The status is
// 422 when the form has errors (the page still renders, without the
// scenario).
func (s *Server) buildModelPage(name string, v url.Values) (*modelPage, int, error) {
	if a, ok := s.Models.About(name); !ok || a.NeedsProfile {
		return nil, http.StatusNotFound, errUnknownModel
	}
	m, err := s.Models.Open(name, deficit.Options{})
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	page := &modelPage{Models: s.Models.Registered(), Name: name, Info: m.Info(), Form: readModelScenarioForm(v)}
	if p, ok := m.(presetter); ok {
		if page.Presets, err = p.Scenarios(); err != nil {
			return nil, http.StatusInternalServerError, err
		}
	}
	in := m.Inputs()
	for _, y := range in.Years {
		if y.Contributions != 0 {
			page.WithholdYears = append(page.WithholdYears, y.Year)
		}
	}
	sc := page.Form.scenario(in, page.Presets)
	page.Form.fillFromPreset(page.Presets)
	page.PresetOptions = presetOptions(page.Presets)
	status := http.StatusOK
	if len(page.Form.Errors) == 0 {
		if err := sc.Validate(in); err != nil {
			page.Form.Errors["scenario"] = err.Error()
		}
	}
	if len(page.Form.Errors) > 0 {
		sc, status = nil, http.StatusUnprocessableEntity
	}
	r, err := deficit.NewReport(m, sc)
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	band, err := s.modelBandFor(name, m)
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	if saver, ok := m.(deficit.ThemeSaver); ok {
		ts, err := saver.SavingsByTheme()
		if err != nil {
			return nil, http.StatusInternalServerError, err
		}
		page.Themes = newModelThemes(ts)
	}
	page.fill(r, band)
	return page, status, nil
}

// fill lays the report out for the page.
func (p *modelPage) fill(r *deficit.Report, band *deficit.Band) {
	p.Base = newModelProjection("base", r.Base)
	p.Base.Derived = len(r.Derivations) > 0
	if r.Scenario != nil {
		s := newModelProjection("scenario", r.Scenario)
		s.Derived = p.Base.Derived
		p.Scen, p.Summary = &s, r.Comparison.Summary
	}
	fs := r.Findings
	p.InconsistentTable = modelFindingTable{"findings-inconsistent", "Published figures that do not agree", newModelFindings(fs.With(deficit.StatusInconsistent))}
	p.Problems = len(fs.Problems(deficit.StatusInconsistent))
	p.AmbiguousTable = modelFindingTable{"findings-ambiguous", "Ambiguous wording", newModelFindings(fs.With(deficit.StatusAmbiguous))}
	p.Published = r.Published
	p.RoundingTable = modelFindingTable{"findings-rounding", "Differences within rounding", newModelFindings(fs.With(deficit.StatusRounding))}
	p.NotesTable = modelFindingTable{"findings-notes", "Notes", newModelFindings(fs.With(deficit.StatusNote))}
	p.PassedTable = modelFindingTable{"findings-passed", "Checks that agree", newModelFindings(fs.With(deficit.StatusOK))}
	p.Fields = p.Form.fields()
	p.Derivations = newModelDerivations(r.Derivations)
	p.Risks, p.Choices = r.Risks, r.Choices
	lines := modelChartLines(r)
	p.Chart = newModelChart(lines, band, chartMillions)
	p.Chart.ID, p.Chart.Table = "deficit-chart", newModelChartTable("chart-table", lines)
	if band != nil {
		p.Band = newModelBand(band)
	}
	for field, msg := range p.Form.Errors {
		p.Errors = append(p.Errors, FieldError{Field: field, Message: msg})
	}
	sort.Slice(p.Errors, func(i, j int) bool { return p.Errors[i].Field < p.Errors[j].Field })
}

// modelChartLines are the published profiles, then the scenario if any.
func modelChartLines(r *deficit.Report) []modelChartLine {
	var lines []modelChartLine
	for _, p := range r.Profiles {
		name := p.Caption
		if p.Number != "" {
			name = fmt.Sprintf("Table %s: %s", p.Number, p.Caption)
		}
		lines = append(lines, modelChartLine{Name: name, Class: "published", Points: p.Points})
	}
	if len(r.Profiles) == 0 {
		lines = append(lines, modelChartLine{Name: r.Base.Label, Class: "base", Points: r.Base.Deficits()})
	}
	if r.Scenario != nil {
		lines = append(lines, modelChartLine{Name: "Scenario: " + r.Scenario.Label, Class: "scenario", Points: r.Scenario.Deficits()})
	}
	return lines
}

// newModelChartTable lays the chart's lines, in £m, out as a table by
// year.
func newModelChartTable(id string, lines []modelChartLine) modelChartTable {
	return newModelChartTableIn(id, lines, chartMillions)
}

// chartCell formats one figure of a chart's table: £m to the source's
// three decimals, shares of funding as whole percentages.
func chartCell(unit string, v float64) string {
	if unit == chartShare {
		return fmt.Sprintf("%.0f%%", v)
	}
	return fmtMillions(v)
}

// newModelChartTableIn lays the chart's lines out as a table by year,
// each figure in unit.
func newModelChartTableIn(id string, lines []modelChartLine, unit string) modelChartTable {
	t := modelChartTable{ID: id}
	var years []deficit.Year
	seen := map[deficit.Year]bool{}
	for _, l := range lines {
		t.Names = append(t.Names, l.Name)
		for _, p := range l.Points {
			if !seen[p.Year] {
				seen[p.Year] = true
				years = append(years, p.Year)
			}
		}
	}
	sort.Slice(years, func(i, j int) bool { return years[i] < years[j] })
	for _, y := range years {
		row := modelChartTableRow{Year: y.String()}
		for _, l := range lines {
			cell := "–"
			for _, p := range l.Points {
				if p.Year == y {
					cell = chartCell(unit, p.Deficit)
				}
			}
			row.Values = append(row.Values, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// fmtMillions formats £m for a table whose heading names the unit:
// "19.543", "−0.742" (deficit.FormatNumber to the source's three decimals).
func fmtMillions(v float64) string { return deficit.FormatNumber(v, 3) }
