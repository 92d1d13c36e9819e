package bury_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/models/bury"
)

func findings(t *testing.T) deficit.Findings {
	t.Helper()
	return model(t).Reconcile()
}

// TestKnownInconsistencies checks that each inconsistency in the report is
// reported with its figures. Expected figures are seed arithmetic.
func TestKnownInconsistencies(t *testing.T) {
	fs := findings(t)
	tests := []struct {
		name             string
		id               string
		status           deficit.Status
		printed, implied float64
		mention          []string
	}{
		// Seed line 128: 37.255 − 39.711 = −2.456, printed −2.546, one of the known inconsistencies.
		{"HNB 2022/23 variance", "hnb-variance-2022-23", deficit.StatusInconsistent, -2.546, -2.456, []string{"£37.255m", "£39.711m", "−£2.456m", "−£2.546m"}},
		// Seed line 366: "previous year" row is against the 2021/22 base.
		{"Table 5 2023/24 change", "out-of-borough-change-2023-24", deficit.StatusInconsistent, -136359, 6596480 - 6962346, []string{"−£365,866", "−£136,360", "2021/22"}},
		{"Table 5 2024/25 change", "out-of-borough-change-2024-25", deficit.StatusInconsistent, -693925, 6038915 - 6596480, []string{"−£557,565", "−£693,925"}},
		// Seed line 303 against 363-366: the Table 4 row is year on year.
		{"Table 4 OOB 2023/24", "savings-oob-2023-24", deficit.StatusInconsistent, 0.366, (6732840 - 6596480) / 1e6, []string{"year-on-year", "£365,866", "£136,360"}},
		{"Table 4 OOB 2024/25", "savings-oob-2024-25", deficit.StatusInconsistent, 0.558, (6732840 - 6038915) / 1e6, []string{"£557,565", "£693,925"}},
		// Seed line 303: the row's total is not the sum of its year-on-year figures.
		{"Table 4 OOB total", "savings-row-out-of-borough-placements", deficit.StatusInconsistent, 0.558, -0.230 + 0.366 + 0.558, []string{"0.694"}},
		// Seed line 309: the £5.292m total read cumulatively.
		{"Table 4 total", "savings-total-oob-cumulative", deficit.StatusInconsistent, 5.292, 5.292 - 0.558 + (6732840-6038915)/1e6, []string{"5.428"}},
		// Seed line 294 calls £5.292m in-year; line 310 gives in-year 1.123,
		// 2.749, 0.905 and 0.515, which add up to 5.292: ambiguous wording.
		{"£5.292m in-year", "text-savings-identified-in-year", deficit.StatusAmbiguous, 5.292, 0.515, []string{"1.123", "2.749", "0.905", "0.515", "add up to £5.292m", "ambiguous wording"}},
		// Seed lines 116, 87 and 119: 16 Dec 2024/25 −0.207 is below the agreed 0.055.
		{"para 5.9 higher each year", "higher-than-planned-revised-2021-12-16-2024-25", deficit.StatusInconsistent, -0.207, 0.055, []string{"−£0.207m", "£0.055m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := fs.ByID(tt.id)
			if !ok {
				t.Fatalf("no finding %s", tt.id)
			}
			if f.Status != tt.status || !f.HasFigures || math.Abs(f.Printed-tt.printed) > 1e-6 || math.Abs(f.Expected-tt.implied) > 1e-6 {
				t.Errorf("finding = %+v, want %s printed %v implied %v", f, tt.status, tt.printed, tt.implied)
			}
			for _, s := range tt.mention {
				if !strings.Contains(f.Detail, s) {
					t.Errorf("detail %q does not mention %q", f.Detail, s)
				}
			}
		})
	}
}

// TestTimelineInconsistencies: seed lines 299 and 308 show savings in
// 2021/22 for schemes timed Apr-22 and Sep-22.
func TestTimelineInconsistencies(t *testing.T) {
	fs := findings(t)
	for id, want := range map[string]deficit.Status{
		"savings-timeline-2":  deficit.StatusNote,         // 0.255 in 2021/22, Apr-22, but a schools block transfer
		"savings-timeline-11": deficit.StatusInconsistent, // 0.694 in 2021/22, Sep-22
		"savings-timeline-9":  deficit.StatusOK,           // Mar-22 falls in 2021/22
		"savings-timeline-8":  deficit.StatusOK,           // 0.000 in 2021/22, Sep-22
	} {
		if f, ok := fs.ByID(id); !ok || f.Status != want {
			t.Errorf("%s = %+v, want %s", id, f, want)
		}
	}
}

