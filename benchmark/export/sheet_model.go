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
var findingColumns = []string{"Table", "Check", "Status", "Unit", "Printed", "Expected", "Difference", "Detail"}

// StatusLabel is the word shown for a reconciliation outcome.
func StatusLabel(s deficit.Status) string {
	switch s {
	case deficit.StatusOK:
		return "Agrees"
	case deficit.StatusRounding:
		return "Rounding"
	case deficit.StatusNote:
		return "Note"
	case deficit.StatusInconsistent:
		return "Inconsistent"
	}
	return string(s)
}

// writeModel is sheet 5: the deficit model's base projection against the
// agreed profile, a line chart of both, and every reconciliation finding.
func writeModel(s *sheet, r *Round) {
	m := r.Model
	lines := append(roundInfo(r),
		info{"Model", m.Info.Title},
		info{"Model authority", m.Info.Authority},
		info{"Model source", m.Info.Source},
	)
	s.heading("Deficit model: "+m.Info.Title, lines)
	header := s.columns(modelColumns, []float64{12, 14, 12, 14, 12, 14, 14, 16, 14, 14})
	p := m.Base
	agreed := deficit.AgreedProfile(m.Profiles)
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
	s.table(header, len(modelColumns), last)
	s.row++
	s.note(fmt.Sprintf("Cumulative deficit cleared: %s. A negative deficit is a surplus. Agreed profile: %s.", p.ClearedText(), orNone(p.Agreed)))
	chartAt := s.cell(1, s.row+1)
	s.row += 22
	writeFindings(s, m.Findings)
	addDeficitChart(s, header, first, last, agreed != nil, chartAt)
	s.print(m.Info.Title)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// writeFindings lists every reconciliation check, figures as numbers.
func writeFindings(s *sheet, fs deficit.Findings) {
	s.str(1, s.row, fmt.Sprintf("Reconciliation findings: %d checks, %d inconsistent, %d within rounding",
		len(fs), len(fs.With(deficit.StatusInconsistent)), len(fs.With(deficit.StatusRounding))), s.st.label)
	s.row++
	for i, t := range findingColumns {
		s.str(i+1, s.row, t, s.st.header)
	}
	s.row++
	for _, f := range fs {
		n := s.row
		s.str(1, n, f.Table, s.st.wrap)
		s.str(2, n, f.Check, s.st.wrap)
		s.str(3, n, StatusLabel(f.Status), s.st.text)
		s.str(4, n, string(f.Unit), s.st.text)
		if f.HasFigures {
			s.num(5, n, f.Printed, s.st.money)
			s.num(6, n, f.Expected, s.st.money)
			s.num(7, n, f.Difference, s.st.money)
		}
		s.str(8, n, f.Detail, s.st.wrap)
		s.row++
	}
}

// addDeficitChart draws the cumulative deficit (and the agreed profile)
// by year as a line chart.
func addDeficitChart(s *sheet, header, first, last int, withAgreed bool, at string) {
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
	s.do(s.f.AddChart(s.name, at, &excelize.Chart{
		Type: excelize.Line, Series: series,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 760, Height: 400},
		Format:    excelize.GraphicOptions{AltText: title},
		YAxis:     excelize.ChartAxis{MajorGridLines: true},
	}))
}
