package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestAgreementRemove_Upload(t *testing.T) {
	ctx := context.Background()
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ben")
	ad := signedInAs(t, app, newAdmin())
	_, page := cl.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	doc := parseHTML(t, page)
	resp := cl.post(t, "/upload/agreements/confirm", url.Values{"upload": {hiddenValue(doc, "upload")}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("upload = %d", resp.StatusCode)
	}
	var uploaded *benchmark.Agreement
	list, _ := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
	for _, a := range list {
		if a.Provenance.Origin == benchmark.OriginFile {
			uploaded = a
		}
	}
	if uploaded == nil || uploaded.Provenance.File != "bristol.csv" {
		t.Fatalf("uploaded = %+v", uploaded)
	}
	path := "/agreements/" + strconv.Itoa(uploaded.ID) + "/remove"
	if _, page := ad.get(t, "/agreements/"+strconv.Itoa(uploaded.ID)); byID(parseHTML(t, page), "agreement-admin") == nil {
		t.Error("the uploaded agreement's page offers an admin no removal")
	}

	resp, page = ad.get(t, path)
	if resp.StatusCode != http.StatusOK || !strings.Contains(page, "bristol.csv") || !strings.Contains(page, "Remove upload") {
		t.Fatalf("confirmation = %d, without the file or the button", resp.StatusCode)
	}
	resp = ad.post(t, path, url.Values{}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("remove = %d", resp.StatusCode)
	}
	if _, page = ad.get(t, resp.Header.Get("Location")); !strings.Contains(page, "uploaded from bristol.csv, removed") {
		t.Error("no flash after removing")
	}
	if _, err := app.Store.FindAgreementByID(ctx, uploaded.ID); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("upload still there: %v", err)
	}
	removals, _ := app.Store.FindAgreementRemovals(ctx)
	if len(removals) != 1 || removals[0].File != "bristol.csv" || removals[0].By != "Ada (admin)" {
		t.Errorf("removals = %+v", removals)
	}
}

// A shipped agreement cannot be removed: the page says why and offers no
// button, and a post anyway is refused with the reason in the summary.
func TestAgreementRemove_ShippedRefused(t *testing.T) {
	app := newTestServer(t)
	cl := signedInAs(t, app, newAdmin())
	id := bristolRound(t, app).AgreementIDs[0]
	path := "/agreements/" + strconv.Itoa(id) + "/remove"
	resp, page := cl.get(t, path)
	doc := parseHTML(t, page)
	if resp.StatusCode != http.StatusOK || !strings.Contains(text(byID(doc, "refused")), "shipped with svbench") {
		t.Fatalf("page = %d, refused %q", resp.StatusCode, text(byID(doc, "refused")))
	}
	if len(findAll(byID(doc, "main-content"), "button", nil)) != 0 {
		t.Error("a shipped agreement is offered a remove button")
	}
	resp = cl.post(t, path, url.Values{}, false)
	page = body(t, resp)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("post = %d, want 422", resp.StatusCode)
	}
	if s := errorSummary(t, page); len(s) != 1 || !strings.Contains(s[0], "shipped with svbench") {
		t.Errorf("summary = %q", s)
	}
	if n := agreementCount(t, app); n != 4 { // the seed's 4 agreements
		t.Errorf("%d agreements, want 4", n)
	}
}
