package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// fieldErrorShown checks that the field with the id is marked in error the
// GOV.UK way: its form group, its own error style, a message beside it
// that the field's aria-describedby names, and returns that message.
func fieldErrorShown(tb testing.TB, doc *html.Node, id, errClass string) string {
	tb.Helper()
	field := byID(doc, id)
	if field == nil {
		tb.Fatalf("no #%s", id)
	}
	if !hasClass(field.Parent, "govuk-form-group--error") {
		tb.Errorf("#%s: its form group is not marked in error", id)
	}
	if !hasClass(field, errClass) {
		tb.Errorf("#%s lacks %s", id, errClass)
	}
	msg := byID(doc, id+"-error")
	if msg == nil || !hasClass(msg, "govuk-error-message") {
		tb.Fatalf("#%s: no error message beside it", id)
	}
	if !strings.Contains(" "+attr(field, "aria-describedby")+" ", " "+id+"-error ") {
		tb.Errorf("#%s aria-describedby=%q does not name its error", id, attr(field, "aria-describedby"))
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text(msg)), "Error:"))
}

// TestUploadRatings_FieldErrors: each problem of the ratings upload is in
// the error summary and beside its own field, as on the agreement upload.
func TestUploadRatings_FieldErrors(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "")

	// Nothing chosen: every field says what to do.
	resp, page := cl.postFile(t, "/upload/ratings", "", nil, url.Values{})
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("empty form = %d", resp.StatusCode)
	}
	doc := parseHTML(t, page)
	summary := errorSummary(t, page)
	for _, f := range []struct{ id, class string }{
		{"authority", "govuk-select--error"},
		{"title", "govuk-input--error"},
		{"file", "govuk-file-upload--error"},
	} {
		msg := fieldErrorShown(t, doc, f.id, f.class)
		if !strings.Contains(strings.Join(summary, "|"), msg) {
			t.Errorf("#%s says %q, not in the summary %q", f.id, msg, summary)
		}
	}
	if got := attr(byID(doc, "title"), "aria-describedby"); got != "title-hint title-error" {
		t.Errorf("title aria-describedby = %q, want the hint and the error", got)
	}

	// A file with two problems: both in the summary, the count beside the file.
	bad := "LA,Recommendation,Theme,Sub-Theme,RAG\r\nBury,Build a new special school.,,,Purple\r\n"
	_, page = cl.postFile(t, "/upload/ratings", "bad.csv", []byte(bad), url.Values{"authority": {"E06000023"}, "title": {"Third"}})
	doc = parseHTML(t, page)
	if got := errorSummary(t, page); len(got) != 2 {
		t.Errorf("summary %q, want the file's 2 problems", got)
	}
	if msg := fieldErrorShown(t, doc, "file", "govuk-file-upload--error"); !strings.Contains(msg, "2 problems") {
		t.Errorf("beside the file: %q, want the number of problems", msg)
	}
	for _, id := range []string{"authority-error", "title-error"} {
		if byID(doc, id) != nil {
			t.Errorf("#%s shown for a field without a problem", id)
		}
	}
}
