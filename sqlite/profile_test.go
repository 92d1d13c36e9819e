package sqlite_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest/ingesttest"
)

// TestSaveProfile_StoresItsYears: a profile is stored with its years and
// read back as it was saved, blanks kept blank.
func TestSaveProfile_StoresItsYears(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	years := ingesttest.ProfileYears(t)
	// Bury's DfE code is 351 and its ONS code E08000002 (datasets/authorities.csv).
	first := &benchmark.Profile{AuthorityCode: "351", Name: "profile.csv", Years: years, CreatedBy: "Ada"}
	if err := store.SaveProfile(ctx, first); err != nil {
		t.Fatal(err)
	}
	if first.ID == 0 || first.AuthorityCode != "E08000002" || first.CreatedAt.IsZero() {
		t.Errorf("saved = %+v", first)
	}
	second := &benchmark.Profile{AuthorityCode: "Bury", Name: "revised.csv", Years: years, CreatedBy: "Ben"}
	if err := store.SaveProfile(ctx, second); err != nil {
		t.Fatal(err)
	}
	other := &benchmark.Profile{AuthorityCode: "Stoke-on-Trent", Name: "stoke.csv", Years: years}
	if err := store.SaveProfile(ctx, other); err != nil {
		t.Fatal(err)
	}

	got, err := store.FindProfileByID(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Years, years) || got.Name != "profile.csv" || got.CreatedBy != "Ada" ||
		got.Authority == nil || got.Authority.Name != "Bury" || !got.CreatedAt.Equal(first.CreatedAt) {
		t.Errorf("found = %+v", got)
	}

	code := "E08000002"
	list, err := store.FindProfiles(ctx, benchmark.ProfileFilter{AuthorityCode: &code})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != second.ID || list[1].ID != first.ID {
		t.Errorf("Bury's profiles, newest first = %v", list)
	}
	latest, err := store.FindProfiles(ctx, benchmark.ProfileFilter{AuthorityCode: &code, Limit: 1})
	if err != nil || len(latest) != 1 || latest[0].ID != second.ID {
		t.Errorf("latest = %v, %v", latest, err)
	}
	all, err := store.FindProfiles(ctx, benchmark.ProfileFilter{})
	if err != nil || len(all) != 3 {
		t.Errorf("all = %d, %v", len(all), err)
	}
}

func TestSaveProfile_RefusesWithoutStoring(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	years := ingesttest.ProfileYears(t)
	gap := append([]deficit.ProfileYear{}, years...)
	gap[2].Year = 2030
	late := append([]deficit.ProfileYear{}, years...)
	late[1].Opening = late[0].Opening
	tests := []struct {
		name string
		p    benchmark.Profile
		code string
		msg  string
	}{
		{"unknown authority", benchmark.Profile{AuthorityCode: "Atlantis", Name: "a.csv", Years: years}, benchmark.ENOTFOUND, "Atlantis"},
		{"no authority", benchmark.Profile{Name: "a.csv", Years: years}, benchmark.EINVALID, "authority"},
		{"no name", benchmark.Profile{AuthorityCode: "Bury", Years: years}, benchmark.EINVALID, "name"},
		{"empty", benchmark.Profile{AuthorityCode: "Bury", Name: "a.csv"}, benchmark.EINVALID, "empty"},
		{"years apart", benchmark.Profile{AuthorityCode: "Bury", Name: "gap.csv", Years: gap}, benchmark.EINVALID, "2030/31 follows 2025/26"},
		{"opening deficit late", benchmark.Profile{AuthorityCode: "Bury", Name: "late.csv", Years: late}, benchmark.EINVALID, "first year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			err := store.SaveProfile(ctx, &p)
			if benchmark.ErrorCode(err) != tt.code || !strings.Contains(benchmark.ErrorMessage(err), tt.msg) {
				t.Errorf("err = %v, want %s mentioning %q", err, tt.code, tt.msg)
			}
			if p.ID != 0 {
				t.Errorf("ID set to %d on failure", p.ID)
			}
		})
	}
	all, err := store.FindProfiles(ctx, benchmark.ProfileFilter{})
	if err != nil || len(all) != 0 {
		t.Errorf("stored after failures: %d, %v", len(all), err)
	}
}

func TestFindProfileByID_NotFound(t *testing.T) {
	store := seededStore(t)
	p, err := store.FindProfileByID(context.Background(), 99)
	if p != nil || benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("got %v, %v; want ENOTFOUND", p, err)
	}
}