// TestRoundingListedApart: differences within rounding are not errors.
func TestRoundingListedApart(t *testing.T) {
	fs := findings(t)
	tests := []struct {
		id               string
		printed, implied float64
	}{
		{"hnb-variance-2021-22", 3.924, 39.171 - 35.246},             // seed line 128
		{"out-of-borough-change-2022-23", 229507, 6962346 - 6732840}, // seed line 366
		{"out-of-borough-change-vs-base-2023-24", -136359, 6596480 - 6732840},
	}
	for _, tt := range tests {
		f, ok := fs.ByID(tt.id)
		if !ok || f.Status != deficit.StatusRounding || math.Abs(f.Printed-tt.printed) > 1e-6 || math.Abs(f.Expected-tt.implied) > 1e-6 {
			t.Errorf("%s = %+v, want rounding %v vs %v", tt.id, f, tt.printed, tt.implied)
		}
	}
	for _, f := range fs.With(deficit.StatusRounding) {
		if d := math.Abs(f.Difference); (f.Unit == deficit.Millions && d > 0.0015+1e-9) || (f.Unit == deficit.Pounds && d > 1) {
			t.Errorf("%s listed as rounding with difference %v", f.ID, f.Difference)
		}
	}
}

// TestChecksThatPass: totals that do add up are reported as OK, so the
// page can say what was checked.
func TestChecksThatPass(t *testing.T) {
	fs := findings(t)
	for _, id := range []string{
		"cost-pressure-revised-2021-12-14", // 21.407 − 19.543 = 1.864, seed lines 87, 91, 105
		"savings-column-2022-23",           // seed lines 299-309
		"savings-in-year-2023-24",          // 4.777 − 3.872 = 0.905, seed lines 309-310
		"savings-total-column",
		"out-of-borough-total-2023-24",         // 5,428,131 + 1,168,349 = 6,596,480, seed lines 363-365
		"alternative-provision-change-2024-25", // 780,536 − 1,141,934, seed lines 383-384
		"savings-ap-2022-23",                   // 0.282 ≈ £281,598, seed lines 304 and 384
		"capital-total", "capital-funding",     // seed lines 282-284
		"capital-places-primary", "capital-cost-secondary",
		"capital-count-primary",            // six primary RPs, seed line 249
		"text-d-plus", "text-d-plus-table", // £1.000m − £300k = £0.700m, seed line 345
		"revised-14-clears", "revised-16-in-time", "first-spend-reduction",
		"hnb-variance-2023-24",
	} {
		if f, ok := fs.ByID(id); !ok || f.Status != deficit.StatusOK {
			t.Errorf("%s = %+v, want ok", id, f)
		}
	}
}

// TestNotes: facts a reader must know, reported as notes.
func TestNotes(t *testing.T) {
	fs := findings(t)
	for id, mention := range map[string]string{
		"table-number-3":                                    "Proposed SEND sufficiency capital programme",
		"risks-duplicate-5":                                 "row 4",
		"risks-owner-isobel-booler":                         "Isabel Booler",
		"agreed-not-cleared":                                "0.055",
		"savings-include-transfer":                          "0.742",
		"safety-valve-funding":                              "£20m",
		"savings-duplicate-non-statutory-service-sep-22":    "row 11",
		"savings-blank-special-school-banded-model-2021-22": "blank",
		"text-moderation-label":                             "0.500",
	} {
		f, ok := fs.ByID(id)
		if !ok || f.Status != deficit.StatusNote || !strings.Contains(f.Detail, mention) {
			t.Errorf("%s = %+v, want a note mentioning %q", id, f, mention)
		}
	}
}

// TestFindingIDsUnique guards the page's anchors.
func TestFindingIDsUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range findings(t) {
		if seen[f.ID] {
			t.Errorf("finding id %s repeated", f.ID)
		}
		seen[f.ID] = true
	}
}

// TestPhasing: a flat row's first-year saving against the months left.
// Seed line 305: Sep-22 and 0.233 = 0.400 × 7/12; lines 306-307: Mar-22
// with about half the annual saving in 2021/22.
func TestPhasing(t *testing.T) {
	fs := findings(t)
	tests := []struct {
		id               string
		status           deficit.Status
		printed, implied float64
	}{
		{"savings-phasing-8", deficit.StatusOK, 0.233, 0.400 * 7 / 12},
		{"savings-phasing-9", deficit.StatusNote, 0.051, 0.103 / 12},
		{"savings-phasing-10", deficit.StatusNote, 0.123, 0.245 / 12},
		{"savings-phasing-4", deficit.StatusOK, 0.700, 0.700},
	}
	for _, tt := range tests {
		f, ok := fs.ByID(tt.id)
		if !ok || f.Status != tt.status || math.Abs(f.Printed-tt.printed) > 1e-9 || math.Abs(f.Expected-tt.implied) > 1e-9 {
			t.Errorf("%s = %+v, want %s %v vs %v", tt.id, f, tt.status, tt.printed, tt.implied)
		}
	}
}

