package web

import (
	"net/url"

	"github.com/svbench/svbench/benchmark"
)

// Dates are typed in the GOV.UK date input pattern: three boxes named
// NAME-day, NAME-month and NAME-year. A form (or a script) may still send
// NAME as one value, "31/3/2026" or "2026-03-31".

// formDateParts reads the three boxes of the date input called name, and
// whether the form carried any of them.
func formDateParts(form url.Values, name string) (benchmark.DateParts, bool) {
	_, d := form[name+"-day"]
	_, m := form[name+"-month"]
	_, y := form[name+"-year"]
	return benchmark.DateParts{Day: form.Get(name + "-day"), Month: form.Get(name + "-month"), Year: form.Get(name + "-year")}, d || m || y
}

// formDate reads the date called name from a form: its three boxes, or
// one value. It returns what to store or validate (nil when the form
// carries no such date) and, for three boxes that are not a date, the
// problem, labelled by label; the value then keeps what was typed.
func formDate(form url.Values, name, label string) (value *string, problem string) {
	if parts, ok := formDateParts(form, name); ok {
		iso, problem := benchmark.ParseDateParts(label, parts)
		if problem != "" {
			typed := parts.Typed()
			return &typed, problem
		}
		return &iso, ""
	}
	if _, ok := form[name]; !ok {
		return nil, ""
	}
	v := form.Get(name)
	return &v, ""
}

// typedDate is the date called name as the form carried it, three boxes
// joined as "31/3/2026", or "".
func typedDate(form url.Values, name string) string {
	if parts, ok := formDateParts(form, name); ok {
		return parts.Typed()
	}
	return form.Get(name)
}

// dateInput is the dot of the "dateinput" partial.
type dateInput struct {
	// ID is the day box's id (the error summary links to it); the month
	// and year boxes add -month and -year.
	ID, Name string
	// Legend names the date; LegendHidden adds words for screen readers;
	// LegendSize is "" or a govuk-fieldset__legend size ("s", "m").
	Legend, LegendHidden, LegendSize string
	Hint, Error                      string
	Parts                            benchmark.DateParts
}

// newDateInput is a date input showing value (ISO as stored, or as typed).
// legendSize is "" for a legend like the grid's labels, or "s" like a
// form's bold labels.
func newDateInput(id, name, legend, legendHidden, legendSize, hint, value, err string) dateInput {
	return dateInput{ID: id, Name: name, Legend: legend, LegendHidden: legendHidden, LegendSize: legendSize, Hint: hint, Error: err, Parts: benchmark.SplitDate(value)}
}

// withDateProblem puts the date input's own message, when it has one, in
// place of the target date's generic one (or adds it).
func withDateProblem(problems []benchmark.FieldProblem, msg string) []benchmark.FieldProblem {
	if msg == "" {
		return problems
	}
	for i, p := range problems {
		if p.Field == benchmark.FieldTargetDate {
			problems[i].Message = msg
			return problems
		}
	}
	return append(problems, benchmark.FieldProblem{Field: benchmark.FieldTargetDate, Message: msg})
}

// dateBox is one box of a date input, the dot of "dateinput-box".
type dateBox struct {
	ID, Label, Name, Value string
	// Width is the box's govuk-input--width class: 2 or 4 characters.
	Width int
	Error bool
}

func newDateBox(id, label, name, value string, width int, err string) dateBox {
	return dateBox{ID: id, Label: label, Name: name, Value: value, Width: width, Error: err != ""}
}
