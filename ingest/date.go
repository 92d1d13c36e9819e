package ingest

import (
	"strconv"
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// fileDateLayouts are the further ways people write dates in these files,
// beyond what the forms accept (benchmark.ParseDate); the UK's day-first
// forms come before any other.
var fileDateLayouts = []string{
	"02/01/06", "2 January 2006", "2 Jan 2006",
	"January 2006", "Jan 2006", "Jan-06", "2006-01-02T15:04:05Z07:00",
}

// parseDate reads a date and returns it as ISO 8601 (YYYY-MM-DD); a date
// given only to the month is the first of that month.
func parseDate(s string) (string, bool) {
	if iso, ok := benchmark.ParseDate(s); ok {
		return iso, true
	}
	s = strings.TrimSpace(s)
	for _, layout := range fileDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil && n >= minSerialDay && n < maxSerialDay {
		return excelEpoch.AddDate(0, 0, int(n)).Format("2006-01-02"), true
	}
	return "", false
}

// Excel's serial day numbers, as a date cell of a workbook stores it: day 1
// is 1 January 1900 and, after Excel's phantom 29 February 1900, day 61 is
// 1 March 1900, so days from 30 December 1899 are exact from then on. Only
// serials between 2000 and 2099 are read as dates.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

const (
	minSerialDay = 36526 // 1 January 2000
	maxSerialDay = 73051 // 1 January 2100
)
