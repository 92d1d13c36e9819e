package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"golang.org/x/net/html"
)

// numberingNote is the agreement page's note on numbers svbench assigned,
// with its text as the page has always shown it.
const numberingNote = "Bristol's appendix gives no recommendation numbers: these are numbered in the appendix's order, as svbench's references, not DfE's."

// notes returns the texts of the page's #appendix-numbers elements.
func notes(tb testing.TB, cl *visitor, id int) []string {
	tb.Helper()
	resp, page := cl.get(tb, "/agreements/"+strconv.Itoa(id))
	if resp.StatusCode != http.StatusOK {
		tb.Fatalf("GET /agreements/%d = %d", id, resp.StatusCode)
	}
	var out []string
	for _, n := range findAll(parseHTML(tb, page), "p", func(n *html.Node) bool { return attr(n, "id") == "appendix-numbers" }) {
		out = append(out, text(n))
	}
	return out
}

func TestAgreement_NumberingNoteFollowsProvenance(t *testing.T) {
	ctx := context.Background()
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	seeded, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// Appendix A's four agreements, numbered by svbench: each shows the note.
	var bury *benchmark.Agreement
	for _, a := range seeded {
		if got := notes(t, cl, a.ID); len(got) != 1 || got[0] != numberingNote {
			t.Errorf("%s: notes %q, want the numbering note", a.PartyNames(), got)
		}
		if a.PartyNames() == "Bury" {
			bury = a
		}
	}
	if len(seeded) != 4 || bury == nil {
		t.Fatalf("seeded %d agreements, Bury among them: %v", len(seeded), bury != nil)
	}

	// An uploaded revision of Bury's carries the file's own numbers.
	_, page := cl.postFile(t, "/upload/agreements", "bury-revised.csv", revisedBury(t), nil)
	doc := parseHTML(t, page)
	resp := cl.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(doc, "upload")}}, false)
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/agreements/") {
		t.Fatalf("confirm = %d to %q", resp.StatusCode, loc)
	}
	id, _ := strconv.Atoi(strings.TrimPrefix(loc, "/agreements/"))
	revised, err := app.Store.FindAgreementByID(ctx, id)
	if err != nil || revised.Revision != 2 || revised.PartyKey() != bury.PartyKey() {
		t.Fatalf("upload made %+v, %v; want Bury's revision 2", revised, err)
	}
	if got := notes(t, cl, id); len(got) != 0 {
		t.Errorf("uploaded revision shows %q, want no numbering note", got)
	}
	if got := notes(t, cl, bury.ID); len(got) != 1 || got[0] != numberingNote {
		t.Errorf("Bury's seeded revision now shows %q, want the numbering note", got)
	}
	want := benchmark.Provenance{Origin: benchmark.OriginFile, File: "bury-revised.csv", NumberedBy: benchmark.NumberedBySource, By: "Ada"}
	if revised.Provenance != want {
		t.Errorf("upload recorded %+v, want %+v", revised.Provenance, want)
	}
}
