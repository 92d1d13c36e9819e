package web

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/export"
)

// reportPage is the printable report of a round: the workbook's content
// laid out for A4, so printing to PDF gives a finished document.
type reportPage struct {
	Page
	Pack    *export.Pack
	Sources []string
	Rows    []export.Row
	Summary benchmark.Summary
	Chart   ragChart
	// Prevalence is theme prevalence across every held agreement.
	Prevalence      []reportPrevalence
	PrevalenceTotal int
	// Movement is set when the authority has an earlier round.
	Movement *benchmark.RoundComparison
	Model    *reportModel
	// Worth is the yardstick's savings by theme beside the round's Reds,
	// as on the summary page (nil when it has none).
	Worth *themeWorthTable
}

// reportPrevalence is one prevalence row with counts aligned to Held.
type reportPrevalence struct {
	benchmark.Prevalence
	Counts []int
	Share  float64
}

// reportModel is the deficit model section, laid out by the model page's
// functions and drawn by its partials.
type reportModel struct {
	Info     deficit.Info
	Chart    modelChart
	Base     modelProjection
	Findings modelFindingTable
	Counts   string
	// Agreeing counts the checks left out of Findings because the
	// published figure agrees with its parts; FindingsSheet names the
	// workbook sheet that lists every check.
	Agreeing      int
	FindingsSheet string
}

// handleReport shows the printable report of a round.
func (s *Server) handleReport(c echo.Context) error {
	r, err := s.loadExport(c)
	if err != nil {
		return err
	}
	p := reportPage{
		Page:    s.page(c, r.Assessment.Title+": report", "assessments"),
		Pack:    r,
		Sources: r.Sources(),
		Rows:    r.Rows(),
		Summary: r.Summary(),
	}
	p.Chart = newRAGChart(p.Summary)
	if w, ok := r.Worth(); ok {
		p.Worth = newThemeWorth("report-worth", w)
	}
	for _, a := range r.Held {
		p.PrevalenceTotal += len(a.Recommendations)
	}
	for _, pr := range benchmark.ThemePrevalence(r.Taxonomy, r.Held) {
		row := reportPrevalence{Prevalence: pr}
		for _, a := range r.Held {
			row.Counts = append(row.Counts, pr.ByAgreement[a.ID])
		}
		if p.PrevalenceTotal > 0 {
			row.Share = float64(pr.Total) / float64(p.PrevalenceTotal)
		}
		p.Prevalence = append(p.Prevalence, row)
	}
	if m, ok := r.Movement(); ok {
		p.Movement = &m
	}
	if r.Model != nil {
		p.Model = newReportModel(r.Model)
	}
	return s.render(c, http.StatusOK, "report", p)
}

// newReportModel lays out a deficit model's base projection, published
// profiles and findings for the report, with ids of its own.
func newReportModel(m *deficit.Report) *reportModel {
	rm := &reportModel{Info: m.Info, Base: newModelProjection("report-projection", m.Base)}
	rm.Base.TableID = "report-projection"
	lines := modelChartLines(m)
	rm.Chart = newModelChart(lines, nil, chartMillions)
	rm.Chart.ID, rm.Chart.Table = "report-model-chart", newModelChartTable("report-model-chart-table", lines)
	rm.Findings = modelFindingTable{"report-findings", "Checks that found an inconsistency, ambiguous wording, a rounding difference or a note",
		newModelFindings(m.Findings.With(deficit.StatusInconsistent, deficit.StatusAmbiguous, deficit.StatusRounding, deficit.StatusNote))}
	rm.Agreeing = len(m.Findings.With(deficit.StatusOK))
	rm.FindingsSheet = export.SheetFindings
	rm.Counts = strings.Join([]string{
		itoa(len(m.Findings)) + " checks",
		itoa(len(m.Findings.Problems(deficit.StatusInconsistent))) + " distinct inconsistencies",
		itoa(len(m.Findings.With(deficit.StatusAmbiguous))) + " ambiguous wording",
		itoa(len(m.Findings.With(deficit.StatusRounding))) + " within rounding",
		itoa(len(m.Findings.With(deficit.StatusNote))) + " notes",
	}, ", ")
	return rm
}
