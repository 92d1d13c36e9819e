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

// newAdmin is an account the admin pages' tests sign in as.
func newAdmin() *benchmark.User {
	return &benchmark.User{DisplayName: "Ada (admin)", Role: benchmark.RoleAdmin, National: true}
}

// adminRoutes are every admin route, as method and path with :id filled.
func adminRoutes(round, agreement int) [][2]string {
	r, a := strconv.Itoa(round), strconv.Itoa(agreement)
	return [][2]string{
		{http.MethodGet, "/assessments/" + r + "/rename"}, {http.MethodPost, "/assessments/" + r + "/rename"},
		{http.MethodGet, "/assessments/" + r + "/reopen"}, {http.MethodPost, "/assessments/" + r + "/reopen"},
		{http.MethodGet, "/assessments/" + r + "/delete"}, {http.MethodPost, "/assessments/" + r + "/delete"},
		{http.MethodGet, "/agreements/" + a + "/remove"}, {http.MethodPost, "/agreements/" + a + "/remove"},
	}
}

// Nobody but an admin reaches the admin pages, and a refused post changes
// nothing.
func TestRoundAdmin_OnlyAdmins(t *testing.T) {
	for _, tc := range []struct {
		name string
		user *benchmark.User
	}{
		{"anonymous", nil},
		{"editor of the round's authority", &benchmark.User{DisplayName: "Ben", Role: benchmark.RoleEditor, Authorities: []string{"E06000023"}}},
		{"viewer of the round's authority", &benchmark.User{DisplayName: "Cy", Role: benchmark.RoleViewer, Authorities: []string{"E06000023"}}},
		{"national viewer", &benchmark.User{DisplayName: "Di", Role: benchmark.RoleViewer, National: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := newTestServer(t)
			// Anonymous visitors are sent to sign in; accounts that are
			// not admins are refused.
			want, cl := http.StatusSeeOther, anonymousVisitor(t, app)
			if tc.user != nil {
				want, cl = http.StatusForbidden, signedInAs(t, app, tc.user)
			}
			round := bristolRound(t, app)
			for _, rt := range adminRoutes(round.ID, round.AgreementIDs[0]) {
				var resp *http.Response
				if rt[0] == http.MethodGet {
					resp, _ = cl.get(t, rt[1])
				} else {
					resp = cl.post(t, rt[1], url.Values{"title": {"Renamed"}, "reason": {"Because"}}, false)
				}
				if resp.StatusCode != want {
					t.Errorf("%s %s = %d, want %d", rt[0], rt[1], resp.StatusCode, want)
				}
			}
			got, err := app.Store.FindAssessmentByID(context.Background(), round.ID)
			if err != nil || got.Title != round.Title {
				t.Errorf("round after refused posts = %+v, %v", got, err)
			}
			if n := agreementCount(t, app); n != 4 { // the seed's 4 agreements
				t.Errorf("%d agreements, want the shipped 4", n)
			}
		})
	}
}

func TestRoundAdmin_Rename(t *testing.T) {
	app := newTestServer(t)
	cl := signedInAs(t, app, newAdmin())
	round := bristolRound(t, app)
	path := "/assessments/" + strconv.Itoa(round.ID) + "/rename"

	resp, page := cl.get(t, path)
	if resp.StatusCode != http.StatusOK || attr(byID(parseHTML(t, page), "title"), "value") != round.Title {
		t.Fatalf("rename form = %d, title field %q", resp.StatusCode, attr(byID(parseHTML(t, page), "title"), "value"))
	}
	resp = cl.post(t, path, url.Values{"title": {"  "}}, false)
	page = body(t, resp)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("blank title = %d, want 422", resp.StatusCode)
	}
	if msg := fieldErrorShown(t, parseHTML(t, page), "title", "govuk-input--error"); msg != "Enter a title for the round" {
		t.Errorf("beside the title: %q", msg)
	}
	if s := errorSummary(t, page); len(s) != 1 || s[0] != "Enter a title for the round" {
		t.Errorf("summary = %q", s)
	}
	resp = cl.post(t, path, url.Values{"title": {"Appendix A, as rated"}}, false)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/assessments/"+strconv.Itoa(round.ID) {
		t.Fatalf("rename = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if _, page = cl.get(t, resp.Header.Get("Location")); !strings.Contains(page, "renamed “Appendix A, as rated”") {
		t.Error("no flash after renaming")
	}
	events, _ := app.Store.FindRoundEvents(context.Background(), round.ID)
	if len(events) != 1 || events[0].New != "Appendix A, as rated" || events[0].By != "Ada (admin)" {
		t.Errorf("round history = %+v", events)
	}
}

