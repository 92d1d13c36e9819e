package deficit

import (
	"math"
	"strconv"
	"strings"
)

// Minus is the true minus sign svbench prints before a negative figure.
const Minus = "−"

// FormatMillions formats an amount in £ million for people to read, to the
// three decimals the source tables print: "£19.543m", "−£0.742m". A figure
// that rounds to zero is "£0.000m", never negative.
func FormatMillions(v float64) string {
	digits, neg := figure(v, 3)
	return sign(neg) + "£" + digits + "m"
}

// FormatPounds formats an amount in whole pounds: "£229,507", "−£136,359".
func FormatPounds(v float64) string {
	digits, neg := figure(v, 0)
	return sign(neg) + "£" + digits
}

// Format formats v in unit u: FormatMillions for £m, FormatPounds for £,
// and a whole number for a count.
func Format(u Unit, v float64) string {
	switch u {
	case Pounds:
		return FormatPounds(v)
	case Count:
		return FormatNumber(v, 0)
	}
	return FormatMillions(v)
}

// FormatNumber formats v to places decimals without a unit, for a table
// whose heading names it ("£m"): "19.543", "−0.742", "1,234.500". A figure
// that rounds to zero is never negative.
func FormatNumber(v float64, places int) string {
	digits, neg := figure(v, places)
	return sign(neg) + digits
}

// figure rounds |v| to places decimals with thousands separators, and says
// whether the rounded figure is below zero.
func figure(v float64, places int) (string, bool) {
	s := strconv.FormatFloat(math.Abs(v), 'f', places, 64)
	whole, frac, hasFrac := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if hasFrac {
		whole += "." + frac
	}
	neg := v < 0 && strings.ContainsAny(s, "123456789")
	return whole, neg
}

func sign(neg bool) string {
	if neg {
		return Minus
	}
	return ""
}
