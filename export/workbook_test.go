package export_test

import (
	"context"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/export"
	"github.com/xuri/excelize/v2"
)

// number reads a cell that must hold a number (not text) and returns it.
func number(t *testing.T, f *excelize.File, sheet, ref string) float64 {
	t.Helper()
	typ, err := f.GetCellType(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Fatalf("%s!%s is text, want a number", sheet, ref)
	}
	v, err := strconv.ParseFloat(cell(t, f, sheet, ref), 64)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, ref, err)
	}
	return v
}

func TestWorkbook_Bristol(t *testing.T) {
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	f, data := workbook(t, r)

	t.Run("sheets", func(t *testing.T) {
		want := []string{export.SheetRatings, export.SheetSummary, export.SheetPrevalence, export.SheetMovement, export.SheetActions, export.SheetModel, export.SheetFindings, export.SheetSources}
		if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("sheets = %q, want %q", got, want)
		}
	})

	t.Run("heading on every sheet", func(t *testing.T) {
		for _, sh := range f.GetSheetList() {
			title := cell(t, f, sh, "A1")
			if title == "" {
				t.Errorf("%s: no title", sh)
			}
			for _, label := range []string{"Authority", "Round", "Date", "Source documents"} {
				row := findRow(t, f, sh, 1, label)
				if row == 0 || row > 10 {
					t.Errorf("%s: no %q line in the heading", sh, label)
					continue
				}
				if v := cell(t, f, sh, "B"+strconv.Itoa(row)); v == "" {
					t.Errorf("%s: %s is blank", sh, label)
				}
			}
			authority := cell(t, f, sh, "B"+strconv.Itoa(findRow(t, f, sh, 1, "Authority")))
			if authority != "Bristol" { // place name of "Bristol, City of" (datasets/authorities.csv, E06000023)
				t.Errorf("%s: authority %q", sh, authority)
			}
			date := cell(t, f, sh, "B"+strconv.Itoa(findRow(t, f, sh, 1, "Date")))
			if !strings.HasPrefix(date, "not stated") { // the appendix is undated
				t.Errorf("%s: date %q, want not stated", sh, date)
			}
		}
	})

	t.Run("ratings table", func(t *testing.T) {
		sh := export.SheetRatings
		header := findRow(t, f, sh, 1, "LA")
		if header == 0 {
			t.Fatal("no header row")
		}
		rows, _ := f.GetRows(sh)
		if got := strings.Join(rows[header-1], ","); got != "LA,Recommendation,Theme,Sub-Theme,RAG,Commentary,Owner,Evidence" {
			t.Errorf("header = %s", got)
		}
		counts := map[string]int{}
		lines := 0
		for n := header + 1; ; n++ {
			la := cell(t, f, sh, "A"+strconv.Itoa(n))
			if la == "" {
				break
			}
			lines++
			rag := cell(t, f, sh, "E"+strconv.Itoa(n))
			counts[rag]++
			if got, want := fill(t, f, sh, "E"+strconv.Itoa(n)), colourOf(rag); got != want {
				t.Errorf("row %d: %s cell filled %q, want %q", n, rag, got, want)
			}
		}
		// Appendix A: 27 recommendations, Bury's first listed twice (28
		// lines); Bristol rated 3 Green, 4 Amber ("Yellow"), 3 Red.
		if lines != 28 {
			t.Errorf("lines = %d, want 28", lines)
		}
		want := map[string]int{"Green": 3, "Amber": 4, "Red": 3, "Not rated": 18}
		for k, v := range want {
			if counts[k] != v {
				t.Errorf("%s lines = %d, want %d", k, counts[k], v)
			}
		}
		if row := findRow(t, f, sh, 1, "RAG key"); row <= header+lines {
			t.Errorf("RAG key at row %d, want below the table", row)
		} else if v := cell(t, f, sh, "A"+strconv.Itoa(row+1)); v != "Green" || fill(t, f, sh, "A"+strconv.Itoa(row+1)) != export.Colours[benchmark.Green].Fill {
			t.Errorf("key starts %q, want a filled Green", v)
		}
		panes, err := f.GetPanes(sh)
		if err != nil || !panes.Freeze || panes.YSplit != header {
			t.Errorf("panes = %+v, %v; want frozen below row %d", panes, err, header)
		}
		col, _ := f.GetColWidth(sh, "B")
		if col < 40 {
			t.Errorf("Recommendation column width %v, want wide", col)
		}
		id, _ := f.GetCellStyle(sh, "B"+strconv.Itoa(header+1))
		if st, _ := f.GetStyle(id); st.Alignment == nil || !st.Alignment.WrapText {
			t.Error("recommendation text does not wrap")
		}
	})

	t.Run("summary", func(t *testing.T) {
		sh := export.SheetSummary
		all := findRow(t, f, sh, 1, "All themes")
		if all == 0 {
			t.Fatal("no All themes row")
		}
		n := strconv.Itoa(all)
		// Appendix A: 3 Green, 4 Amber, 3 Red, 17 not rated of 27.
		for ref, want := range map[string]float64{"B": 3, "C": 4, "D": 3, "E": 17, "F": 27} {
			if got := number(t, f, sh, ref+n); got != want {
				t.Errorf("All themes %s = %v, want %v", ref, got, want)
			}
		}
		if got := number(t, f, sh, "G"+n); got < 3.0/27-1e-9 || got > 3.0/27+1e-9 {
			t.Errorf("share Green = %v, want 3/27", got)
		}
		fin := findRow(t, f, sh, 1, "Financial Efficiencies") // a theme of the appendix
		if fin == 0 || fin >= all {
			t.Errorf("Financial Efficiencies row %d, want above All themes", fin)
		}
	})

	t.Run("prevalence", func(t *testing.T) {
		sh := export.SheetPrevalence
		header := findRow(t, f, sh, 1, "Theme")
		rows, _ := f.GetRows(sh)
		// 4 agreements held (Appendix A; README, Datasets): Theme, Sub-theme, four columns, total, share.
		if got := len(rows[header-1]); got != 2+4+2 {
			t.Errorf("prevalence has %d columns, want 8", got)
		}
		n := findRow(t, f, sh, 1, "Financial Efficiencies")
		if n == 0 || number(t, f, sh, "G"+strconv.Itoa(n)) <= 0 {
			t.Errorf("Financial Efficiencies row %d has no total", n)
		}
	})

	t.Run("movement without an earlier round", func(t *testing.T) {
		if findRow(t, f, export.SheetMovement, 1, "No earlier round of Bristol is held, so there is no movement to show yet.") == 0 {
			t.Error("movement sheet does not say there is no earlier round")
		}
	})

	t.Run("deficit model", func(t *testing.T) {
		sh := export.SheetModel
		if !strings.Contains(cell(t, f, sh, "A1"), "Bury") {
			t.Errorf("model title %q, want Bury's", cell(t, f, sh, "A1"))
		}
		// Bury's High Needs Block forecast prints 2022/23's variance as
		// -2.546 where 37.255 - 39.711 is -2.456 (Bury report, recovery forecast table).
		found := false
		fsh := export.SheetFindings
		rows, _ := f.GetRows(fsh, excelize.Options{RawCellValue: true})
		for i, row := range rows {
			if len(row) > 6 && row[3] == "Inconsistent" && row[5] != "" {
				printed := number(t, f, fsh, "F"+strconv.Itoa(i+1))
				expected := number(t, f, fsh, "G"+strconv.Itoa(i+1))
				if printed == -2.546 && expected == -2.456 { // exact: no binary noise in the cell
					found = true
					// The Where column says which year the finding is about.
					if !strings.Contains(row[1], "2022") {
						t.Errorf("Where = %q, want the 2022/23 year named", row[1])
					}
				}
			}
		}
		if !found {
			t.Error("the -2.546 / -2.456 inconsistency is not listed with numeric figures")
		}
		year := findRow(t, f, sh, 1, "2022/23")
		if year == 0 {
			t.Fatal("no 2022/23 row in the projection")
		}
		number(t, f, sh, "H"+strconv.Itoa(year)) // cumulative deficit is a number
	})

	t.Run("worth elsewhere", func(t *testing.T) {
		sh := export.SheetModel
		title := findRow(t, f, sh, 1, "What closing a Red was worth elsewhere")
		year := findRow(t, f, sh, 1, "2022/23")
		if title == 0 || title < year {
			t.Fatalf("worth block at row %d, want below the projection (2022/23 at row %d)", title, year)
		}
		header := findRow(t, f, sh, 1, "Theme")
		if header <= title {
			t.Fatalf("worth header at row %d, want below its title at %d", header, title)
		}
		ts, err := buryModel(t).SavingsByTheme()
		if err != nil {
			t.Fatal(err)
		}
		savings := map[string]deficit.ThemeSavings{}
		for _, s := range ts {
			savings[s.Theme] = s
		}
		if got, want := cell(t, f, sh, "C"+strconv.Itoa(header)), "Bury's savings by "+ts[0].Year.String()+" (£m)"; got != want {
			t.Errorf("savings heading %q, want %q", got, want)
		}
		sum := r.Summary()
		// Appendix A: Bristol rated three recommendations Red.
		if sum.All.Red != 3 {
			t.Errorf("round has %d Reds, want 3", sum.All.Red)
		}
		reds, withSchemes := 0, 0
		for i, tc := range sum.Themes {
			n := strconv.Itoa(header + 1 + i)
			if got := cell(t, f, sh, "A"+n); got != tc.Theme {
				t.Errorf("row %s: theme %q, want %q (the summary's order)", n, got, tc.Theme)
				continue
			}
			if got := number(t, f, sh, "B"+n); got != float64(tc.Red) {
				t.Errorf("%s: %v Red, the summary counts %d", tc.Theme, got, tc.Red)
			}
			reds += tc.Red
			s := savings[tc.Theme]
			schemes := cell(t, f, sh, "E"+n)
			if len(s.Schemes) == 0 {
				if schemes != "No Bury scheme maps to this theme" {
					t.Errorf("%s: schemes %q, want none", tc.Theme, schemes)
				}
				continue
			}
			withSchemes++
			for col, want := range map[string]float64{"C": s.Savings, "D": s.Transfers} {
				ref := col + n
				if got := number(t, f, sh, ref); math.Abs(got-want) > 1e-9 {
					t.Errorf("%s %s = %v, want %v", tc.Theme, ref, got, want)
				}
				id, _ := f.GetCellStyle(sh, ref)
				if st, _ := f.GetStyle(id); st.CustomNumFmt == nil || !strings.Contains(*st.CustomNumFmt, "£") || !strings.Contains(*st.CustomNumFmt, `"m"`) {
					t.Errorf("%s: number format %v, want £m", ref, st.CustomNumFmt)
				}
			}
			for _, sc := range s.Schemes {
				if !strings.Contains(schemes, sc.Scheme) {
					t.Errorf("%s: schemes %q do not name %q", tc.Theme, schemes, sc.Scheme)
				}
			}
		}
		// Each of the appendix's three Reds has one theme, so the theme
		// rows add up to the round's count.
		if reds != sum.All.Red {
			t.Errorf("theme rows hold %d Reds, want %d", reds, sum.All.Red)
		}
		// Bury's Table 4 schemes map to two themes (savings_schemes.csv),
		// both among the appendix's.
		if withSchemes != 2 {
			t.Errorf("%d themes show Bury schemes, want 2", withSchemes)
		}
		if got := cell(t, f, sh, "A"+strconv.Itoa(header+1+len(sum.Themes))); got != "" {
			t.Errorf("a row %q below the round's themes", got)
		}
	})

	t.Run("charts", func(t *testing.T) {
		parts := zipParts(t, data)
		charts := 0
		for name := range parts {
			if regexp.MustCompile(`^xl/charts/chart\d+\.xml$`).MatchString(name) {
				charts++
			}
		}
		if charts != 2 {
			t.Errorf("%d charts, want 2 (summary and deficit model)", charts)
		}
		if !regexp.MustCompile(`<(c:)?barChart>`).MatchString(parts["xl/charts/chart1.xml"]) {
			t.Error("summary chart is not a bar chart")
		}
		if !regexp.MustCompile(`<(c:)?lineChart>`).MatchString(parts["xl/charts/chart2.xml"]) {
			t.Error("model chart is not a line chart")
		}
		for _, c := range []string{"00703C", "F47738", "D4351C"} {
			if !strings.Contains(parts["xl/charts/chart1.xml"], c) {
				t.Errorf("summary chart lacks the RAG colour %s", c)
			}
		}
	})

	t.Run("print settings", func(t *testing.T) {
		for _, sh := range f.GetSheetList() {
			pl, err := f.GetPageLayout(sh)
			if err != nil {
				t.Fatal(err)
			}
			if pl.Orientation == nil || *pl.Orientation != "landscape" || pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.Size == nil || *pl.Size != 9 {
				t.Errorf("%s: page layout %+v, want A4 landscape one page wide", sh, pl)
			}
			props, _ := f.GetSheetProps(sh)
			if props.FitToPage == nil || !*props.FitToPage {
				t.Errorf("%s: fit to page is off", sh)
			}
		}
		titles := map[string]bool{}
		for _, dn := range f.GetDefinedName() {
			if dn.Name == "_xlnm.Print_Titles" {
				titles[dn.Scope] = true
			}
		}
		for _, sh := range []string{export.SheetRatings, export.SheetSummary, export.SheetPrevalence, export.SheetModel, export.SheetFindings} {
			if !titles[sh] {
				t.Errorf("%s: no repeated header rows", sh)
			}
		}
		if !strings.Contains(zipParts(t, data)["xl/worksheets/sheet1.xml"], "<autoFilter") {
			t.Error("ratings table has no filter")
		}
	})
}

