package bury

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/svbench/svbench/benchmark/deficit"
)

// checker collects reconciliation findings.
type checker struct {
	d   *Data
	out deficit.Findings
}

// figure compares a printed figure with what its parts give and records
// the finding, classified by deficit.Classify. It returns the finding
// recorded, which a caller may still judge more strictly (its status)
// before the next check is recorded.
func (c *checker) figure(id, table, where, check string, u deficit.Unit, printed, expected float64, detail string) *deficit.Finding {
	st := deficit.Classify(printed, expected, u)
	if detail == "" || st == deficit.StatusOK {
		detail = fmt.Sprintf("printed %s; the parts give %s", deficit.Format(u, printed), deficit.Format(u, expected))
		if st != deficit.StatusOK {
			detail += fmt.Sprintf(" (difference %s)", deficit.Format(u, printed-expected))
		}
	}
	c.out = append(c.out, deficit.Finding{
		ID: id, Table: table, Where: where, Check: check, Status: st, Unit: u,
		HasFigures: true, Printed: printed, Expected: expected, Difference: printed - expected, Detail: detail,
	})
	return &c.out[len(c.out)-1]
}

// judge records a check without a single figure to compare.
func (c *checker) judge(id, table, where, check string, ok bool, detail string) {
	st := deficit.StatusOK
	if !ok {
		st = deficit.StatusInconsistent
	}
	c.out = append(c.out, deficit.Finding{ID: id, Table: table, Where: where, Check: check, Status: st, Detail: detail})
}

// note records something a reader must know that is not an arithmetic error.
func (c *checker) note(id, table, where, check, detail string) {
	c.out = append(c.out, deficit.Finding{ID: id, Table: table, Where: where, Check: check, Status: deficit.StatusNote, Detail: detail})
}

// slug turns a year into an id part: 2022/23 → 2022-23.
func slug(y deficit.Year) string { return strings.ReplaceAll(y.String(), "/", "-") }

// printed returns a text figure as the report prints it.
func (c *checker) printed(id string) string {
	t, _ := c.d.Text(id)
	return t.Printed
}

// textPara names a paragraph as a findings "table".
func textPara(p string) string { return "Text, para " + p }

// sentence makes a finding's detail read as a sentence on its own: a
// capital first letter and a closing full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}

// rows names table rows in words: "row 10", "rows 8 and 9".
func rows(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	if len(ns) == 1 {
		return "row " + s[0]
	}
	return "rows " + deficit.AndList(s)
}
