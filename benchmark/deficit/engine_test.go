package deficit_test

import (
	"math"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
)

// toy is a small authority with round numbers, so expected values are
// worked by hand.
func toy(savingsInSpend bool) *deficit.Inputs {
	return &deficit.Inputs{
		Authority: "Toy", Label: "toy", OpeningYear: 2023, OpeningDeficit: 10, SavingsInSpend: savingsInSpend,
		Years: []deficit.YearInput{
			{Year: 2024, Funding: 100, Spend: 104, Contributions: 2, Transfers: 1},
			{Year: 2025, Funding: 100, Spend: 100, Contributions: 2, Transfers: 1},
			{Year: 2026, Funding: 100, Spend: 98, Contributions: 2, Transfers: 1},
		},
		Schemes: []deficit.Scheme{{ID: "a", Name: "A", Savings: []float64{1, 2, 3}}},
	}
}

func TestProjectToy(t *testing.T) {
	p, err := deficit.Project(toy(true), nil, &deficit.Forecast{Caption: "plan", Points: []deficit.Point{{Year: 2025, Deficit: 8}}})
	if err != nil {
		t.Fatal(err)
	}
	// 10 + 4 − 3 = 11; 11 + 0 − 3 = 8; 8 − 2 − 3 = 3.
	want := []float64{11, 8, 3}
	for i, y := range p.Years {
		if math.Abs(y.Deficit-want[i]) > 1e-9 {
			t.Errorf("%s = %v, want %v", y.Year, y.Deficit, want[i])
		}
	}
	if p.FirstBalancedYear != 2025 || p.ClearedYear != 0 || p.ClearedText() != "not by 2026/27" {
		t.Errorf("balanced %s cleared %s %q", p.FirstBalancedYear, p.ClearedYear, p.ClearedText())
	}
	if g := p.Years[1]; !g.HasGap || g.Gap != 0 || p.Years[0].HasGap {
		t.Errorf("gaps = %+v", p.Years)
	}
	if s := p.Years[0].Share; math.Abs(s-0.11) > 1e-12 {
		t.Errorf("share = %v", s)
	}
}

// TestSavingsCountedOnce: the same plan, with spend given net or gross of
// savings, projects the same deficits.
func TestSavingsCountedOnce(t *testing.T) {
	net := toy(true)
	gross := toy(false)
	for i := range gross.Years {
		gross.Years[i].Spend += gross.Schemes[0].Savings[i]
	}
	tests := []*deficit.Scenario{
		nil,
		{Savings: []deficit.SchemeChange{{Scheme: "a", SlipYears: 1}}},
		{Savings: []deficit.SchemeChange{{Scheme: "*", DeliveryPct: ptr(50)}}},
	}
	for i, sc := range tests {
		a, _ := deficit.Project(net, sc, nil)
		b, _ := deficit.Project(gross, sc, nil)
		for k := range a.Years {
			if math.Abs(a.Years[k].Deficit-b.Years[k].Deficit) > 1e-9 {
				t.Errorf("scenario %d %s: net %v gross %v", i, a.Years[k].Year, a.Years[k].Deficit, b.Years[k].Deficit)
			}
		}
	}
	// A one-year slip costs 1 + 1 + 1 = 3 by the end (1, 2−1, 3−2).
	a, _ := deficit.Project(net, tests[1], nil)
	base, _ := deficit.Project(net, nil, nil)
	if d := a.Final().Deficit - base.Final().Deficit; math.Abs(d-3) > 1e-9 {
		t.Errorf("slip cost %v, want 3", d)
	}
}

func ptr(v float64) *float64 { return &v }

func TestScenarioLevers(t *testing.T) {
	in := toy(true)
	base, _ := deficit.Project(in, nil, nil)
	tests := []struct {
		name string
		sc   deficit.Scenario
		want float64 // change in final deficit
	}{
		{"withhold 2025/26", deficit.Scenario{Withhold: []deficit.Year{2025}}, 2},
		{"no transfers", deficit.Scenario{TransfersPct: ptr(0)}, 3},
		{"funding +10% from 2026/27", deficit.Scenario{From: 2026, FundingUpliftPct: 10}, -10},
		{"spend +10% from 2026/27", deficit.Scenario{From: 2026, SpendGrowthPct: 10}, 9.8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := deficit.Project(in, &tt.sc, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := p.Final().Deficit - base.Final().Deficit; math.Abs(d-tt.want) > 1e-9 {
				t.Errorf("change %v, want %v", d, tt.want)
			}
		})
	}
}

