package web_test

import (
	"testing"
)

func TestThemes_Matrix(t *testing.T) {
	app := newTestServer(t)
	doc := parseHTML(t, body(t, app.get(t, "/themes")))
	tables := findAll(doc, "table", nil)
	if len(tables) != 1 {
		t.Fatalf("tables = %d", len(tables))
	}
	rows := tableRows(tables[0])
	// Totals counted by hand from Appendix A: each recommendation once per
	// theme; Bury's first (two sub-themes) counts once under its theme.
	for theme, want := range map[string]string{
		"Local Placement Sufficiency and Managing Demand": "17",
		"Financial Efficiencies":                          "8",
		"Data, Outcomes and Digital":                      "2",
		"EHCP Assessment and Review (under Local Placement Sufficiency and Managing Demand)":   "3", // Bury 1, Kingston/Richmond 3, Stoke 2
		"School Provision and Process (under Local Placement Sufficiency and Managing Demand)": "6", // Bury 4, H&F 4, K/R 1 and 2, Stoke 1 and 5
	} {
		cells := rows[theme]
		if len(cells) == 0 || cells[len(cells)-1] != want {
			t.Errorf("%s: cells %v, want total %s", theme, cells, want)
		}
	}
	// "Commissioning" is a sub-theme of two themes, so it has two rows,
	// each naming its theme to screen readers (themes.csv).
	for _, th := range []string{"Local Placement Sufficiency and Managing Demand", "Financial Efficiencies"} {
		if rows["Commissioning (under "+th+")"] == nil {
			t.Errorf("no Commissioning row under %s: %v", th, rows)
		}
	}
}

func TestAuthorities_Search(t *testing.T) {
	app := newTestServer(t)
	for q, want := range map[string]string{"351": "Bury", "E06000021": "Stoke-on-Trent", "richmond": "Richmond upon Thames"} {
		doc := parseHTML(t, body(t, app.get(t, "/authorities?q="+q)))
		tables := findAll(doc, "table", nil)
		if len(tables) != 1 {
			t.Fatalf("q=%s: no table", q)
		}
		rows := tableRows(tables[0])
		if len(rows) != 1 || rows[want] == nil {
			t.Errorf("q=%s: rows %v, want only %s", q, rows, want)
		}
	}
}
