package benchmark

import "strings"

// onsSuffixes are the inverted qualifiers ONS puts after a place name:
// "Bristol, City of" is the city of Bristol.
var onsSuffixes = []string{", City of", ", County of"}

// PlaceName returns the name people use for an authority whose ONS name is
// ons: the ONS name with its inverted qualifier set aside, so
// "Bristol, City of" is "Bristol" and "Herefordshire, County of" is
// "Herefordshire". A name with no such qualifier is its own place name
// ("Bournemouth, Christchurch and Poole" keeps its comma).
func PlaceName(ons string) string {
	s := strings.TrimSpace(ons)
	for _, suffix := range onsSuffixes {
		if len(s) > len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
			return strings.TrimSpace(s[:len(s)-len(suffix)])
		}
	}
	return s
}

// Place is the authority's place name, the one pages, exports and
// sentences use ("Bristol is not doing this yet"); Name stays the ONS name.
func (a Authority) Place() string { return PlaceName(a.Name) }

// Places joins the place names of list with " and ", as an agreement's
// parties are written.
func Places(list []*Authority) string {
	names := make([]string, len(list))
	for i, a := range list {
		names[i] = a.Place()
	}
	return strings.Join(names, " and ")
}
