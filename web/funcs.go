package web

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// funcs are the helpers templates may call.
var funcs = template.FuncMap{
	"orNotStated": orNotStated,
	"monthOrDay":  benchmark.MonthOrDay,
	"percent":     percent,
	"ragClass":    ragClass,
	"join":        strings.Join,
	"add":         func(a, b int) int { return a + b },
	"partyNames":  partyNames,
	"rags":        func() []benchmark.RAG { return benchmark.RAGs },
	"navItem":     navItem,
	"sourceLabel": sourceLabel,
	// The rating pages.
	"fieldError":   fieldError,
	"fieldLabel":   benchmark.FieldLabel,
	"historyValue": historyValue,
	"when":         when,
	"roundEvent":   roundEventText,
	"signed":       signed,
	"sub":          func(a, b int) int { return a - b },
	"add2":         func(a, b float64) float64 { return a + b },
	"ragValue":     ragValue,
	"firstChanges": firstChanges,
	// maxUploadMB is the largest file the upload forms accept, in MB.
	"maxUploadMB": func() int { return ingest.MaxFileSize >> 20 },
	// maxUploadRows is the most rows an uploaded file may hold, written
	// with a thousands separator.
	"maxUploadRows": func() string { return strconv.Itoa(ingest.MaxRows/1000) + ",000" },
	// recommendationsTable is the dot of the "recommendations" partial.
	"recommendationsTable": func(a *benchmark.Agreement, preview bool) recommendationsTable {
		return recommendationsTable{Agreement: a, Preview: preview}
	},
	// The comparison page.
	"compareTheme": newCompareTheme,
}

// orNotStated shows a blank fact as "not stated": svbench never invents
// what the sources do not say.
func orNotStated(s string) string {
	if strings.TrimSpace(s) == "" {
		return "not stated"
	}
	return s
}

// percent renders a fraction as a whole percentage, e.g. "30%".
func percent(f float64) string {
	return fmt.Sprintf("%.0f%%", f*100)
}

// ragClass is the govuk-frontend tag modifier for a rating. The colour only
// repeats the word printed in the tag.
func ragClass(r benchmark.RAG) string {
	switch r {
	case benchmark.Green:
		return "govuk-tag--green"
	case benchmark.Amber:
		return "govuk-tag--orange"
	case benchmark.Red:
		return "govuk-tag--red"
	}
	return "govuk-tag--grey"
}

// partyNames joins the parties' place names with " and ".
func partyNames(list []*benchmark.Authority) string { return benchmark.Places(list) }

// navLink is one header navigation item.
type navLink struct {
	Current     bool
	Href, Label string
}

func navItem(section, name, href, label string) navLink {
	return navLink{Current: section == name, Href: href, Label: label}
}

// recommendationsTable is an agreement's recommendations table: on its page
// or, with Preview, in the upload preview before import.
type recommendationsTable struct {
	Agreement *benchmark.Agreement
	Preview   bool
}
