package ingest_test

import (
	"encoding/csv"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

// shipped reads the shipped reference data and agreements without a
// database.
func shipped(tb testing.TB) (*ingest.Reference, []*benchmark.Agreement) {
	tb.Helper()
	read := func(name string) []byte {
		data, err := fs.ReadFile(datasets.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		return data
	}
	auths, err := ingest.ParseAuthorities(read("authorities.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	tax, err := ingest.ReadTaxonomy(datasets.FS)
	if err != nil {
		tb.Fatal(err)
	}
	ref := &ingest.Reference{Authorities: auths, Taxonomy: tax}
	names, _ := fs.Glob(datasets.FS, "agreements/*.csv")
	var all []*benchmark.Agreement
	for _, name := range names {
		list, err := ingest.ParseAgreements(read(name), ref)
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		all = append(all, list...)
	}
	ref.Held = ingest.HeldRounds(all) // as LoadReference finds them in a seeded store
	return ref, all
}

// readSet parses one of the labelled sets in testdata.
func readSet(t *testing.T, ref *ingest.Reference, name string) []*benchmark.Agreement {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	list, err := ingest.ParseAgreements(data, ref)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return list
}

// TestSuggestionQuality is the evaluation the issue asks for; `make eval`
// runs it verbosely to print the figures: leave-one-agreement-out over the
// shipped agreements, cross-validation over every labelled recommendation
// (the agreements and datasets/theme-examples.csv, a council at a time),
// and the held-out set (testdata/heldout.md), learnt from both.
func TestSuggestionQuality(t *testing.T) {
	ref, agreements := shipped(t)
	lao := ingest.LeaveOneAgreementOut(ref.Taxonomy, agreements)
	t.Logf("leave-one-agreement-out over %d mapped recommendations of the shipped agreements, learning from the others and the labelled examples:\n%s", lao.Recommendations, lao)
	for _, m := range lao.Misses {
		t.Logf("leave-one-agreement-out miss: %s", m)
	}
	cv := ingest.CrossValidate(ref.Taxonomy, agreements)
	t.Logf("cross-validation over %d labelled recommendations, a council at a time (looked at while tuning):\n%s", cv.Recommendations, cv)
	for _, m := range cv.Misses {
		t.Logf("cross-validation miss: %s", m)
	}
	heldOut := append(readSet(t, ref, "testdata/heldout-a.csv"), readSet(t, ref, "testdata/heldout-b.csv")...)
	ho := ingest.HeldOut(ref.Taxonomy, agreements, heldOut)
	t.Logf("HELD-OUT set (testdata/heldout-a.csv and heldout-b.csv, never tuned on), learning from the shipped agreements and the labelled examples:\n%s", ho)
	for _, m := range ho.Misses {
		t.Logf("HELD-OUT miss: %s", m)
	}
	fourth := readSet(t, ref, "testdata/readers/fourth-set.csv")
	agree := ingest.CompareReaders(fourth, secondReader(t, "testdata/readers/fourth-set-second-reader.csv"))
	t.Logf("a second reader labelling the fourth held-out set apart (testdata/readers) agrees with its writer: theme %d/%d = %.1f%%, sub-theme %d/%d = %.1f%%, exact %d/%d = %.1f%%",
		agree.ThemeCorrect, agree.Recommendations, 100*agree.ThemeAccuracy(), agree.SubThemeCorrect, agree.SubThemeCases, 100*agree.SubThemeAccuracy(),
		agree.PairCorrect, agree.Recommendations, 100*agree.PairAccuracy())
	// testdata/examples-writer-d.md: the fourth set has 55 recommendations.
	if agree.Recommendations != 55 {
		t.Errorf("the second reader labelled %d of the fourth set's 55 recommendations", agree.Recommendations)
	}
	// Appendix A: 27 distinct recommendations, every one mapped.
	if lao.Recommendations != 27 {
		t.Errorf("evaluated %d recommendations, want 27", lao.Recommendations)
	}
	// testdata/heldout.md: 58 and 61 recommendations, 50 and 49 with a
	// sub-theme.
	if ho.Recommendations != 119 || ho.SubThemeCases != 99 {
		t.Errorf("held-out set has %d recommendations (%d with a sub-theme), want 119 (99)", ho.Recommendations, ho.SubThemeCases)
	}
	floor := func(e ingest.Evaluation) bool {
		return e.ThemeAccuracy() >= 0.95 && e.SubThemeAccuracy() >= 0.85
	}
	if !floor(lao) {
		t.Errorf("leave-one-agreement-out below the issue's floor (theme 95%%, sub-theme 85%%):\n%s", lao)
	}
	if !floor(ho) {
		t.Logf("NOT MET: held-out below the issue's floor (theme 95%%, sub-theme 85%%): theme %.1f%%, sub-theme %.1f%%",
			100*ho.ThemeAccuracy(), 100*ho.SubThemeAccuracy())
	}
}

// secondReader reads a second reader's labels (authority, reference,
// theme, sub_theme), keyed as ingest.CompareReaders wants; the first label
// of each recommendation is the one compared.
func secondReader(t *testing.T, name string) map[string]benchmark.Mapping {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]benchmark.Mapping{}
	for _, r := range rows[1:] {
		key := r[0] + " " + r[1]
		if _, ok := out[key]; !ok {
			out[key] = benchmark.Mapping{Theme: r[2], SubTheme: r[3]}
		}
	}
	return out
}

// Every reason given for a suggestion is words of the text, and a text
// with nothing to go on is not given a confident suggestion.
func TestSuggest_WhyIsTheTextsWords(t *testing.T) {
	ref, agreements := shipped(t)
	s := ingest.NewSuggester(ref.Taxonomy, ingest.Recommendations(agreements))
	text := "Secure contributions from the NHS towards the cost of joint placements."
	sg := s.Suggest(text)
	if len(sg.Why) == 0 {
		t.Fatalf("suggestion %+v gives no reason", sg)
	}
	for _, w := range sg.Why {
		if !strings.Contains(strings.ToLower(text), w) {
			t.Errorf("reason %q is not words of %q", w, text)
		}
	}
	if m := s.Mapping(text); m == nil || len(m.Why) != len(sg.Why) {
		t.Errorf("mapping %+v does not keep the reasons %q", m, sg.Why)
	}
	if none := s.Suggest("Zebra quartz."); none.Confidence >= benchmark.LowConfidence || len(none.Why) != 0 {
		t.Errorf("text with no evidence: %+v, want low confidence and no reason", none)
	}
}
