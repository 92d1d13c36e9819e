package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// TestSaveScenario_KeptPerAuthority: scenarios are kept for the authority
// named, listed newest first, narrowed by model and authority, and
// deleted one at a time.
func TestSaveScenario_KeptPerAuthority(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	// Bury's DfE code is 351 and its ONS code E08000002; Bristol's ONS code
	// is E06000023 (datasets/authorities.csv).
	first := &benchmark.SavedScenario{AuthorityCode: "351", Model: "bury", Name: "  Late savings ", Query: "slip_years=1", CreatedBy: "Ada"}
	if err := store.SaveScenario(ctx, first); err != nil {
		t.Fatal(err)
	}
	if first.ID == 0 || first.AuthorityCode != "E08000002" || first.Name != "Late savings" || first.CreatedAt.IsZero() {
		t.Errorf("saved = %+v", first)
	}
	second := &benchmark.SavedScenario{AuthorityCode: "Bury", Model: "bury", Name: "Half delivered", Query: "delivery_pct=50", CreatedBy: "Ben"}
	if err := store.SaveScenario(ctx, second); err != nil {
		t.Fatal(err)
	}
	bristol := &benchmark.SavedScenario{AuthorityCode: "E06000023", Model: "generic", Name: "Bristol's", Query: "profile=1&slip_years=2"}
	if err := store.SaveScenario(ctx, bristol); err != nil {
		t.Fatal(err)
	}

	bury := "bury"
	got, err := store.FindScenarios(ctx, benchmark.SavedScenarioFilter{Model: &bury})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != second.ID || got[1].ID != first.ID {
		t.Fatalf("bury's scenarios = %+v, want the second then the first", got)
	}
	if got[1].Query != "slip_years=1" || got[1].CreatedBy != "Ada" || got[1].Authority.Name != "Bury" {
		t.Errorf("read back = %+v", got[1])
	}
	scoped, err := store.FindScenarios(ctx, benchmark.SavedScenarioFilter{AuthorityCodes: []string{"E06000023"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(scoped) != 1 || scoped[0].ID != bristol.ID {
		t.Errorf("Bristol's scenarios = %+v", scoped)
	}
	none, err := store.FindScenarios(ctx, benchmark.SavedScenarioFilter{AuthorityCodes: []string{}})
	if err != nil || len(none) != 0 {
		t.Errorf("an empty scope found %v, %v; want none", none, err)
	}

	if err := store.DeleteScenario(ctx, first.ID); err != nil {
		t.Fatal(err)
	}
	if err := store.DeleteScenario(ctx, first.ID); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("second delete: %v, want ENOTFOUND", err)
	}
	left, err := store.FindScenarios(ctx, benchmark.SavedScenarioFilter{Model: &bury})
	if err != nil || len(left) != 1 || left[0].ID != second.ID {
		t.Errorf("after delete: %+v, %v", left, err)
	}
}

// TestSaveScenario_RefusesWhole: a scenario without a name, with too long
// a name, or for an unknown authority is refused and nothing is stored.
func TestSaveScenario_RefusesWhole(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	long := make([]rune, benchmark.MaxScenarioNameLength+1)
	for i := range long {
		long[i] = 'a'
	}
	for name, sc := range map[string]*benchmark.SavedScenario{
		"no name":           {AuthorityCode: "Bury", Model: "bury", Name: " "},
		"long name":         {AuthorityCode: "Bury", Model: "bury", Name: string(long)},
		"unknown authority": {AuthorityCode: "Nowhere", Model: "bury", Name: "X"},
		"no model":          {AuthorityCode: "Bury", Name: "X"},
		"bad query":         {AuthorityCode: "Bury", Model: "bury", Name: "X", Query: "a=%zz"},
	} {
		if err := store.SaveScenario(ctx, sc); err == nil {
			t.Errorf("%s: saved, want refused", name)
		}
	}
	all, err := store.FindScenarios(ctx, benchmark.SavedScenarioFilter{})
	if err != nil || len(all) != 0 {
		t.Errorf("stored %d scenarios (%v), want none", len(all), err)
	}
}