// TestFindingsReadAsSentences: every detail stands on its own after
// "Check: …" on the model page — a capital letter, a full stop, and no Go
// formatting of lists or values.
func TestFindingsReadAsSentences(t *testing.T) {
	for _, f := range findings(t) {
		d := f.Detail
		if d == "" || strings.ToUpper(d[:1]) != d[:1] || !strings.HasSuffix(d, ".") {
			t.Errorf("%s: detail %q is not a sentence", f.ID, d)
		}
		for _, leak := range []string{"[", "]", "%!", "<nil>", "{", " 0 "} {
			if strings.Contains(d, leak) {
				t.Errorf("%s: detail %q shows Go formatting %q", f.ID, d, leak)
			}
		}
	}
}

// TestFindingListsInWords: lists of rows and years are written out.
func TestFindingListsInWords(t *testing.T) {
	fs := findings(t)
	tests := []struct{ id, want string }{
		// Seed lines 423-425 (Table 7 rows 8-10): "Isobel Booler" owns
		// rows 8 and 9, "Isabel Booler" row 10.
		{"risks-owner-isobel-booler", `"Isobel Booler" (rows 8 and 9) and "Isabel Booler" (row 10) differ by one letter and are probably the same person.`},
		// Para 5.9: spend within funding from 2022/23; no year is over.
		{"balanced-from-revised-recovery-forecast-as-at-16-dec-2021", "No year from 2022/23 on spends more than its High Needs funding."},
		// Seed line 310: the in-year savings line, four years joined with "and".
		{"text-savings-identified-in-year", "£0.905m in 2023/24 and £0.515m in 2024/25. Not an error"},
		// Seed line 128.
		{"hnb-variance-2022-23", "In 2022/23, spend £37.255m − funding £39.711m = −£2.456m, but the table prints −£2.546m (difference −£0.090m)."},
	}
	for _, tt := range tests {
		f, ok := fs.ByID(tt.id)
		if !ok || !strings.Contains(f.Detail, tt.want) {
			t.Errorf("%s detail = %q, want it to contain %q", tt.id, f.Detail, tt.want)
		}
	}
}

// TestCostPressureNamesItsProfile: para 5.2's £1.864m is checked against
// both revised forecasts (seed line 91), and each finding says which.
func TestCostPressureNamesItsProfile(t *testing.T) {
	fs := findings(t)
	for id, want := range map[string]string{
		"cost-pressure-revised-2021-12-14": "Revised recovery forecast as at 14 Dec 2021, 2020/21",
		"cost-pressure-revised-2021-12-16": "Revised recovery forecast as at 16 Dec 2021, 2020/21",
	} {
		if f, ok := fs.ByID(id); !ok || f.Where != want {
			t.Errorf("%s where = %q, want %q", id, f.Where, want)
		}
	}
}

// TestMissingSchemeIsReported: when Table 4's dataset lacks a row the
// text checks need, the findings say so instead of comparing the text's
// figures with zero.
func TestMissingSchemeIsReported(t *testing.T) {
	d := readData(t)
	dropped := func(id string) bool {
		return id == "moderation-review-d-plus" || id == "special-school-banded-model"
	}
	d.Schemes = slices.DeleteFunc(d.Schemes, func(r bury.SchemeRow) bool { return dropped(r.ID) })
	d.Savings = slices.DeleteFunc(d.Savings, func(r bury.SavingRow) bool { return dropped(r.Scheme) })
	m, err := bury.New(d)
	if err != nil {
		t.Fatal(err)
	}
	found := m.Reconcile()
	for id, row := range map[string]string{"text-d-plus-table": "moderation-review-d-plus", "text-moderation-label": "special-school-banded-model"} {
		f, ok := found.ByID(id)
		switch {
		case !ok:
			t.Errorf("no finding %s", id)
		case f.Status != deficit.StatusNote || f.HasFigures || f.Where != "Table 4 row "+row:
			t.Errorf("%s = %+v, want a note without figures", id, f)
		case !strings.Contains(f.Detail, `has no row "`+row+`"`) || !strings.Contains(f.Detail, "cannot be made"):
			t.Errorf("%s detail = %q", id, f.Detail)
		}
	}
}
