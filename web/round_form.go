package web

import (
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// roundForm is the "new round" form as posted.
type roundForm struct {
	Authority  string
	Title      string
	AssessedOn string
	// dateProblem is the date input's own message for AssessedOn.
	dateProblem  string
	AgreementIDs []int
	CopyFrom     int
	// FollowsNew adds agreements imported later to the round.
	FollowsNew bool
}

// readRoundForm decodes the form; unreadable numbers are dropped and then
// caught by validate.
func readRoundForm(values map[string][]string) roundForm {
	first := func(k string) string {
		if v := values[k]; len(v) > 0 {
			return strings.TrimSpace(v[0])
		}
		return ""
	}
	f := roundForm{Authority: first("authority"), Title: first("title"), AssessedOn: first("assessed_on")}
	if parts, ok := formDateParts(values, "assessed_on"); ok {
		f.AssessedOn = parts.Typed()
		_, f.dateProblem = benchmark.ParseDateParts("Date", parts)
	}
	f.CopyFrom, _ = strconv.Atoi(first("copy_from"))
	f.FollowsNew = first("follows_new") == "yes"
	for _, v := range values["agreements"] {
		if id, err := strconv.Atoi(v); err == nil {
			f.AgreementIDs = append(f.AgreementIDs, id)
		}
	}
	return f
}

// validate lists the form's problems, each linked to its field.
func (f roundForm) validate(agreements []*benchmark.Agreement) []FieldError {
	var errs []FieldError
	if f.Authority == "" {
		errs = append(errs, FieldError{Field: "authority", Message: "Choose the authority whose round this is"})
	}
	if err := benchmark.ValidateRoundTitle(f.Title); err != nil {
		errs = append(errs, FieldError{Field: "title", Message: benchmark.ErrorMessage(err)})
	}
	if f.dateProblem != "" {
		errs = append(errs, FieldError{Field: "assessed_on", Message: f.dateProblem})
	} else if _, ok := benchmark.ParseDate(f.AssessedOn); !ok {
		errs = append(errs, FieldError{Field: "assessed_on", Message: "Date must be a real date, like 31/3/2026"})
	}
	known := map[int]bool{}
	for _, a := range agreements {
		known[a.ID] = true
	}
	ok := len(f.AgreementIDs) > 0
	for _, id := range f.AgreementIDs {
		ok = ok && known[id]
	}
	if !ok {
		errs = append(errs, FieldError{Field: "agreements", Message: "Choose at least one agreement the round covers"})
	}
	return errs
}

// has reports whether the form selects agreement id.
func (f roundForm) has(id int) bool {
	for _, v := range f.AgreementIDs {
		if v == id {
			return true
		}
	}
	return false
}
