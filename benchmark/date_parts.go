package benchmark

import (
	"strconv"
	"strings"
	"time"
)

// DateParts is a date as typed into the three boxes of the GOV.UK date
// input pattern (day, month, year), kept as typed so that a form refused
// for it can show it again.
type DateParts struct {
	Day, Month, Year string
}

// Blank reports whether nothing was typed in any box.
func (p DateParts) Blank() bool {
	return strings.TrimSpace(p.Day) == "" && strings.TrimSpace(p.Month) == "" && strings.TrimSpace(p.Year) == ""
}

// Typed is the parts written as one date, "31/3/2026", as ParseDate reads
// it and SplitDate splits it back; "" when all are blank.
func (p DateParts) Typed() string {
	if p.Blank() {
		return ""
	}
	return strings.TrimSpace(p.Day) + "/" + strings.TrimSpace(p.Month) + "/" + strings.TrimSpace(p.Year)
}

// SplitDate is a stored or typed date in the date input's three boxes: an
// ISO date (2026-03-31) as 31, 3 and 2026; a typed day/month/year as typed;
// anything else, in the day box, so that nothing typed is lost.
func SplitDate(s string) DateParts {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return DateParts{Day: strconv.Itoa(t.Day()), Month: strconv.Itoa(int(t.Month())), Year: strconv.Itoa(t.Year())}
	}
	if f := strings.Split(s, "/"); len(f) == 3 {
		return DateParts{Day: f[0], Month: f[1], Year: f[2]}
	}
	return DateParts{Day: s}
}

// ParseDateParts reads a date from its three boxes. It returns the date as
// ISO 8601 and problem "", or "" and the GOV.UK pattern's message naming
// the field by label: "Target date must include a month", "Target date
// must be a real date". All boxes blank is no date and no problem.
func ParseDateParts(label string, p DateParts) (iso, problem string) {
	if p.Blank() {
		return "", ""
	}
	var missing []string
	for _, f := range []struct{ v, name string }{{p.Day, "day"}, {p.Month, "month"}, {p.Year, "year"}} {
		if strings.TrimSpace(f.v) == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		return "", label + " must include a " + strings.Join(missing, " and ")
	}
	d, errD := strconv.Atoi(strings.TrimSpace(p.Day))
	m, errM := strconv.Atoi(strings.TrimSpace(p.Month))
	y := strings.TrimSpace(p.Year)
	year, errY := strconv.Atoi(y)
	if errD != nil || errM != nil || errY != nil {
		return "", label + " must be a real date"
	}
	if len(y) != 4 {
		return "", label + " must include a year of 4 numbers, like 2026"
	}
	t := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return "", label + " must be a real date"
	}
	return t.Format(time.DateOnly), ""
}
