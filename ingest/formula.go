package ingest

import "strings"

// formulaStarts are the characters that make a spreadsheet read a cell as a
// formula (or, for tab and carriage return, hide one behind them).
const formulaStarts = "=+-@\t\r"

// NeutraliseCell makes s safe to write into a CSV or XLSX cell: text that a
// spreadsheet would run as a formula gets a leading apostrophe, which Excel
// shows as text. Text already starting with apostrophes before such a
// character gets one more, so RestoreCell always gives s back.
func NeutraliseCell(s string) string {
	if startsFormula(s) {
		return "'" + s
	}
	return s
}

// RestoreCell undoes NeutraliseCell: it removes exactly one leading
// apostrophe when what follows it would start a formula, so an exported file
// re-imports unchanged. Other apostrophes are left alone.
func RestoreCell(s string) string {
	if strings.HasPrefix(s, "'") && startsFormula(s[1:]) {
		return s[1:]
	}
	return s
}

// startsFormula reports whether s, after any leading apostrophes, begins
// with a formula character.
func startsFormula(s string) bool {
	s = strings.TrimLeft(s, "'")
	return s != "" && strings.ContainsRune(formulaStarts, rune(s[0]))
}
