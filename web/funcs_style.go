package web

import "github.com/svbench/svbench/benchmark"

// The house style's template helpers (benchmark/format.go): dates as
// "2 December 2026", moments as "2 December 2026 at 3:04pm", and the
// GOV.UK date input.
func init() {
	funcs["longDate"] = benchmark.LongDate
	funcs["dayOf"] = benchmark.DayOf
	funcs["dateTime"] = benchmark.DateTime
	funcs["dateInput"] = newDateInput
	funcs["dateBox"] = newDateBox
}
