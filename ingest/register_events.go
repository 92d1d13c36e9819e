package ingest

import (
	"regexp"
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// eventDate finds a date in an event's words: "21 Mar 2024", "10 Apr
// 2025", "Dec 2024", "June 2022". A year alone is not read as a date: "by
// 2025-26" or "up to 2030" is a target, not when something happened.
var eventDate = regexp.MustCompile(`(?i)\b(?:(\d{1,2}) )?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?) (\d{4})\b`)

// eventKinds recognises an event's kind from its words, first match wins.
var eventKinds = []struct {
	kind    string
	pattern *regexp.Regexp
}{
	{benchmark.EventCourtRuling, regexp.MustCompile(`(?i)judicial review|high court|EWHC|court ruling`)},
	{benchmark.EventUnderReview, regexp.MustCompile(`(?i)under review|subject to review`)},
	{benchmark.EventWithheld, regexp.MustCompile(`(?i)withh(e|o)ld|payments? (were |was )?(suspended|delayed)|delayed one quarterly payment`)},
	{benchmark.EventExtended, regexp.MustCompile(`(?i)\bextended\b`)},
	{benchmark.EventFundingProfile, regexp.MustCompile(`(?i)funding profile updated`)},
}

// denied marks words that say a thing did not happen ("no DfE payments
// withheld", "DfE did not extend the agreement"): kept as a note, never
// read as the event they deny.
var denied = regexp.MustCompile(`(?i)\bno\b[^,]*\bwithh|\bnot\b[^,]*\b(withh|extend)`)

// ParseRegisterEvents splits a register row's events text at semicolons
// into events, each with the date its words give (none when they give no
// day-and-month or month-and-year) and its kind (a note when none is
// recognised), and each keeping the row's sources.
func ParseRegisterEvents(text string, sources []string) []*benchmark.RegisterEvent {
	var out []*benchmark.RegisterEvent
	for _, part := range strings.Split(text, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		ev := &benchmark.RegisterEvent{Kind: benchmark.EventNote, Text: part, Sources: sources}
		if m := eventDate.FindStringSubmatch(part); m != nil {
			ev.Date = readEventDate(m[1], m[2], m[3])
		}
		if !denied.MatchString(part) {
			for _, k := range eventKinds {
				if k.pattern.MatchString(part) {
					ev.Kind = k.kind
					break
				}
			}
		}
		out = append(out, ev)
	}
	return out
}

// readEventDate turns a day (may be blank), month name and year into
// YYYY-MM-DD or YYYY-MM; "" when they make no date.
func readEventDate(day, month, year string) string {
	mon := strings.ToLower(month)[:3]
	t, err := time.Parse("Jan 2006", strings.ToUpper(mon[:1])+mon[1:]+" "+year)
	if err != nil {
		return ""
	}
	if day == "" {
		return t.Format("2006-01")
	}
	d, err := time.Parse("2 Jan 2006", day+" "+t.Format("Jan 2006"))
	if err != nil {
		return ""
	}
	return d.Format(time.DateOnly)
}
