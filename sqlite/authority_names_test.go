package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// TestFindAuthority_CouncilForms reads authorities from a seeded database
// file by the names councils write (ONS codes from datasets/authorities.csv).
func TestFindAuthority_CouncilForms(t *testing.T) {
	store := seededStore(t)
	ctx := context.Background()
	for text, want := range map[string]string{
		"Bristol City Council":                  "E06000023",
		"Kent County Council":                   "E10000016",
		"Royal Borough of Kingston upon Thames": "E09000021",
		"884":                                   "E06000019",
	} {
		a, err := store.FindAuthority(ctx, text)
		if err != nil || a.ONSCode != want {
			t.Errorf("FindAuthority(%q) = %v, %v; want %s", text, a, err, want)
		}
	}
	_, err := store.FindAuthority(ctx, "Kingston")
	if benchmark.ErrorCode(err) != benchmark.EINVALID || !strings.Contains(err.Error(), `"Kingston upon Hull" or "Kingston upon Thames"`) {
		t.Errorf("FindAuthority(Kingston) = %v, want an ambiguity naming both", err)
	}
	_, err = store.FindAuthority(ctx, "Bristoll")
	if benchmark.ErrorCode(err) != benchmark.ENOTFOUND || !strings.Contains(err.Error(), `Did you mean "Bristol"?`) {
		t.Errorf("FindAuthority(Bristoll) = %v, want not found suggesting Bristol", err)
	}
}

// TestFindAuthorities_QueryAndCode checks the search box's filter and the
// code filter over the seeded authorities.
func TestFindAuthorities_QueryAndCode(t *testing.T) {
	store := seededStore(t)
	ctx := context.Background()
	for q, want := range map[string]string{
		"London Borough of Hillingdon": "Hillingdon",
		"bri":                          "Brighton and Hove|Bristol",
		"Hull":                         "Kingston upon Hull",
	} {
		list, err := store.FindAuthorities(ctx, benchmark.AuthorityFilter{Query: &q})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range list {
			got = append(got, a.Place())
		}
		if strings.Join(got, "|") != want {
			t.Errorf("Query %q found %q, want %q", q, got, want)
		}
	}
	code := "City of Bristol"
	list, err := store.FindAuthorities(ctx, benchmark.AuthorityFilter{Code: &code})
	if err != nil || len(list) != 1 || list[0].ONSCode != "E06000023" {
		t.Errorf("Code %q found %v, %v; want Bristol alone", code, list, err)
	}
}
