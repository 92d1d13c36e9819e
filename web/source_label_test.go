package web

import "testing"

// Source links read as their site and page: the addresses are the
// register's own (datasets/safety-valve-register.csv).
func TestSourceLabel(t *testing.T) {
	for raw, want := range map[string]string{
		"https://schoolsweek.co.uk/ministers-withold-17m-from-five-safety-valve-councils/":                  "schoolsweek.co.uk: ministers withold 17m from five safety valve councils",
		"https://www.gov.uk/government/publications/dedicated-schools-grant-very-high-deficit-intervention": "gov.uk: dedicated schools grant very high deficit intervention",
		"https://kevinjfoster.com/node/7032": "kevinjfoster.com: 7032",
		"https://dbvinsend.com":              "dbvinsend.com",
		"not a link":                         "not a link",
	} {
		if got := sourceLabel(raw); got != want {
			t.Errorf("sourceLabel(%q) = %q, want %q", raw, got, want)
		}
	}
}
