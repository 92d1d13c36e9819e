package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestErrorPage_NotFoundInPlainWords(t *testing.T) {
	app := newTestServer(t)
	for _, path := range []string{"/no-such-page", "/agreements/9999", "/assessments/9999/ratings"} {
		resp := app.get(t, path)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", path, resp.StatusCode)
		}
		doc := parseHTML(t, body(t, resp))
		h1 := findAll(doc, "h1", nil)
		if len(h1) != 1 || text(h1[0]) != "Page not found" {
			t.Errorf("%s: heading %v", path, h1)
		}
		if msg := text(elementByID(t, doc, "error-message")); msg == "" || strings.Contains(msg, "Not Found") {
			t.Errorf("%s: message %q", path, msg)
		}
	}
}

// TestErrorPage_ExpiredFormKeepsWhatWasTyped posts a rating without the
// form's token, as a page left open past its token's life does.
func TestErrorPage_ExpiredFormKeepsWhatWasTyped(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	form := ratingForm("amber", "Two new resource bases open in September.\nFunding agreed.", 1)
	ada.csrf = "a-token-that-ran-out"

	resp := ada.post(t, ratingPath(round, recs[0].ID), form, false)
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("status %d, want 403", resp.StatusCode)
	}
	doc := parseHTML(t, body(t, resp))
	if h := text(findAll(doc, "h1", nil)[0]); h != "This page was open too long" {
		t.Errorf("heading %q", h)
	}
	kept := tableLikeRows(elementByID(t, doc, "kept"))
	if kept["Rating"] != "amber" || kept["Commentary"] != "Two new resource bases open in September.\nFunding agreed." {
		t.Errorf("kept %q", kept)
	}
	if msg := text(elementByID(t, doc, "error-message")); strings.Contains(strings.ToLower(msg), "csrf") {
		t.Errorf("message speaks of CSRF: %q", msg)
	}

	resp = ada.post(t, ratingPath(round, recs[0].ID), form, true)
	var out struct{ Error string }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusForbidden || !strings.Contains(out.Error, "Nothing was saved") {
		t.Errorf("JSON answer %d %q, %v", resp.StatusCode, out.Error, err)
	}
	if v := savedRating(t, ada, round, recs[0].ID); v["commentary"] == "Two new resource bases open in September.\nFunding agreed." {
		t.Error("the refused save landed")
	}
}

// tableLikeRows reads a summary list: each key's text to its value exactly
// as written, line breaks kept.
func tableLikeRows(dl *html.Node) map[string]string {
	out := map[string]string{}
	for _, dt := range findAll(dl, "dt", nil) {
		dd := dt.NextSibling
		for dd != nil && dd.Type != html.ElementNode {
			dd = dd.NextSibling
		}
		if dd == nil || dd.FirstChild == nil {
			continue
		}
		out[text(dt)] = dd.FirstChild.Data
	}
	return out
}

// TestBodyLimit sends a file far larger than svbench reads: it is refused
// before the form is read, with the limit named, and nothing is stored.
func TestBodyLimit(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	before := agreementCount(t, app)
	huge := []byte(strings.Repeat("Bristol,X,2022-23,1,Do something.\r\n", 8<<20/35))
	resp, page := cl.postFile(t, "/upload/agreements", "huge.csv", huge, nil)
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", resp.StatusCode)
	}
	if !strings.Contains(page, "larger than 5 MB") { // ingest.MaxFileSize
		t.Errorf("page does not name the limit:\n%s", page)
	}
	if agreementCount(t, app) != before {
		t.Error("an agreement was stored")
	}
}
