package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// bristolRound is the seeded round from the appendix (datasets/assessments.csv).
func bristolRound(tb testing.TB, app *testApp) *benchmark.Assessment {
	tb.Helper()
	title := "Mitigation Validation Exercise"
	list, err := app.Store.FindAssessments(context.Background(), benchmark.AssessmentFilter{Title: &title})
	if err != nil || len(list) != 1 {
		tb.Fatalf("find the seeded round: %v (%d)", err, len(list))
	}
	return list[0]
}

// elementByID finds the element with the given id, failing the test if absent.
func elementByID(tb testing.TB, doc *html.Node, id string) *html.Node {
	tb.Helper()
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found == nil && n.Type == html.ElementNode && attr(n, "id") == id {
			found = n
		}
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == nil {
		tb.Fatalf("no element #%s", id)
	}
	return found
}

func TestRoundDownloads(t *testing.T) {
	app := newTestServer(t)
	a := bristolRound(t, app)
	base := "/assessments/" + strconv.Itoa(a.ID)

	t.Run("xlsx", func(t *testing.T) {
		resp := app.get(t, base+"/export.xlsx")
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d", resp.StatusCode)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
			t.Errorf("content type %q", ct)
		}
		if cd := resp.Header.Get("Content-Disposition"); cd != `attachment; filename="bristol-mitigation-validation-exercise.xlsx"` {
			t.Errorf("disposition %q", cd)
		}
		f, err := excelize.OpenReader(strings.NewReader(body(t, resp)))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if got := strings.Join(f.GetSheetList(), "|"); got != "Ratings|Summary|Theme prevalence|Movement|Actions|Deficit model|Reconciliation|Sources" {
			t.Errorf("sheets %s", got)
		}
	})

	t.Run("csv reads back", func(t *testing.T) {
		resp := app.get(t, base+"/export.csv")
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		data := body(t, resp)
		ctx := context.Background()
		ref, err := ingest.LoadReference(ctx, app.Store)
		if err != nil {
			t.Fatal(err)
		}
		list, err := app.Store.FindAgreements(ctx, benchmark.AgreementFilter{})
		if err != nil {
			t.Fatal(err)
		}
		ratings, err := ingest.ParseRatings([]byte(data), ref, list)
		if err != nil {
			t.Fatalf("the download does not import: %v", err)
		}
		count := map[benchmark.RAG]int{}
		for _, r := range ratings {
			count[r.RAG]++
		}
		// Appendix A: 27 recommendations; 3 Green, 4 Amber, 3 Red, 17 not rated.
		if len(ratings) != 27 || count[benchmark.Green] != 3 || count[benchmark.Amber] != 4 || count[benchmark.Red] != 3 || count[benchmark.NotRated] != 17 {
			t.Errorf("read back %d ratings: %v", len(ratings), count)
		}
	})

	t.Run("unknown round", func(t *testing.T) {
		for _, path := range []string{"/assessments/9999/export.xlsx", "/assessments/9999/export.csv", "/assessments/9999/report", "/assessments/x/report"} {
			if resp := app.get(t, path); resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s: status %d, want 404", path, resp.StatusCode)
			}
		}
	})

	t.Run("links on the round's page", func(t *testing.T) {
		doc := parseHTML(t, body(t, app.get(t, base)))
		links := map[string]bool{}
		for _, a := range findAll(elementByID(t, doc, "round-downloads"), "a", nil) {
			links[attr(a, "href")] = true
		}
		for _, want := range []string{base + "/export.xlsx", base + "/export.csv", base + "/report", "/compare?round=" + strconv.Itoa(a.ID)} {
			if !links[want] {
				t.Errorf("no link to %s on the round's page", want)
			}
		}
	})
}