func colourOf(label string) string {
	for _, r := range benchmark.RAGs {
		if r.Label() == label {
			return export.Colours[r].Fill
		}
	}
	return "?"
}

func TestWorkbook_Movement(t *testing.T) {
	store := seeded(t)
	ctx := context.Background()
	first := bristol(t, store)
	before, err := store.FindRatings(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The later round turns every Red of the appendix Green.
	var later []*benchmark.Rating
	for id, r := range before {
		c := *r
		c.RecommendationID = id
		if c.RAG == benchmark.Red {
			c.RAG = benchmark.Green
		}
		later = append(later, &c)
	}
	next := &benchmark.Assessment{AuthorityCode: first.AuthorityCode, Title: "Second round", AssessedOn: "2026-10-01", AgreementIDs: first.AgreementIDs}
	if err := store.CreateAssessment(ctx, next, later); err != nil {
		t.Fatal(err)
	}
	r := load(t, store, next.ID)
	if r.Earlier == nil || r.Earlier.ID != first.ID {
		t.Fatalf("earlier round = %+v, want the appendix round", r.Earlier)
	}
	f, _ := workbook(t, r)
	sh := export.SheetMovement
	rows, _ := f.GetRows(sh)
	improved := 0
	for _, row := range rows {
		if len(row) >= 6 && row[5] == "Improved" {
			improved++
			if row[3] != "Red" || row[4] != "Green" {
				t.Errorf("improved row %q -> %q, want Red -> Green", row[3], row[4])
			}
		}
	}
	if improved != 3 { // the appendix's three Reds
		t.Errorf("improved = %d, want 3", improved)
	}
	all := findRow(t, f, export.SheetSummary, 1, "All themes")
	if got := number(t, f, export.SheetSummary, "B"+strconv.Itoa(all)); got != 6 {
		t.Errorf("later round Green = %v, want 6", got)
	}
}

// TestWorkbook_WorthThemeIsText checks a theme name that reads as a formula
// is written to the worth block as the text it is.
func TestWorkbook_WorthThemeIsText(t *testing.T) {
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	text := formulaTexts["equals"]
	r.Agreements[0].Recommendations[0].Mappings[0].Theme = text
	f, _ := workbook(t, r)
	sh := export.SheetModel
	header := findRow(t, f, sh, 1, "Theme")
	row := findRow(t, f, sh, 1, text)
	if header == 0 || row <= header {
		t.Fatalf("theme %q at row %d, want in the worth block below row %d", text, row, header)
	}
	ref := "A" + strconv.Itoa(row)
	if formula, _ := f.GetCellFormula(sh, ref); formula != "" {
		t.Errorf("%s holds the formula %q", ref, formula)
	}
	if typ, _ := f.GetCellType(sh, ref); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("%s has type %v, want a string", ref, typ)
	}
}
