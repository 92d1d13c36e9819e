package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// A page asked for twice with nothing changed in between comes from the
// page cache the second time, with the asking browser's own CSRF token; a
// save through the web, and a write straight to the store (as the
// command line would make), are both seen by the next read.
func TestPageCache_ServesUntilTheDataChanges(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ada := newVisitor(t, app, "Ada")
	page := "/assessments/" + strconv.Itoa(round)
	_, first := ada.get(t, page)
	hits0, _ := app.Server.PageCacheStats()
	_, second := ada.get(t, page)
	hits1, _ := app.Server.PageCacheStats()
	if hits1 != hits0+1 {
		t.Fatalf("second read: %d cache hits, want %d", hits1, hits0+1)
	}
	if first != second {
		t.Fatal("the kept page differs from the page it kept")
	}
	if !strings.Contains(second, `value="`+ada.csrf+`"`) {
		t.Fatal("the kept page does not carry the browser's CSRF token")
	}

	// A second browser of another account: its own token, its own name.
	bo := newVisitor(t, app, "Bo")
	_, bos := bo.get(t, page)
	if !strings.Contains(bos, `value="`+bo.csrf+`"`) || strings.Contains(bos, ada.csrf) {
		t.Fatal("another browser got the first browser's token")
	}
	if !strings.Contains(bos, "Signed in as Bo") || strings.Contains(bos, "Signed in as Ada") {
		t.Fatal("another account got the first account's page")
	}

	// A save through the web is on the next read of the rating's history.
	hist := ratingPath(round, recs[0].ID)
	_, before := ada.get(t, hist)
	version := int(savedRating(t, ada, round, recs[0].ID)["version"].(float64))
	commentary := "Cached page test " + strconv.Itoa(version)
	if strings.Contains(before, commentary) {
		t.Fatal("the commentary is there before it was saved")
	}
	if resp := ada.post(t, hist, ratingForm("amber", commentary, version), true); resp.StatusCode != http.StatusOK {
		t.Fatalf("save = %d", resp.StatusCode)
	}
	if _, after := ada.get(t, hist); !strings.Contains(after, commentary) {
		t.Fatal("the history page after a save does not show it")
	}

	// Downloads are kept too, until the next change.
	csv := "/assessments/" + strconv.Itoa(round) + "/export.csv"
	_, csv1 := ada.get(t, csv)
	hits2, _ := app.Server.PageCacheStats()
	if _, csv2 := ada.get(t, csv); csv2 != csv1 {
		t.Fatal("the kept CSV differs from the CSV it kept")
	}
	if hits3, _ := app.Server.PageCacheStats(); hits3 != hits2+1 {
		t.Fatalf("second CSV download: %d cache hits, want %d", hits3, hits2+1)
	}
	if !strings.Contains(csv1, commentary) {
		t.Fatal("the CSV does not hold the saved commentary")
	}
	later := commentary + ", then changed"
	if resp := ada.post(t, hist, ratingForm("green", later, version+1), true); resp.StatusCode != http.StatusOK {
		t.Fatalf("second save = %d", resp.StatusCode)
	}
	if _, csv3 := ada.get(t, csv); !strings.Contains(csv3, later) {
		t.Fatal("the CSV after a save does not hold it")
	}

	// A write straight to the store, as another process would make it.
	_, list := ada.get(t, "/assessments")
	title := "Round written beside the server"
	if strings.Contains(list, title) {
		t.Fatal("the round is listed before it exists")
	}
	// DESIGN.md: Bristol's ONS code.
	a := &benchmark.Assessment{AuthorityCode: "E06000023", Title: title, AgreementIDs: []int{recs[0].AgreementID}}
	if err := app.Store.CreateAssessment(context.Background(), a, nil); err != nil {
		t.Fatal(err)
	}
	if _, list = ada.get(t, "/assessments"); !strings.Contains(list, title) {
		t.Fatal("the list of rounds after a write by the store does not show it")
	}
}
