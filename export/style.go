package export

import (
	"fmt"

	"github.com/svbench/svbench/benchmark"
	"github.com/xuri/excelize/v2"
)

// Colour is how a rating looks: Fill and Font for a cell (dark text on a
// light fill, as the web pages' tags), Chart for a bar.
type Colour struct {
	Fill, Font, Chart string
}

// Colours are the agreed RAG colours, the same as the pages' GOV.UK tags.
// The word is always in the cell too: colour only repeats it.
var Colours = map[benchmark.RAG]Colour{
	benchmark.Green:    {Fill: "CCE2D8", Font: "005A30", Chart: "00703C"},
	benchmark.Amber:    {Fill: "FCD6C3", Font: "6E3619", Chart: "F47738"},
	benchmark.Red:      {Fill: "F4CDC6", Font: "2A0B06", Chart: "D4351C"},
	benchmark.NotRated: {Fill: "E5E6E7", Font: "282D30", Chart: "B1B4B6"},
}

// styles are the cell styles of one workbook.
type styles struct {
	title, label, header, headerNum, text, wrap, bold, count, share, money, millions, pounds, note int
	rag                                                                                            map[benchmark.RAG]int
}

const (
	fontName = "Arial"
	shareFmt = "0%"
	moneyFmt = "#,##0.000;-#,##0.000"
	// poundsFmt is whole pounds, for figures a table prints in £.
	poundsFmt = `"£"#,##0;-"£"#,##0`
	// millionsFmt shows £m in the cell itself, for figures under a
	// heading that is not only money.
	millionsFmt = `"£"#,##0.000"m";-"£"#,##0.000"m"`
	headerRGB   = "DDE3EA"
)

func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{{Type: "bottom", Color: "B1B4B6", Style: 1}}
	top := &excelize.Alignment{Vertical: "top"}
	wrap := &excelize.Alignment{Vertical: "top", WrapText: true}
	type def struct {
		dst *int
		s   excelize.Style
	}
	var defs []def
	s := &styles{rag: map[benchmark.RAG]int{}}
	add := func(dst *int, st excelize.Style) { defs = append(defs, def{dst, st}) }
	font := func(bold bool, size float64) *excelize.Font {
		return &excelize.Font{Family: fontName, Bold: bold, Size: size, Color: "0B0C0C"}
	}
	add(&s.title, excelize.Style{Font: font(true, 14)})
	add(&s.label, excelize.Style{Font: font(true, 10), Alignment: top})
	add(&s.note, excelize.Style{Font: &excelize.Font{Family: fontName, Size: 10, Italic: true, Color: "484949"}})
	add(&s.header, excelize.Style{Font: font(true, 10), Alignment: wrap, Border: border,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerRGB}}})
	add(&s.headerNum, excelize.Style{Font: font(true, 10), Border: border,
		Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "right", WrapText: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerRGB}}})
	add(&s.text, excelize.Style{Font: font(false, 10), Alignment: top, Border: border})
	add(&s.wrap, excelize.Style{Font: font(false, 10), Alignment: wrap, Border: border})
	add(&s.bold, excelize.Style{Font: font(true, 10), Alignment: wrap, Border: border})
	add(&s.count, excelize.Style{Font: font(false, 10), Alignment: top, Border: border, NumFmt: 3})
	share := shareFmt
	add(&s.share, excelize.Style{Font: font(false, 10), Alignment: top, Border: border, CustomNumFmt: &share})
	money := moneyFmt
	add(&s.money, excelize.Style{Font: font(false, 10), Alignment: top, Border: border, CustomNumFmt: &money})
	pounds := poundsFmt
	add(&s.pounds, excelize.Style{Font: font(false, 10), Alignment: top, Border: border, CustomNumFmt: &pounds})
	millions := millionsFmt
	add(&s.millions, excelize.Style{Font: font(false, 10), Alignment: top, Border: border, CustomNumFmt: &millions})
	ragIDs := make([]int, len(benchmark.RAGs))
	for i, r := range benchmark.RAGs {
		c := Colours[r]
		add(&ragIDs[i], excelize.Style{
			Font:      &excelize.Font{Family: fontName, Bold: true, Size: 10, Color: c.Font},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.Fill}},
			Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}, Border: border,
		})
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return nil, fmt.Errorf("make style: %w", err)
		}
		*d.dst = id
	}
	for i, r := range benchmark.RAGs {
		s.rag[r] = ragIDs[i]
	}
	return s, nil
}
