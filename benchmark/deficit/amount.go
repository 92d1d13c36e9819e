package deficit

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Amount is one figure read from a CSV cell. Valid is false for a blank
// cell or a placeholder such as "TBC"; Text keeps the cell as written.
type Amount struct {
	Value float64
	Valid bool
	Text  string
}

// UnmarshalCSV reads a figure the way a spreadsheet user writes it:
// "1,234", "£6,732,840", "-£136,359", "(0.230)" for a negative, or blank
// / "TBC" / "n/a" for none.
func (a *Amount) UnmarshalCSV(s string) error {
	*a = Amount{Text: s}
	t := strings.TrimSpace(s)
	switch strings.ToLower(t) {
	case "", "tbc", "n/a", "na", "-", "–":
		return nil
	}
	neg := false
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		neg, t = true, t[1:len(t)-1]
	}
	t = strings.NewReplacer("£", "", ",", "", " ", "", "−", "-").Replace(t)
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("%q is not an amount", strings.TrimSpace(s))
	}
	if neg {
		v = -v
	}
	a.Value, a.Valid = v, true
	return nil
}

// Or returns the value, or def when the cell was blank.
func (a Amount) Or(def float64) float64 {
	if !a.Valid {
		return def
	}
	return a.Value
}
