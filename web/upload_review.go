package web

import (
	"github.com/samber/lo"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// previewAgreement is one agreement of an upload preview with its rows.
type previewAgreement struct {
	Agreement *benchmark.Agreement
	Rows      []previewRow
}

// previewRow is one recommendation of an upload preview. A recommendation
// whose theme was suggested carries a select (Field) to replace the
// suggestion before the import; its first option keeps the suggestion.
type previewRow struct {
	Recommendation *benchmark.Recommendation
	// Field is the select's name and id, "" when the file gave the theme.
	Field string
	// Value is the choice posted ("themeID:subThemeID"), "" to keep the
	// suggestion; Error says what is wrong with it.
	Value, Error string
	Choices      []mappingChoice
}

// Choosable reports whether the row offers a select to replace its
// suggested theme.
func (r previewRow) Choosable() bool { return r.Field != "" }

// ErrorID is the id of the row's error message.
func (r previewRow) ErrorID() string { return r.Field + "-error" }

// previewChoices are the choices posted with a confirm, by field.
type previewChoices struct {
	values map[string]string
	errors map[string]string
}

// maxPreviewChoices is how many suggested themes the preview offers to
// change: enough for any published agreement, while a file of thousands of
// suggestions keeps a page of reasonable size; the rest are reviewed on the
// review page after the import.
const maxPreviewChoices = 200

// maxPreviewRows is how many recommendations the preview lists, and
// maxPreviewOutcomes how many agreements its table of changes: a file of
// 50,000 rows is checked whole, but a page listing all of them would run to
// tens of megabytes. The figures above the lists count every one.
const (
	maxPreviewRows     = 500
	maxPreviewOutcomes = 200
)

// choosable returns the positions in file order (from 0) of the
// recommendations of list whose suggestion the preview offers to change:
// the first maxPreviewChoices suggested ones.
func choosable(list []*benchmark.Agreement) map[int]bool {
	out := map[int]bool{}
	for n, r := range ingest.Recommendations(list) {
		if len(out) == maxPreviewChoices || n == maxPreviewRows {
			break
		}
		if r.Suggested() {
			out[n] = true
		}
	}
	return out
}

// previewField names the select of the n-th recommendation of the file
// (from 0, in file order): the file is read again at confirm, in the same
// order.
func previewField(n int) string { return "review-" + itoa(n+1) }

// previewAgreements lays out list for the preview; posted, when not nil,
// fills in the choices and errors of a refused confirm.
func previewAgreements(list []*benchmark.Agreement, opts []mappingChoice, posted *previewChoices) []previewAgreement {
	var out []previewAgreement
	can := choosable(list)
	n := 0
	for _, a := range list {
		if n == maxPreviewRows {
			break
		}
		pa := previewAgreement{Agreement: a}
		for _, r := range a.Recommendations {
			if n == maxPreviewRows {
				break
			}
			row := previewRow{Recommendation: r}
			if can[n] {
				row.Field, row.Choices = previewField(n), opts
				if posted != nil {
					row.Value, row.Error = posted.values[row.Field], posted.errors[row.Field]
				}
			}
			pa.Rows = append(pa.Rows, row)
			n++
		}
		out = append(out, pa)
	}
	return out
}

// readPreviewChoices reads the confirm form's choice for every
// recommendation of list the preview offered to change.
func readPreviewChoices(c echo.Context, list []*benchmark.Agreement) *previewChoices {
	pc := &previewChoices{values: map[string]string{}, errors: map[string]string{}}
	for n := range choosable(list) {
		f := previewField(n)
		if v := strings.TrimSpace(c.FormValue(f)); v != "" {
			pc.values[f] = v
		}
	}
	return pc
}

// apply replaces each suggestion a choice was made for with the chosen
// theme and sub-theme, marked reviewed by who. It changes nothing and
// returns the problems, each naming its recommendation, when any choice is
// not in the taxonomy.
func (pc *previewChoices) apply(tax benchmark.Taxonomy, list []*benchmark.Agreement, who string) []FieldError {
	chosen := map[*benchmark.Recommendation]*benchmark.Mapping{}
	var errs []FieldError
	n := 0
	for _, a := range list {
		for _, r := range a.Recommendations {
			f := previewField(n)
			n++
			v, ok := pc.values[f]
			if !ok || !r.Suggested() {
				continue
			}
			m, msg := pairMapping(tax, &mappingPair{N: 1, Value: v})
			if msg != "" {
				msg = "Choose the theme and sub-theme of recommendation " + r.Reference + " of " + a.Title + " from the list"
				pc.errors[f] = msg
				errs = append(errs, FieldError{Field: f, Message: msg})
				continue
			}
			m.Source = benchmark.SourceReviewed
			chosen[r] = m
		}
	}
	if errs != nil {
		return errs
	}
	for r, m := range chosen {
		r.Mappings, r.ReviewedBy = []*benchmark.Mapping{m}, who
	}
	return nil
}

// anySuggested reports whether any recommendation of list has a suggested
// mapping nobody has reviewed.
func anySuggested(list []*benchmark.Agreement) bool {
	for _, r := range ingest.Recommendations(list) {
		if r.Suggested() {
			return true
		}
	}
	return false
}

// Suggested reports whether any recommendation of the preview has a
// suggested theme, so the page explains how to change one.
func (p uploadPage) Suggested() bool {
	for _, a := range p.Agreements {
		for _, r := range a.Rows {
			if r.Choosable() {
				return true
			}
		}
	}
	return false
}

// MoreSuggested counts the suggested themes past those the preview offers
// to change, left for the review page.
func (p uploadPage) MoreSuggested() int { return p.suggestedCount() - len(choosable(p.list)) }

// suggestedCount counts the file's recommendations given a suggested theme.
func (p uploadPage) suggestedCount() int {
	return lo.CountBy(ingest.Recommendations(p.list), (*benchmark.Recommendation).Suggested)
}

// Unlisted counts the recommendations the preview does not list.
func (p uploadPage) Unlisted() int { return max(len(ingest.Recommendations(p.list))-maxPreviewRows, 0) }

// MaxRows is how many recommendations the preview lists.
func (p uploadPage) MaxRows() int { return maxPreviewRows }

// MoreOutcomes counts the agreements the table of changes leaves out.
func (p uploadPage) MoreOutcomes() int { return max(len(p.list)-len(p.Outcomes), 0) }

// MaxChoices is how many suggested themes the preview offers to change.
func (p uploadPage) MaxChoices() int { return maxPreviewChoices }

// KeptFor says how long the checked file waits for the confirm.
func (p uploadPage) KeptFor() string { return benchmark.PendingUploadKeptFor() }

// toReview counts a's recommendations with suggestions waiting for review,
// or 0 when u may not review them.
func toReview(u *benchmark.User, a *benchmark.Agreement) int {
	if u == nil || !u.CanReviewMappings() {
		return 0
	}
	n := 0
	for _, r := range a.Recommendations {
		if r.Suggested() {
			n++
		}
	}
	return n
}