func TestScenarioParseAndValidate(t *testing.T) {
	good := `{"name":"x","savings":[{"scheme":"*","slip_years":1},{"scheme":"a","delivery_pct":50}],"from":"2025/26","funding_uplift_pct":1,"withhold_contributions":["2024/25"]}`
	sc, err := deficit.ParseScenario(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if err := sc.Validate(toy(true)); err != nil {
		t.Fatal(err)
	}
	if sc.From != 2025 || sc.Withhold[0] != 2024 || *sc.Savings[1].DeliveryPct != 50 {
		t.Errorf("parsed %+v", sc)
	}
	for _, bad := range []string{
		`{"savings":[{"scheme":"zzz"}]}`,
		`{"savings":[{"scheme":"a","delivery_pct":-5}]}`,
		`{"withhold_contributions":["2030/31"]}`,
		`{"funding_uplift_pct":500}`,
	} {
		sc, err := deficit.ParseScenario(strings.NewReader(bad))
		if err == nil {
			err = sc.Validate(toy(true))
		}
		if err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	for _, bad := range []string{`{"colour":"red"}`, `{} {}`, `{"from":"soon"}`} {
		if _, err := deficit.ParseScenario(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: no parse error", bad)
		}
	}
}

func TestCompareSummaries(t *testing.T) {
	in := toy(true)
	in.Years[2].Spend = 90 // clears in 2026/27: 8 − 10 − 3 < 0
	base, _ := deficit.Project(in, nil, nil)
	tests := []struct {
		sc    deficit.Scenario
		shift int
		say   string
	}{
		{deficit.Scenario{Name: "same"}, 0, "still clears in 2026/27"},
		{deficit.Scenario{Name: "worse", SpendGrowthPct: 10}, 1, "does not clear by 2026/27, at least 1 year later"},
		{deficit.Scenario{Name: "better", FundingUpliftPct: 10}, -1, "1 year earlier"},
	}
	for _, tt := range tests {
		p, _ := deficit.Project(in, &tt.sc, nil)
		c := deficit.Compare(base, p)
		if c.Shift != tt.shift || !strings.Contains(c.Summary, tt.say) {
			t.Errorf("%s: shift %d summary %q", tt.sc.Name, c.Shift, c.Summary)
		}
	}
}

// TestCompareSummaryAmounts: the summaries print money as every page
// does, "£5.000m", with a sign on the change and no negative zero.
func TestCompareSummaryAmounts(t *testing.T) {
	in := toy(true) // ends 2026/27 at 3, not cleared
	base, _ := deficit.Project(in, nil, nil)
	tests := []struct {
		sc   deficit.Scenario
		want string
	}{
		// Withholding 2026/27's contribution of 2 leaves 3 + 2 = 5.
		{deficit.Scenario{Name: "withheld", Withhold: []deficit.Year{2026}}, `"withheld" leaves £5.000m (+£2.000m against the base).`},
		// Half as much again of each transfer of 1: 3 − 3 × 0.5 = 1.5.
		{deficit.Scenario{Name: "more", TransfersPct: ptr(150)}, `"more" leaves £1.500m (−£1.500m against the base).`},
		{deficit.Scenario{Name: "same"}, `"same" leaves £3.000m (£0.000m against the base).`},
	}
	for _, tt := range tests {
		p, _ := deficit.Project(in, &tt.sc, nil)
		if c := deficit.Compare(base, p); !strings.HasSuffix(c.Summary, tt.want) {
			t.Errorf("summary %q, want it to end %q", c.Summary, tt.want)
		}
	}
	in.Years[2].Spend = 90 // the base clears in 2026/27
	base, _ = deficit.Project(in, nil, nil)
	// Spend 10% a year higher: 10 + 14.4 − 3 = 21.4; + 21 − 3 = 39.4; + 19.79 − 3 = 56.19.
	p, _ := deficit.Project(in, &deficit.Scenario{Name: "worse", SpendGrowthPct: 10}, nil)
	if c := deficit.Compare(base, p); !strings.HasSuffix(c.Summary, "; £56.190m is left in 2026/27.") {
		t.Errorf("summary %q", c.Summary)
	}
}
