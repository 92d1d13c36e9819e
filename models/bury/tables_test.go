package bury_test

import (
	"math"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/models/bury"
)

// The expected values in this file are typed from the seed document
// ../shared/seeds/000_dc3c81caf904f4b4.txt (Bury Schools' Forum report,
// January 2022); each block cites the seed lines it comes from.

func data(t testing.TB) *bury.Data {
	t.Helper()
	return model(t).Data()
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTablesByCaption(t *testing.T) {
	d := data(t)
	// Captions: seed lines 89, 107, 117, 130, 286, 312, 368, 386, 427.
	want := []struct{ id, number, caption string }{
		{bury.TableAgreed, "1", "Agreed recovery forecast as at Jan 2021"},
		{bury.TableRevised14, "2", "Revised recovery forecast as at 14 Dec 2021"},
		{bury.TableRevised16, "3", "Revised recovery forecast as at 16 Dec 2021"},
		{bury.TableHNB, "3", "High Needs Block sustainability forecast as at 16 December 2021"},
		{bury.TableCapital, "3", "Proposed SEND sufficiency capital programme"},
		{bury.TableSavings, "4", "SEND transformation programme savings"},
		{bury.TableOOB, "5", "Reduction in out of borough placements"},
		{bury.TableAP, "6", "Reduction in AP placements"},
		{bury.TableRisks, "7", "Headline risks (December 2021)"},
	}
	if len(d.Tables) != len(want) {
		t.Fatalf("tables = %d, want %d", len(d.Tables), len(want))
	}
	for _, w := range want {
		got, ok := d.Table(w.id)
		if !ok || got.PrintedNumber != w.number || got.Caption != w.caption {
			t.Errorf("table %s = %+v, want Table %s - %s", w.id, got, w.number, w.caption)
		}
	}
}

func TestRecoveryForecasts(t *testing.T) {
	d := data(t)
	tests := []struct {
		table string
		from  deficit.Year
		want  []float64
	}{
		// Table 1, seed lines 86-89.
		{bury.TableAgreed, 2020, []float64{19.543, 16.732, 13.241, 8.016, 0.055}},
		// Table 2, seed lines 104-107 ("-3.586 surplus").
		{bury.TableRevised14, 2020, []float64{21.407, 22.172, 17.644, 12.223, 4.671, -3.586}},
		// Table 3 (16 Dec), seed lines 114-117.
		{bury.TableRevised16, 2020, []float64{21.407, 22.172, 16.141, 9.108, -0.207, -10.357}},
	}
	for _, tt := range tests {
		t.Run(tt.table, func(t *testing.T) {
			rows := d.Forecast(tt.table)
			if len(rows) != len(tt.want) {
				t.Fatalf("rows = %d, want %d", len(rows), len(tt.want))
			}
			for i, r := range rows {
				if r.Year != tt.from+deficit.Year(i) || !near(r.Deficit.Value, tt.want[i]) {
					t.Errorf("row %d = %s %v, want %s %v", i, r.Year, r.Deficit.Value, tt.from+deficit.Year(i), tt.want[i])
				}
			}
		})
	}
	if got := d.Forecast(bury.TableRevised14)[5].Printed; got != "-3.586 surplus" {
		t.Errorf("Table 2 2025/26 printed %q, want %q (seed line 105)", got, "-3.586 surplus")
	}
}

func TestHNBForecast(t *testing.T) {
	d := data(t)
	// Seed lines 125-128.
	funding := []float64{33.209, 35.246, 39.711, 42.888, 46.309, 50.013}
	spend := []float64{40.549, 39.171, 37.255, 38.674, 40.236, 40.628}
	variance := []float64{7.340, 3.924, -2.546, -4.214, -6.073, -9.385}
	if len(d.HNB) != 6 {
		t.Fatalf("rows = %d, want 6", len(d.HNB))
	}
	for i, r := range d.HNB {
		if r.Year != deficit.Year(2020+i) || !near(r.Funding.Value, funding[i]) || !near(r.Spend.Value, spend[i]) || !near(r.Variance.Value, variance[i]) {
			t.Errorf("%s = %v / %v / %v, want %v / %v / %v", r.Year, r.Funding.Value, r.Spend.Value, r.Variance.Value, funding[i], spend[i], variance[i])
		}
	}
}

func TestSavingsTable(t *testing.T) {
	d := data(t)
	// Seed lines 296-310: row, total, timeline, 2021/22..2024/25 (nan = blank).
	blank := math.NaN()
	want := []struct {
		id, name, timeline string
		total              float64
		years              [4]float64
	}{
		{"school-surplus-balances", "School Surplus Balances", "", blank, [4]float64{blank, blank, blank, blank}},
		{"schools-block-transfer", "Review to consider maximum allowable transfer from Schools Block to High Needs of 0.5%", "Apr-22", 0.742, [4]float64{0.255, 0.700, 0.721, 0.742}},
		{"mainstream-ehcp-banded-top-ups", "Mainstream EHCP Banded Top-ups", "Apr-22", 0.989, [4]float64{0, 0.645, 0.689, 0.989}},
		{"moderation-review-d-plus", "Moderation - review D+", "Apr-22", 0.700, [4]float64{0, 0.700, 0.700, 0.700}},
		{"special-school-banded-model", "Revised Special School Banded Funded Model", "Apr-22", 0.500, [4]float64{blank, 0.500, 0.500, 0.500}},
		{"out-of-borough-placements", "Out of Borough Placements", "", 0.558, [4]float64{0, -0.230, 0.366, 0.558}},
		{"alternative-provision-placements", "Alternative Provision Placements", "", 0.361, [4]float64{0, 0.282, 0.359, 0.361}},
		{"non-statutory-service-sep-22", "Non Statutory Service", "Sep-22", 0.400, [4]float64{0, 0.233, 0.400, 0.400}},
		{"primary-inclusion", "Primary Inclusion", "Mar-22", 0.103, [4]float64{0.051, 0.103, 0.103, 0.103}},
		{"secondary-inclusion", "Secondary Inclusion", "Mar-22", 0.245, [4]float64{0.123, 0.245, 0.245, 0.245}},
		{"non-statutory-service", "Non Statutory Service", "Sep-22", 0.694, [4]float64{0.694, 0.694, 0.694, 0.694}},
	}
	if len(d.Schemes) != len(want) {
		t.Fatalf("schemes = %d, want %d", len(d.Schemes), len(want))
	}
	same := func(a deficit.Amount, w float64) bool {
		if math.IsNaN(w) {
			return !a.Valid
		}
		return a.Valid && near(a.Value, w)
	}
	for i, w := range want {
		s := d.Schemes[i]
		if s.ID != w.id || s.Scheme != w.name || s.Timeline != w.timeline || !same(s.Total, w.total) {
			t.Errorf("row %d = %+v, want %s %q %s %v", i+1, s, w.id, w.name, w.timeline, w.total)
		}
		for k, v := range w.years {
			if got := d.Saving(w.id, deficit.Year(2021+k)); !same(got, v) {
				t.Errorf("%s %s = %+v, want %v", w.id, deficit.Year(2021+k), got, v)
			}
		}
	}
	if s := d.Schemes[0]; s.Total.Text != "TBC" {
		t.Errorf("surplus balances total = %q, want TBC (seed line 298)", s.Total.Text)
	}
	// Seed lines 309-310.
	if got := d.SavingsTotal("total", "Total Saving"); !near(got.Value, 5.292) {
		t.Errorf("Total Saving = %v, want 5.292", got.Value)
	}
	for k, v := range [4]float64{1.123, 3.872, 4.777, 5.292} {
		if got := d.SavingsTotal("total", deficit.Year(2021+k).String()); !near(got.Value, v) {
			t.Errorf("total %d = %v, want %v", 2021+k, got.Value, v)
		}
	}
	for k, v := range [4]float64{1.123, 2.749, 0.905, 0.515} {
		if got := d.SavingsTotal("in-year", deficit.Year(2021+k).String()); !near(got.Value, v) {
			t.Errorf("in-year %d = %v, want %v", 2021+k, got.Value, v)
		}
	}
}

func TestPlacementTables(t *testing.T) {
	d := data(t)
	blank := math.NaN()
	tests := []struct {
		table, line string
		want        [4]float64
	}{
		// Table 5, seed lines 362-366.
		{bury.TableOOB, "existing", [4]float64{6732840, 6341198, 5428131, 4693095}},
		{bury.TableOOB, "new", [4]float64{blank, 621148, 1168349, 1345820}},
		{bury.TableOOB, "total", [4]float64{6732840, 6962346, 6596480, 6038915}},
		{bury.TableOOB, "change", [4]float64{blank, 229507, -136359, -693925}},
		// Table 6, seed lines 380-384.
		{bury.TableAP, "existing", [4]float64{1141934, 660188, 368352, 243403}},
		{bury.TableAP, "new", [4]float64{blank, 200148, 414593, 537133}},
		{bury.TableAP, "total", [4]float64{1141934, 860336, 782945, 780536}},
		{bury.TableAP, "change", [4]float64{blank, -281598, -358989, -361398}},
	}
	for _, tt := range tests {
		for k, w := range tt.want {
			got := d.Placement(tt.table, tt.line, deficit.Year(2021+k))
			if math.IsNaN(w) && got.Valid || !math.IsNaN(w) && (!got.Valid || got.Value != w) {
				t.Errorf("%s %s %d = %+v, want %v", tt.table, tt.line, 2021+k, got, w)
			}
		}
	}
}

func TestCapitalProgramme(t *testing.T) {
	d := data(t)
	// Seed lines 268-284.
	want := []struct {
		name        string
		places      float64
		designation string
		cost        float64
		opening     string
	}{
		{"Primary A", 10, "SEMH", 300000, "Sep-22"},
		{"Primary B", 12, "SEMH", 300000, "tbc"},
		{"Primary C", 12, "ASD/SLCN", 300000, "Sep-22"},
		{"Primary D", 12, "ASD/SLCN", 200000, "Sep-22"},
		{"Primary E", 12, "ASD/SLCN", 200000, "Sep-22"},
		{"Primary F", 12, "ASD/SLCN", 250000, "tbc"},
		{"Total Primary", 70, "", 1550000, ""},
		{"Secondary A", 12, "SEMH", 500000, "Sep-22"},
		{"Secondary B", 12, "ASD/SLCN", 500000, "tbc"},
		{"Total Secondary", 24, "", 1000000, ""},
		{"Special A", 34, "", 2000000, ""},
		{"Total Estimated Capital Costs", -1, "", 4550000, ""},
		{"DfE Grant", -1, "", 3780514, ""},
		{"Bury Contribution", -1, "", 769486, ""},
	}
	if len(d.Capital) != len(want) {
		t.Fatalf("rows = %d, want %d", len(d.Capital), len(want))
	}
	for i, w := range want {
		r := d.Capital[i]
		placesOK := (w.places < 0 && !r.Places.Valid) || r.Places.Value == w.places
		if r.Name != w.name || !placesOK || r.Designation != w.designation || r.Cost.Value != w.cost || r.Opening != w.opening {
			t.Errorf("row %d = %+v, want %+v", i+1, r, w)
		}
	}
}

func TestRisksAsData(t *testing.T) {
	risks := model(t).Risks()
	// Seed lines 410-425: ten rows, row 5 repeating row 4.
	if len(risks) != 10 {
		t.Fatalf("risks = %d, want 10", len(risks))
	}
	tests := []struct {
		row                         int
		workstream, category, owner string
	}{
		{1, "Strategy & Finance", "Mainstream School top-ups", "Steve Goodwin"},
		{2, "Strategy & Finance", "Out of Borough Placements", "Steve Goodwin/David Monger / Helen / Nikki Trayman"},
		{3, "Workforce", "Recruitment of permanent staff to new structure", "Fiona Endersby/Adam Peluch"},
		{4, "Tech & Data", "Culture change / decision making", "Alex Leslie / Helen Smith"},
		{5, "Tech & Data", "Culture change / decision making", "Alex Leslie / Helen Smith"},
		{6, "P&P", "Service delivery", "Nikki Trayman"},
		{7, "P&P", "Team capacity", "Fiona Endersby/Nikki Trayman"},
		{8, "Programme", "Leadership", "Isobel Booler"},
		{9, "Programme", "Financial recovery", "Steve Goodwin/Isobel Booler"},
		{10, "Programme", "A number of other transformation / project happening around Project Safety Valve within Bury Council", "Isabel Booler/Paul Cooke"},
	}
	for i, tt := range tests {
		r := risks[i]
		if r.Row != tt.row || r.Workstream != tt.workstream || r.Category != tt.category || r.Owner != tt.owner {
			t.Errorf("risk %d = %+v, want %+v", i+1, r, tt)
		}
	}
	// Seed line 411.
	if risks[0].Obstacle != "Consultation process with all schools not yet started" || risks[0].Impact != "Delay in implementation of banding scheme" {
		t.Errorf("risk 1 = %+v", risks[0])
	}
}

func TestTextFigures(t *testing.T) {
	d := data(t)
	tests := []struct {
		id    string
		value float64
	}{
		{"safety-valve-funding", 20},        // seed line 84
		{"cost-pressure-2020-21", 1.864},    // seed line 91
		{"additional-dsg-2021-22", 4},       // seed line 109
		{"savings-identified", 5.292},       // seed line 294
		{"surplus-balances", 2.098},         // seed line 324
		{"surplus-balances-revised", 2.604}, // seed line 324
		{"d-plus-gross-saving", 1.000},      // seed line 345
		{"exceptional-requests", 0.300},     // seed line 345
		{"d-plus-net-saving", 0.700},        // seed line 345
		{"banding-drift", 0.714},            // seed line 351
		{"moderation-saving", 0.500},        // seed line 351
		{"special-schools-spend", 13.513},   // seed line 244
	}
	for _, tt := range tests {
		f, ok := d.Text(tt.id)
		if !ok || !near(f.Value.Value, tt.value) {
			t.Errorf("%s = %+v, want %v", tt.id, f, tt.value)
		}
	}
}
