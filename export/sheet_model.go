package export

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/xuri/excelize/v2"
)

// modelColumns head the projection table; money is in £m.
var modelColumns = []string{"Year", "High Needs funding (£m)", "Spend (£m)", "In-year variance (£m)", "Savings (£m)",
	"DfE contributions (£m)", "Other transfers (£m)", "Cumulative deficit (£m)", "Agreed profile (£m)", "Gap to agreed (£m)"}

// findingColumns head the reconciliation table.
var findingColumns = []string{"Table", "Where", "Check", "Status", "Unit", "Printed", "Expected", "Difference", "Detail"}

// writeModel is sheet 5: the deficit model's base projection against the
// agreed profile, a count of the reconciliation findings, the round's Reds
// beside the yardstick's savings by theme (writeWorth), and a line chart
// of the projection and the agreed profile.
func writeModel(s *sheet, r *Pack) {
	m := r.Model
	s.heading("Deficit model: "+m.Info.Title, modelInfo(r))
	header := s.columns(modelColumns, []float64{12, 14, 12, 14, 12, 14, 14, 16, 14, 14})
	p := m.Base
	agreed := deficit.AgreedForecast(m.Profiles)
	first := s.row
	s.str(1, s.row, p.OpeningYear.String()+" (outturn)", s.st.text)
	s.num(8, s.row, p.OpeningDeficit, s.st.money)
	if agreed != nil {
		if d, ok := agreed.At(p.OpeningYear); ok {
			s.num(9, s.row, d, s.st.money)
		}
	}
	s.row++
	for _, y := range p.Years {
		n := s.row
		s.str(1, n, y.Year.String(), s.st.text)
		for i, v := range []float64{y.Funding, y.Spend, y.Variance, y.SavingsTotal, y.Contributions, y.Transfers, y.Deficit} {
			s.num(2+i, n, v, s.st.money)
		}
		if agreed != nil {
			if d, ok := agreed.At(y.Year); ok {
				s.num(9, n, d, s.st.money)
			}
		}
		if y.HasGap {
			s.num(10, n, y.Gap, s.st.money)
		}
		s.row++
	}
	last := s.row - 1
	s.table()
	s.row++
	s.note(fmt.Sprintf("Cumulative deficit cleared: %s. A negative deficit is a surplus. Agreed profile: %s.", p.ClearedText(), orNone(p.Agreed)))
	s.note(fmt.Sprintf("Reconciliation findings: %d checks, %d distinct inconsistencies, %d ambiguous wording, %d within rounding, on the %s sheet.",
		len(m.Findings), len(m.Findings.Problems(deficit.StatusInconsistent)), len(m.Findings.With(deficit.StatusAmbiguous)), len(m.Findings.With(deficit.StatusRounding)), SheetFindings))
	s.row++
	writeWorth(s, r)
	addDeficitChart(s, header, first, last, agreed != nil, s.row+1)
	s.print(m.Info.Title)
}

// modelInfo is the heading block of the model's sheets.
func modelInfo(r *Pack) []info {
	m := r.Model
	return append(roundInfo(r),
		info{"Model", m.Info.Title},
		info{"Model authority", m.Info.Authority},
		info{"Model source", m.Info.Source},
	)
}

// writeFindings is sheet 6: every reconciliation check of the model's
// published tables, figures as numbers.
func writeFindings(s *sheet, r *Pack) {
	fs := r.Model.Findings
	s.heading("Reconciliation findings: "+r.Model.Info.Title, modelInfo(r))
	s.note(fmt.Sprintf("%d checks: %d distinct inconsistencies, %d ambiguous wording, %d within rounding, %d notes. Figures are shipped as published; each inconsistency is reported, not hidden.",
		len(fs), len(fs.Problems(deficit.StatusInconsistent)), len(fs.With(deficit.StatusAmbiguous)), len(fs.With(deficit.StatusRounding)), len(fs.With(deficit.StatusNote))))
	s.row++
	s.columns(findingColumns, []float64{24, 18, 30, 12, 6, 11, 11, 11, 60})
	for _, f := range fs {
		n := s.row
		s.str(1, n, f.Table, s.st.wrap)
		s.str(2, n, f.Where, s.st.wrap)
		s.str(3, n, f.Check, s.st.wrap)
		s.str(4, n, f.Status.Label(), s.st.wrap)
		s.str(5, n, string(f.Unit), s.st.text)
		if f.HasFigures {
			style := s.unitStyle(f.Unit)
			s.num(6, n, f.Printed, style)
			s.num(7, n, f.Expected, style)
			s.num(8, n, f.Difference, style)
		}
		s.str(9, n, f.Detail, s.st.wrap)
		s.row++
	}
	s.table()
	s.print(r.Model.Info.Title)
}

// unitStyle is the number format of a figure printed in u: £m to the
// thousandth as the tables print them, whole pounds, or a whole count.
func (s *sheet) unitStyle(u deficit.Unit) int {
	switch u {
	case deficit.Pounds:
		return s.st.pounds
	case deficit.Count:
		return s.st.count
	}
	return s.st.money
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// addDeficitChart draws the cumulative deficit (and the agreed profile)
// by year as a line chart in column A of row.
func addDeficitChart(s *sheet, header, first, last int, withAgreed bool, row int) {
	if s.err != nil {
		return
	}
	series := []excelize.ChartSeries{{
		Name: s.ref(8, header, 8, header), Categories: s.ref(1, first, 1, last), Values: s.ref(8, first, 8, last),
		Line: excelize.LineOptions{Width: 2.5}, Marker: excelize.ChartMarker{Symbol: "circle"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1D70B8"}},
	}}
	if withAgreed {
		series = append(series, excelize.ChartSeries{
			Name: s.ref(9, header, 9, header), Categories: s.ref(1, first, 1, last), Values: s.ref(9, first, 9, last),
			Line: excelize.LineOptions{Width: 2, Dash: excelize.LineDashDash}, Marker: excelize.ChartMarker{Symbol: "square"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"0B0C0C"}},
		})
	}
	title := "Cumulative deficit by year (£m)"
	// The chart follows a long sheet: it starts a page of its own, so it is
	// never cut in two by a page break (seen in LibreOffice 7.4's print).
	s.do(s.f.InsertPageBreak(s.name, s.cell(1, row)))
	s.do(s.f.AddChart(s.name, s.chartAt(row, 400), &excelize.Chart{
		Type: excelize.Line, Series: series,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 760, Height: 400},
		Format:    excelize.GraphicOptions{AltText: title},
		XAxis:     excelize.ChartAxis{TickLabelPosition: excelize.ChartTickLabelLow, Font: axisFont},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, Font: axisFont},
	}))
}

// axisFont is the charts' axis label font: dark, so labels print in
// greyscale.
var axisFont = excelize.Font{Family: fontName, Size: 9, Color: "0B0C0C"}
