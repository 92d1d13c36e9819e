package web

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/benchmark/export"
)

// reportPage is the printable report of a round: the workbook's content
// laid out for A4, so printing to PDF gives a finished document.
type reportPage struct {
	Page
	Round   *export.Round
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
	// Worth is Bury's savings by theme beside the round's Reds, as on the
	// summary page.
	Worth themeWorthTable
}

// reportPrevalence is one prevalence row with counts aligned to Held.
type reportPrevalence struct {
	benchmark.Prevalence
	Counts []int
	Share  float64
}

// reportModel is the deficit model section, figures formatted in £m.
type reportModel struct {
	Info       deficit.Info
	Chart      modelChart
	Opening    string
	OpeningYr  string
	Years      []reportModelYear
	Cleared    string
	Agreed     string
	Findings   []reportFinding
	Counts     string
	AgreedName string
	// Agreeing counts the checks left out of Findings because the
	// published figure agrees with its parts.
	Agreeing int
}

// reportModelYear is one projected year as text.
type reportModelYear struct {
	Year                                                             string
	Funding, Spend, Variance, Savings, Contributions, Transfers, Net string
	Agreed, Gap                                                      string
}

// reportFinding is one reconciliation finding as text.
type reportFinding struct {
	Table, Check, Status, Tag, Printed, Expected, Difference, Detail string
}

// handleReport shows the printable report of a round.
func (s *Server) handleReport(c echo.Context) error {
	r, err := s.loadExport(c)
	if err != nil {
		return err
	}
	p := reportPage{
		Page:    s.page(c, r.Assessment.Title+": report", "assessments"),
		Round:   r,
		Sources: r.Sources(),
		Rows:    r.Rows(),
		Summary: r.Summary(),
	}
	p.Chart = newRAGChart(p.Summary)
	if p.Worth, err = newThemeWorth("report-worth", p.Summary); err != nil {
		return err
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

// newReportModel formats a deficit model's base projection, agreed profile
// and findings for the report.
func newReportModel(m *deficit.Report) *reportModel {
	b := m.Base
	agreed := deficit.AgreedProfile(m.Profiles)
	rm := &reportModel{Info: m.Info, Opening: fmtMillions(b.OpeningDeficit), OpeningYr: b.OpeningYear.String(),
		Cleared: b.ClearedText(), AgreedName: b.Agreed}
	lines := []modelChartLine{{Name: "Modelled cumulative deficit", Class: "base", Points: b.Deficits()}}
	if agreed != nil {
		lines = append(lines, modelChartLine{Name: "Agreed profile: " + agreed.Caption, Class: "published", Points: agreed.Points})
		if d, ok := agreed.At(b.OpeningYear); ok {
			rm.Agreed = fmtMillions(d)
		}
	}
	rm.Chart = newModelChart(lines, nil, "£m")
	for _, y := range b.Years {
		row := reportModelYear{Year: y.Year.String(), Funding: fmtMillions(y.Funding), Spend: fmtMillions(y.Spend),
			Variance: fmtMillions(y.Variance), Savings: fmtMillions(y.SavingsTotal), Contributions: fmtMillions(y.Contributions),
			Transfers: fmtMillions(y.Transfers), Net: fmtMillions(y.Deficit), Agreed: "–", Gap: "–"}
		if agreed != nil {
			if d, ok := agreed.At(y.Year); ok {
				row.Agreed = fmtMillions(d)
			}
		}
		if y.HasGap {
			row.Gap = fmtMillions(y.Gap)
		}
		rm.Years = append(rm.Years, row)
	}
	for _, f := range m.Findings.With(deficit.StatusInconsistent, deficit.StatusRounding, deficit.StatusNote) {
		rf := reportFinding{Table: f.Table, Check: f.Check, Status: f.Status.Label(), Tag: findingTag(f.Status), Detail: f.Detail}
		if f.HasFigures {
			rf.Printed, rf.Expected, rf.Difference = fmtUnit(f.Unit, f.Printed), fmtUnit(f.Unit, f.Expected), fmtUnit(f.Unit, f.Difference)
		}
		rm.Findings = append(rm.Findings, rf)
	}
	rm.Agreeing = len(m.Findings.With(deficit.StatusOK))
	rm.Counts = strings.Join([]string{
		itoa(len(m.Findings)) + " checks",
		itoa(len(m.Findings.With(deficit.StatusInconsistent))) + " inconsistent",
		itoa(len(m.Findings.With(deficit.StatusRounding))) + " within rounding",
		itoa(len(m.Findings.With(deficit.StatusNote))) + " notes",
	}, ", ")
	return rm
}