func TestRoundAdmin_Reopen(t *testing.T) {
	ctx := context.Background()
	app := newTestServer(t)
	cl := signedInAs(t, app, newAdmin())
	round := bristolRound(t, app)
	if err := app.Store.FinalizeAssessment(ctx, round.ID, "Ben"); err != nil {
		t.Fatal(err)
	}
	path := "/assessments/" + strconv.Itoa(round.ID) + "/reopen"
	if resp, page := cl.get(t, path); resp.StatusCode != http.StatusOK || byID(parseHTML(t, page), "reason") == nil {
		t.Fatalf("reopen form = %d", resp.StatusCode)
	}
	resp := cl.post(t, path, url.Values{"reason": {""}}, false)
	page := body(t, resp)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("no reason = %d, want 422", resp.StatusCode)
	}
	if msg := fieldErrorShown(t, parseHTML(t, page), "reason", "govuk-textarea--error"); msg != "Enter why the round is being reopened" {
		t.Errorf("beside the reason: %q", msg)
	}
	if got, _ := app.Store.FindAssessmentByID(ctx, round.ID); !got.Final {
		t.Fatal("refused reopening reopened the round")
	}
	if resp = cl.post(t, path, url.Values{"reason": {"Marked final before the last panel"}}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("reopen = %d", resp.StatusCode)
	}
	if got, _ := app.Store.FindAssessmentByID(ctx, round.ID); got.Final {
		t.Error("round still final")
	}
	events, _ := app.Store.FindRoundEvents(ctx, round.ID)
	// Newest first: the reopening, then the finalising by Ben.
	if len(events) != 2 || events[1].Action != benchmark.RoundFinalised || events[1].By != "Ben" || events[0].Action != benchmark.RoundReopened || events[0].Reason != "Marked final before the last panel" || events[0].By != "Ada (admin)" {
		t.Errorf("round history = %+v", events)
	}
	// The round's history page lists both, newest first, with who.
	_, page = cl.get(t, "/assessments/"+strconv.Itoa(round.ID)+"/history")
	if tbl := byID(parseHTML(t, page), "round-events"); tbl == nil || !strings.Contains(text(tbl), "Reopened: Marked final before the last panel") || !strings.Contains(text(tbl), "Marked final") || !strings.Contains(text(tbl), "Ada (admin)") {
		t.Error("the round's history page does not list the reopening and the finalising")
	}
}

func TestRoundAdmin_Delete(t *testing.T) {
	ctx := context.Background()
	app := newTestServer(t)
	cl := signedInAs(t, app, newAdmin())
	round := bristolRound(t, app)
	path := "/assessments/" + strconv.Itoa(round.ID) + "/delete"
	resp, page := cl.get(t, path)
	// Appendix A: the shipped round holds all 27 recommendations.
	if resp.StatusCode != http.StatusOK || !strings.Contains(page, "its 27 ratings") {
		t.Fatalf("confirmation = %d, without the ratings that go", resp.StatusCode)
	}
	if _, err := app.Store.FindAssessmentByID(ctx, round.ID); err != nil {
		t.Fatal("showing the confirmation deleted the round")
	}
	resp = cl.post(t, path, url.Values{}, false)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/assessments" {
		t.Fatalf("delete = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if _, err := app.Store.FindAssessmentByID(ctx, round.ID); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("round still there: %v", err)
	}
	list, _ := app.Store.FindRoundDeletions(ctx)
	if len(list) != 1 || list[0].Title != round.Title || list[0].By != "Ada (admin)" {
		t.Errorf("deletions = %+v", list)
	}
}

// The round page offers its admin links to admins only; the agreement
// page offers the removal of an upload, and not of a shipped agreement.
func TestRoundAdmin_LinksForAdminsOnly(t *testing.T) {
	app := newTestServer(t)
	round := bristolRound(t, app)
	path := "/assessments/" + strconv.Itoa(round.ID)
	_, page := signedInAs(t, app, newAdmin()).get(t, path)
	if links := byID(parseHTML(t, page), "round-admin"); links == nil || !strings.Contains(text(links), "Rename this round") || !strings.Contains(text(links), "Delete this round") {
		t.Error("an admin sees no admin links on the round page")
	}
	_, page = newVisitor(t, app, "Ben").get(t, path)
	if byID(parseHTML(t, page), "round-admin") != nil {
		t.Error("an editor sees the admin links")
	}
	_, page = signedInAs(t, app, newAdmin()).get(t, "/agreements/"+strconv.Itoa(round.AgreementIDs[0]))
	if byID(parseHTML(t, page), "agreement-admin") != nil {
		t.Error("a shipped agreement offers its removal")
	}
}
