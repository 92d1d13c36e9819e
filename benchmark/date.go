package benchmark

import (
	"strings"
	"time"
)

// dateLayouts are the ways a date may be typed: ISO first, then the UK's
// day first, with or without leading zeros (31/03/2026, 31/3/2026).
var dateLayouts = []string{time.DateOnly, "2/1/2006"}

// ParseDate reads a date written as 2026-03-31, 31/03/2026 or 31/3/2026 and
// returns it as ISO 8601 (YYYY-MM-DD); blank is "" and ok. A date that does
// not exist, such as 30/2/2026, is not ok.
func ParseDate(s string) (iso string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return "", false
}

// UKDate shows an ISO date the way the rating form asks for it, e.g.
// "31/3/2026"; anything else is returned as it is.
func UKDate(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return t.Format("2/1/2006")
}
