package bury_test

import (
	"math"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/models/bury"
)

func TestRegistered(t *testing.T) {
	reg := deficit.NewRegistry()
	reg.Register(model(t).Driver())
	m, err := reg.Open("bury", deficit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if info := m.Info(); info.Authority != "Bury" || info.AuthorityCode != "E08000002" {
		t.Errorf("info = %+v", info)
	}
}

// TestReplaysPublishedProfiles: the engine, run over the model's inputs,
// reproduces the 14 and 16 Dec forecasts (seed lines 104-117).
func TestReplaysPublishedProfiles(t *testing.T) {
	want := map[string][]float64{
		bury.TableRevised14: {21.407, 22.172, 17.644, 12.223, 4.671, -3.586},
		bury.TableRevised16: {21.407, 22.172, 16.141, 9.108, -0.207, -10.357},
	}
	r, err := deficit.NewReport(model(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	for id, w := range want {
		p := r.Replays[id]
		if p == nil {
			t.Fatalf("no replay of %s", id)
		}
		for i, pt := range p.Deficits() {
			if math.Abs(pt.Deficit-w[i]) > 0.0005 {
				t.Errorf("%s %s = %.4f, want %.3f", id, pt.Year, pt.Deficit, w[i])
			}
		}
	}
	// The agreed profile (Table 1) has no inputs and is the gap baseline.
	if r.Base.Agreed != "Agreed recovery forecast as at Jan 2021" {
		t.Errorf("agreed = %q", r.Base.Agreed)
	}
	// 2022/23 gap: 16.141 − 13.241 = 2.900 (seed lines 87 and 115).
	if g := r.Base.Years[1]; !g.HasGap || math.Abs(g.Gap-2.9) > 0.0005 {
		t.Errorf("2022/23 gap = %+v, want 2.900", g)
	}
	if r.Base.ClearedYear != 2024 || r.Base.FirstBalancedYear != 2022 {
		t.Errorf("cleared %s balanced %s, want 2024/25 and 2022/23", r.Base.ClearedYear, r.Base.FirstBalancedYear)
	}
}

// TestDerivedItemsLabelled: every year's contribution or transfer the
// report does not print is explained.
func TestDerivedItemsLabelled(t *testing.T) {
	in := model(t).Inputs()
	for _, y := range in.Years {
		found := false
		for _, d := range in.Derivations {
			if d.Year == y.Year && strings.HasPrefix(d.Name, "Funding from outside") && d.How != "" {
				found = true
				// contributions + transfers must equal the balancing item.
				if math.Abs(d.Value-y.Contributions-y.Transfers) > 1e-9 {
					t.Errorf("%s: %.3f + %.3f != %.3f", y.Year, y.Contributions, y.Transfers, d.Value)
				}
			}
		}
		if !found {
			t.Errorf("%s has no derivation", y.Year)
		}
	}
}

// TestSavingsOneYearLate is the scenario: all savings delivered a
// year late move the year the deficit clears, and the output says by how
// much. The 16 Dec forecast clears in 2024/25 (seed line 115).
func TestSavingsOneYearLate(t *testing.T) {
	sc := &deficit.Scenario{Name: "All savings a year late", Savings: []deficit.SchemeChange{{Scheme: deficit.AllSchemes, SlipYears: 1}}}
	r, err := deficit.NewReport(model(t), sc)
	if err != nil {
		t.Fatal(err)
	}
	c := r.Comparison
	if c.Base != 2024 || c.Scenario != 2025 || c.Shift != 1 || c.Bounded {
		t.Fatalf("comparison = %+v, want 2024/25 → 2025/26, 1 year", c)
	}
	for _, s := range []string{"2025/26", "1 year later", "2024/25"} {
		if !strings.Contains(c.Summary, s) {
			t.Errorf("summary %q does not say %q", c.Summary, s)
		}
	}
}

// TestNothingCountedTwice: each flow reaches the deficit exactly once.
func TestNothingCountedTwice(t *testing.T) {
	m := model(t)
	in := m.Inputs()
	base, err := deficit.Project(in, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	pct := func(v float64) *float64 { return &v }
	d := m.Data()
	tests := []struct {
		name string
		sc   *deficit.Scenario
		// want is the change in the final cumulative deficit.
		want float64
	}{
		{"base scenario changes nothing", &deficit.Scenario{}, 0},
		{"all savings delivered as planned", &deficit.Scenario{Savings: []deficit.SchemeChange{{Scheme: "*", DeliveryPct: pct(100)}}}, 0},
		{
			"primary inclusion not delivered adds its savings once",
			&deficit.Scenario{Savings: []deficit.SchemeChange{{Scheme: "primary-inclusion", DeliveryPct: pct(0)}}},
			sum(in.Scheme("primary-inclusion").Savings),
		},
		{
			"schools block transfer withheld adds the transfers once",
			&deficit.Scenario{TransfersPct: pct(0)},
			sumTransfers(in),
		},
		{
			"a DfE contribution withheld adds it once",
			&deficit.Scenario{Withhold: []deficit.Year{2023}},
			in.Years[in.Index(2023)].Contributions,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := deficit.Project(in, tt.sc, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.Final().Deficit - base.Final().Deficit; math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("final deficit moved %.4f, want %.4f", got, tt.want)
			}
		})
	}
	t.Run("base spend is the published spend", func(t *testing.T) {
		for _, y := range base.Years {
			h, _ := d.HNBYear(y.Year)
			if y.Spend != h.Spend.Value || y.Funding != h.Funding.Value {
				t.Errorf("%s spend %.3f funding %.3f, want the published %.3f / %.3f", y.Year, y.Spend, y.Funding, h.Spend.Value, h.Funding.Value)
			}
		}
	})
	t.Run("the schools block transfer is not a saving scheme", func(t *testing.T) {
		if in.Scheme("schools-block-transfer") != nil {
			t.Error("the schools block transfer is among the savings schemes")
		}
		// 2022/23 transfer is Table 4's 0.700 (seed line 299).
		if got := in.Years[in.Index(2022)].Transfers; got != 0.700 {
			t.Errorf("2022/23 transfers = %v, want 0.700", got)
		}
	})
	t.Run("every flow accounted once", func(t *testing.T) {
		flows := base.OpeningDeficit
		for _, y := range base.Years {
			flows += y.Spend - y.Funding - y.Contributions - y.Transfers
		}
		if math.Abs(flows-base.Final().Deficit) > 1e-9 {
			t.Errorf("opening + flows = %.4f, closing %.4f", flows, base.Final().Deficit)
		}
	})
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

func sumTransfers(in *deficit.Inputs) float64 {
	s := 0.0
	for _, y := range in.Years {
		s += y.Transfers
	}
	return s
}

func TestSavingsByTheme(t *testing.T) {
	ts, err := model(t).SavingsByTheme()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]deficit.ThemeSavings{}
	for _, th := range ts {
		names[th.Theme] = th
	}
	for _, n := range []string{"Local Placement Sufficiency and Managing Demand", "Data, Outcomes and Digital", "Financial Efficiencies"} {
		if _, ok := names[n]; !ok {
			t.Errorf("theme %q missing", n)
		}
	}
	total, transfers := 0.0, 0.0
	for _, th := range ts {
		total += th.Savings
		transfers += th.Transfers
	}
	// Seed line 309: 5.292 by 2024/25, less the 0.742 transfer (line 299),
	// with the out-of-borough row read cumulatively, as the running sum of
	// its year-on-year figures −0.230 + 0.366 + 0.558 (line 303).
	want := 5.292 - 0.742 - 0.558 + (-0.230 + 0.366 + 0.558)
	if math.Abs(total-want) > 1e-6 || math.Abs(transfers-0.742) > 1e-9 {
		t.Errorf("savings %.4f transfers %.4f, want %.4f and 0.742", total, transfers, want)
	}
}

// TestPresetScenarios: every shipped preset runs and the "a year late"
// preset matches the scenario.
func TestPresetScenarios(t *testing.T) {
	m := model(t)
	presets, err := m.Scenarios()
	if err != nil || len(presets) == 0 {
		t.Fatalf("presets = %v, %v", presets, err)
	}
	for _, sc := range presets {
		r, err := deficit.NewReport(m, &sc)
		if err != nil {
			t.Fatalf("%s: %v", sc.Name, err)
		}
		if r.Comparison == nil || r.Comparison.Summary == "" {
			t.Errorf("%s: no comparison", sc.Name)
		}
		if sc.Name == "All savings a year late" && r.Comparison.Shift != 1 {
			t.Errorf("%s: shift %d", sc.Name, r.Comparison.Shift)
		}
	}
}
