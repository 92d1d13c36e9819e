package ingest

import (
	"strings"
	"time"
)

// dateLayouts are the ways people write dates in these files; the UK's
// day-first forms come before any other.
var dateLayouts = []string{
	"2006-01-02", "02/01/2006", "2/1/2006", "02/01/06", "2 January 2006", "2 Jan 2006",
	"January 2006", "Jan 2006", "Jan-06", "2006-01-02T15:04:05Z07:00",
}

// parseDate reads a date and returns it as ISO 8601 (YYYY-MM-DD); a date
// given only to the month is the first of that month.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}
