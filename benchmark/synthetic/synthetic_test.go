package synthetic_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
)

func templates() ([]*benchmark.Authority, []*benchmark.Agreement) {
	auths := []*benchmark.Authority{{ONSCode: "E1", Name: "Alpha"}, {ONSCode: "E2", Name: "Beta"}, {ONSCode: "E3", Name: "Gamma"}}
	tpl := []*benchmark.Agreement{{Parties: auths[:1], Recommendations: []*benchmark.Recommendation{
		{Text: "Support schools in Alpha.", Mappings: []*benchmark.Mapping{{Theme: "T", SubTheme: "S"}}},
	}}}
	return auths, tpl
}

func TestGenerate_SameSeedSameData(t *testing.T) {
	auths, tpl := templates()
	opts := synthetic.Options{Authorities: 3, Agreements: 6, Rounds: 2, Seed: 7}
	a, err := synthetic.Generate(opts, auths, tpl)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := synthetic.Generate(opts, auths, tpl)
	if !reflect.DeepEqual(a, b) {
		t.Error("same seed gave different data")
	}
	if len(a.Agreements) != 6 || len(a.Assessments) != 3*2 { // two rounds for each of three authorities

		t.Fatalf("got %d agreements, %d rounds", len(a.Agreements), len(a.Assessments))
	}
	for _, ag := range a.Agreements {
		if n := len(ag.Recommendations); n < 5 || n > 12 {
			t.Errorf("%s: %d recommendations, want 5..12", ag.Title, n)
		}
		party := ag.Parties[0].Name
		for _, r := range ag.Recommendations {
			if r.Text != "Support schools in "+party+"." {
				t.Errorf("text %q not adapted to %s", r.Text, party)
			}
		}
	}
}

func TestGenerate_BadOptions(t *testing.T) {
	auths, tpl := templates()
	for _, o := range []synthetic.Options{{Authorities: 0}, {Authorities: 4}, {Authorities: 1, Agreements: -1}} {
		if _, err := synthetic.Generate(o, auths, tpl); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}

// A synthetic agreement never takes an authority's round that an agreement
// held has, nor one another synthetic agreement has: Bury's 2020-21 round
// is held (datasets/agreements/2020-21.csv), so Bury's synthetic agreement
// of that round moves to the latest free round before it.
func TestGenerate_OneAgreementAnAuthorityARound(t *testing.T) {
	bury := &benchmark.Authority{ONSCode: "E08000002", Name: "Bury"}
	held := &benchmark.Agreement{FinancialYear: "2020-21", Parties: []*benchmark.Authority{bury},
		Recommendations: []*benchmark.Recommendation{{Reference: "1", Text: "Review Bury's placements."}}}
	d, err := synthetic.Generate(synthetic.Options{Authorities: 1, Agreements: 3, Seed: 1}, []*benchmark.Authority{bury}, []*benchmark.Agreement{held})
	if err != nil {
		t.Fatal(err)
	}
	var rounds []string
	for _, a := range d.Agreements {
		rounds = append(rounds, a.FinancialYear)
	}
	if want := []string{"2019-20", "2021-22", "2022-23"}; !slices.Equal(rounds, want) {
		t.Errorf("Bury's synthetic rounds %q, want %q", rounds, want)
	}
}
