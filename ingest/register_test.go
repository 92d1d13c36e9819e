package ingest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

// The shipped register names 37 of the 38 agreements: 5 in 2020-21, 9 in
// 2021-22, 19 of 20 in 2022-23 and 4 in 2023-24 (reference README, copied
// with the register into datasets/).
func TestShippedRegister_CountsPerRound(t *testing.T) {
	reg, err := ingest.ReadShippedRegister(datasets.FS)
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]int{}
	for _, e := range reg.Entries {
		named[e.Round]++
		if len(e.Sources) == 0 {
			t.Errorf("%s %s has no sources", e.Authority, e.Round)
		}
		for _, s := range e.Sources {
			if !strings.HasPrefix(s, "http") {
				t.Errorf("%s %s: source %q is not a page address", e.Authority, e.Round, s)
			}
		}
		for _, ev := range e.Events {
			if len(ev.Sources) == 0 {
				t.Errorf("%s %s: event %q has no sources", e.Authority, e.Round, ev.Text)
			}
		}
	}
	want := map[string]int{"2020-21": 5, "2021-22": 9, "2022-23": 19, "2023-24": 4}
	for round, n := range want {
		if named[round] != n {
			t.Errorf("%s: %d named, want %d", round, named[round], n)
		}
	}
	published := map[string]int{}
	for _, r := range reg.Rounds {
		published[r.Round] = r.Published
	}
	if published["2022-23"] != 20 || len(reg.Entries) != 37 {
		t.Errorf("2022-23 published %d, named in all %d; want 20 and 37", published["2022-23"], len(reg.Entries))
	}
	for _, ev := range reg.Events {
		if ev.Source == "" {
			t.Errorf("programme event %q has no source", ev.Text)
		}
	}
}

func TestShippedRegister_Facts(t *testing.T) {
	reg, err := ingest.ReadShippedRegister(datasets.FS)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]*benchmark.RegisterEntry{}
	for _, e := range reg.Entries {
		by[e.Authority] = e
	}
	// The register's Kent row: £140,000,000, published 2023-03-16.
	if k := by["Kent"]; k == nil || k.FundingGBP == nil || *k.FundingGBP != 140000000 || k.Published != "2023-03-16" {
		t.Fatalf("Kent = %+v", k)
	}
	// Stoke-on-Trent's row has no funding: not stated.
	if s := by["Stoke-on-Trent"]; s.FundingGBP != nil || s.Funding() != "" {
		t.Errorf("Stoke-on-Trent funding = %v", s.FundingGBP)
	}
	// Dorset was published in March 2022, the day not stated.
	if d := by["Dorset"]; d.Published != "2022-03" || d.PublishedText() != "March 2022" {
		t.Errorf("Dorset published %q shown %q", d.Published, d.PublishedText())
	}
	// Dorset: "21 Mar 2024: DfE marked agreement 'currently under review'".
	if d := by["Dorset"]; d.Events[0].Date != "2024-03-21" || d.Events[0].Kind != benchmark.EventUnderReview || d.Status() != benchmark.EventUnderReview {
		t.Errorf("Dorset first event %+v, status %q", d.Events[0], d.Status())
	}
	// Kirklees: "21 Mar 2024 reviewed and extended (now nine years)".
	if k := by["Kirklees"]; k.Status() != benchmark.EventExtended {
		t.Errorf("Kirklees status %q", k.Status())
	}
	// Bristol: "judicial review dismissed 10 Apr 2025".
	found := false
	for _, ev := range by["Bristol, City of"].Events {
		if ev.Kind == benchmark.EventCourtRuling && ev.Date == "2025-04-10" {
			found = true
		}
	}
	if !found {
		t.Errorf("Bristol has no court ruling on 10 April 2025: %+v", by["Bristol, City of"].Events)
	}
	// Wokingham: "FOI: no DfE payments withheld" is not a withholding.
	for _, ev := range by["Wokingham"].Events {
		if ev.Kind == benchmark.EventWithheld {
			t.Errorf("Wokingham %q read as payments withheld", ev.Text)
		}
	}
	// Merton's only event gives no date: kept as undated text.
	if m := by["Merton"]; len(m.Events) != 1 || m.Events[0].Date != "" || m.Events[0].Kind != benchmark.EventFundingProfile {
		t.Errorf("Merton events %+v", m.Events)
	}
}

func TestParseRegisterEvents_NoteWithoutDate(t *testing.T) {
	evs := ingest.ParseRegisterEvents("Pledged to eliminate deficit by 2025-26; warned June 2022 it would overspend; Dec 2024 requested extension; DfE did not extend the agreement", []string{"https://example.org/a"})
	if len(evs) != 4 {
		t.Fatalf("%d events", len(evs))
	}
	if evs[0].Date != "" || evs[0].Kind != benchmark.EventNote {
		t.Errorf("first = %+v: a year range is not a date", evs[0])
	}
	if evs[1].Date != "2022-06" || evs[2].Date != "2024-12" {
		t.Errorf("dates %q %q", evs[1].Date, evs[2].Date)
	}
	if evs[3].Kind == benchmark.EventExtended {
		t.Errorf("'did not extend' read as extended")
	}
	if evs[3].Sources[0] != "https://example.org/a" {
		t.Errorf("event lost its row's sources")
	}
}

func TestParseRegister_RefusesBadRowsWithLineAndColumn(t *testing.T) {
	data0, err := datasets.FS.ReadFile("authorities.csv")
	if err != nil {
		t.Fatal(err)
	}
	auths, err := ingest.ParseAuthorities(data0)
	if err != nil {
		t.Fatal(err)
	}
	ref := &ingest.Reference{Authorities: auths}
	data := "ons_code,authority,round,published,published_note,dfe_funding_gbp,events,sources\n" +
		"E10000016,Kent,2022-23,2023-03-16,,140000000,,https://example.org/kent\n" +
		"E99999999,Nowhere,22-23,16/03/2023,,lots,,\n" +
		"E10000016,Kent,2022-23,2023-03,,,,https://example.org/kent\n"
	_, err = ingest.ParseRegister([]byte(data), ref)
	var ps ingest.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v, want problems", err)
	}
	want := []string{"line 3, column ons_code", "line 3, column round", "line 3, column published", "line 3, column dfe_funding_gbp", "line 3, column sources", "line 4, column round"}
	got := err.Error()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("problems lack %q:\n%s", w, got)
		}
	}
}

func TestRegisterEntry_Funding(t *testing.T) {
	for v, want := range map[float64]string{140000000: "£140m", 33500000: "£33.5m", 20528000: "£20.53m", 12690000: "£12.69m"} {
		e := &benchmark.RegisterEntry{FundingGBP: &v}
		if got := e.Funding(); got != want {
			t.Errorf("%v: %q, want %q", v, got, want)
		}
	}
}
