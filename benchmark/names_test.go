package benchmark_test

import (
	"encoding/csv"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// shippedAuthorities reads datasets/authorities.csv, the 153 English
// authorities svbench ships (ONS code, DfE code, ONS name, kind).
func shippedAuthorities(t *testing.T) []*benchmark.Authority {
	t.Helper()
	f, err := os.Open("../datasets/authorities.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []*benchmark.Authority
	for _, r := range rows[1:] {
		out = append(out, &benchmark.Authority{ONSCode: r[0], DfECode: r[1], Name: r[2], Kind: r[3]})
	}
	if len(out) != 153 {
		t.Fatalf("datasets/authorities.csv holds %d authorities, want 153", len(out))
	}
	return out
}

func TestPlaceName_InvertedONSNames(t *testing.T) {
	for ons, want := range map[string]string{
		// The four ONS names of datasets/authorities.csv with a comma.
		"Bristol, City of":                    "Bristol",
		"Herefordshire, County of":            "Herefordshire",
		"Kingston upon Hull, City of":         "Kingston upon Hull",
		"Bournemouth, Christchurch and Poole": "Bournemouth, Christchurch and Poole",
		"City of London":                      "City of London",
		"County Durham":                       "County Durham",
		"St. Helens":                          "St. Helens",
	} {
		if got := benchmark.PlaceName(ons); got != want {
			t.Errorf("PlaceName(%q) = %q, want %q", ons, got, want)
		}
	}
}

func TestPlaceName_OnlyInvertedNamesChange(t *testing.T) {
	changed := 0
	for _, a := range shippedAuthorities(t) {
		if a.Place() != a.Name {
			changed++
			if !strings.HasPrefix(a.Name, a.Place()+", ") {
				t.Errorf("%s: place %q is not the start of its ONS name %q", a.ONSCode, a.Place(), a.Name)
			}
		}
	}
	// Bristol, Herefordshire and Kingston upon Hull (datasets/authorities.csv).
	if changed != 3 {
		t.Errorf("%d place names differ from their ONS names, want 3", changed)
	}
}

// councilForms are the forms of each authority a resolver must read:
// everyone's codes and names, and the forms councils of its kind use.
func councilForms(a *benchmark.Authority) []string {
	p := a.Place()
	forms := []string{a.ONSCode, strings.ToLower(a.ONSCode), a.DfECode, a.Name, p,
		strings.ToUpper(a.Name), " " + p + " ", p + " Council", "The " + p + " Council",
		strings.ReplaceAll(p, " and ", " & ") + " Council", strings.ReplaceAll(p, " ", "-")}
	switch a.Kind {
	case "London borough":
		forms = append(forms, "London Borough of "+p, "Royal Borough of "+p, p+" London Borough Council")
	case "metropolitan district":
		forms = append(forms, p+" Metropolitan Borough Council", "Metropolitan Borough of "+p,
			p+" Metropolitan District Council", "City of "+p+" Council", p+" City Council")
	case "county":
		forms = append(forms, p+" County Council")
	case "unitary":
		forms = append(forms, p+" Borough Council", "Borough of "+p, p+" City Council", "City of "+p, "Council of the "+p)
	}
	return forms
}

func TestResolve_EveryShippedAuthorityInEveryForm(t *testing.T) {
	list := shippedAuthorities(t)
	r := benchmark.NewAuthorityResolver(list)
	for _, a := range list {
		for _, form := range councilForms(a) {
			got, err := r.Resolve(form)
			if err != nil {
				t.Errorf("Resolve(%q): %v, want %s", form, err, a.ONSCode)
			} else if got.ONSCode != a.ONSCode {
				t.Errorf("Resolve(%q) = %s %s, want %s %s", form, got.ONSCode, got.Name, a.ONSCode, a.Name)
			}
		}
	}
}

func TestNameKey_DistinctForEveryShippedAuthority(t *testing.T) {
	seen := map[string]string{}
	for _, a := range shippedAuthorities(t) {
		k := benchmark.NameKey(a.Name)
		if k == "" {
			t.Errorf("%s %q has an empty key", a.ONSCode, a.Name)
		}
		if other, ok := seen[k]; ok {
			t.Errorf("%q and %q share the key %q", other, a.Name, k)
		}
		seen[k] = a.Name
	}
}

// TestResolve_NamesAsCouncilsWriteThem lists council names as the councils
// themselves write them on their websites and in their agreements.
func TestResolve_NamesAsCouncilsWriteThem(t *testing.T) {
	r := benchmark.NewAuthorityResolver(shippedAuthorities(t))
	for text, want := range map[string]string{
		"Bristol City Council":                           "E06000023",
		"City of Bristol":                                "E06000023",
		"Kent County Council":                            "E10000016",
		"London Borough of Hillingdon":                   "E09000017",
		"Royal Borough of Kingston upon Thames":          "E09000021",
		"Council of the Isles of Scilly":                 "E06000053",
		"Hull City Council":                              "E06000010",
		"Kingston upon Hull City Council":                "E06000010",
		"Herefordshire Council":                          "E06000019",
		"Durham County Council":                          "E06000047",
		"City of York Council":                           "E06000014",
		"City of Bradford Metropolitan District Council": "E08000032",
		"City of Wolverhampton Council":                  "E08000031",
		"Wirral Council":                                 "E08000015",
		"Metropolitan Borough of Wirral":                 "E08000015",
		"Stockport Metropolitan Borough Council":         "E08000007",
		"Bury Council":                                   "E08000002",
		"Royal Borough of Windsor and Maidenhead":        "E06000040",
		"Royal Borough of Kensington and Chelsea":        "E09000020",
		"Royal Borough of Greenwich":                     "E09000011",
		"London Borough of Hammersmith & Fulham":         "E09000013",
		"London Borough of Richmond upon Thames":         "E09000027",
		"Telford & Wrekin Council":                       "E06000020",
		"Brighton & Hove City Council":                   "E06000043",
		"Bath & North East Somerset Council":             "E06000022",
		"BCP Council":                                    "",
		"Bournemouth, Christchurch and Poole Council":    "E06000058",
		"Cheshire West and Chester Council":              "E06000050",
		"Stoke-on-Trent City Council":                    "E06000021",
		"Southend-on-Sea City Council":                   "E06000033",
		"Newcastle City Council":                         "E08000021",
		"St Helens Borough Council":                      "E08000013",
		"Westminster City Council":                       "E09000033",
		"City of Westminster":                            "E09000033",
		"City of London Corporation":                     "E09000001",
		"Isle of Wight Council":                          "E06000046",
		"East Riding of Yorkshire Council":               "E06000011",
		"North Yorkshire Council":                        "E06000065",
		"Westmorland and Furness Council":                "E06000064",
		"Leeds City Council":                             "E08000035",
		"Nottinghamshire County Council":                 "E10000024",
		"Nottingham City Council":                        "E06000018",
		"Blackburn with Darwen Borough Council":          "E06000008",
		"Redcar & Cleveland Borough Council":             "E06000003",
		"the London Borough of Barking and Dagenham":     "E09000002",
		"Milton Keynes City Council":                     "E06000042",
		"Central Bedfordshire Council":                   "E06000056",
		"Bedford Borough Council":                        "E06000055",
		"Tower Hamlets Council":                          "E09000030",
		"Royal Borough of Kingston upon Thames Council":  "E09000021",
		"Calderdale Metropolitan Borough Council":        "E08000033",
		"Kirklees Council":                               "E08000034",
		"Derbyshire County Council":                      "E10000007",
		"Derby City Council":                             "E06000015",
		"Buckinghamshire Council":                        "E06000060",
		"Rutland County Council":                         "E06000017",
		"North East Lincolnshire Council":                "E06000012",
		"Salford City Council":                           "E08000006",
		"Sandwell Metropolitan Borough Council":          "E08000028",
		"Stockton-on-Tees Borough Council":               "E06000004",
		"Middlesbrough Council":                          "E06000002",
		"Royal Borough of Windsor & Maidenhead Council":  "E06000040",
		"London Borough of Barking & Dagenham":           "E09000002",
		"Cornwall Council":                               "E06000052",
	} {
		got, err := r.Resolve(text)
		switch {
		case want == "" && err == nil:
			t.Errorf("Resolve(%q) = %s %s, want no authority", text, got.ONSCode, got.Name)
		case want == "":
		case err != nil:
			t.Errorf("Resolve(%q): %v, want %s", text, err, want)
		case got.ONSCode != want:
			t.Errorf("Resolve(%q) = %s %s, want %s", text, got.ONSCode, got.Name, want)
		}
	}
}

func TestResolve_AmbiguousNameListsEveryCandidate(t *testing.T) {
	r := benchmark.NewAuthorityResolver(shippedAuthorities(t))
	for text, want := range map[string][]string{
		"Kingston":                        {"Kingston upon Hull", "Kingston upon Thames"},
		"Sussex":                          {"East Sussex", "West Sussex"},
		"Cheshire":                        {"Cheshire East", "Cheshire West and Chester"},
		"Yorkshire":                       {"East Riding of Yorkshire", "North Yorkshire"},
		"Tyneside Council":                {"North Tyneside", "South Tyneside"},
		"Northamptonshire County Council": {"North Northamptonshire", "West Northamptonshire"},
	} {
		_, err := r.Resolve(text)
		var ne *benchmark.NameError
		if !errors.As(err, &ne) || !ne.Ambiguous {
			t.Errorf("Resolve(%q): %v, want an ambiguity", text, err)
			continue
		}
		var got []string
		for _, a := range ne.Candidates {
			got = append(got, a.Place())
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Resolve(%q) could be %q, want %q", text, got, want)
		}
		for _, w := range want {
			if !strings.Contains(err.Error(), `"`+w+`"`) {
				t.Errorf("Resolve(%q) error %q does not name %q", text, err, w)
			}
		}
	}
}

func TestResolve_UnknownNameSuggestsTheNearest(t *testing.T) {
	r := benchmark.NewAuthorityResolver(shippedAuthorities(t))
	for text, want := range map[string]string{
		"Bristoll":                 `"Bristol"`,
		"Bristle City Council":     `"Bristol"`,
		"Burry":                    `"Bury"`,
		"Richmund upon Thames":     `"Richmond upon Thames"`,
		"Hertfordshir":             `"Hertfordshire"`,
		"London Borough of Barnit": `"Barnet"`,
		// Counties since divided: named by a part only, suggested, not chosen.
		"Berkshire":                   `"West Berkshire"`,
		"Bedfordshire County Council": `"Central Bedfordshire"`,
	} {
		_, err := r.Resolve(text)
		var ne *benchmark.NameError
		if !errors.As(err, &ne) || ne.Ambiguous {
			t.Errorf("Resolve(%q): %v, want an unknown name", text, err)
			continue
		}
		if !strings.Contains(ne.Hint(), want) || !strings.HasPrefix(err.Error(), `"`+text+`" is not an English local authority. Did you mean `) {
			t.Errorf("Resolve(%q): %q, want a suggestion of %s", text, err, want)
		}
		if len(ne.Candidates) > 3 {
			t.Errorf("Resolve(%q) suggests %d names, want at most 3", text, len(ne.Candidates))
		}
	}
	for _, text := range []string{"Atlantis", "Council", "", "Borough Council"} {
		_, err := r.Resolve(text)
		var ne *benchmark.NameError
		if !errors.As(err, &ne) || ne.Ambiguous || len(ne.Candidates) != 0 {
			t.Errorf("Resolve(%q): %v, want an unknown name and no suggestion", text, err)
		}
	}
}

func TestSearch_FindsPartsAndCouncilForms(t *testing.T) {
	r := benchmark.NewAuthorityResolver(shippedAuthorities(t))
	for q, want := range map[string]string{
		"bri":                  "Brighton and Hove|Bristol",
		"Kent County Council":  "Kent",
		"City of Bristol":      "Bristol",
		"801":                  "Bristol",
		"e06000023":            "Bristol",
		"Hull City Council":    "Kingston upon Hull",
		"Kingston":             "Kingston upon Hull|Kingston upon Thames",
		"hammersmith & fulham": "Hammersmith and Fulham",
		"Atlantis":             "",
	} {
		var got []string
		for _, a := range r.Search(q) {
			got = append(got, a.Place())
		}
		if strings.Join(got, "|") != want {
			t.Errorf("Search(%q) = %q, want %q", q, got, want)
		}
	}
	if n := len(r.Search("  ")); n != 153 {
		t.Errorf("Search of nothing found %d, want all 153", n)
	}
}
