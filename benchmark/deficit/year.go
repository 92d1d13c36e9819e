package deficit

import (
	"fmt"
	"strconv"
	"strings"
)

// Year is an English financial year (April to March), held as the calendar
// year it starts in: Year(2022) is 2022/23. The zero Year means "none".
type Year int

// String formats y as the report does, e.g. "2022/23"; the zero Year is "".
func (y Year) String() string {
	if y == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%02d", int(y), (int(y)+1)%100)
}

// MarshalText writes y as "2022/23".
func (y Year) MarshalText() ([]byte, error) { return []byte(y.String()), nil }

// UnmarshalText reads a year in any form ParseYear accepts.
func (y *Year) UnmarshalText(b []byte) error {
	v, err := ParseYear(string(b))
	if err != nil {
		return err
	}
	*y = v
	return nil
}

// UnmarshalCSV lets gocsv read a Year column.
func (y *Year) UnmarshalCSV(s string) error { return y.UnmarshalText([]byte(s)) }

// ParseYear reads a financial year written "2022/23", "2022-23",
// "2022/2023", "FY 22/23", "22/23" or "2022". An empty string is the zero
// Year.
func ParseYear(s string) (Year, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimPrefix(strings.ToUpper(t), "FY"))
	if t == "" {
		return 0, nil
	}
	first, second, split := strings.Cut(strings.NewReplacer("-", "/", "–", "/").Replace(t), "/")
	a, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil {
		return 0, fmt.Errorf("%q is not a financial year; write it like 2024/25", strings.TrimSpace(s))
	}
	if a < 100 {
		a += 2000
	}
	if split {
		b, err := strconv.Atoi(strings.TrimSpace(second))
		if err != nil || (b != (a+1)%100 && b != a+1) {
			return 0, fmt.Errorf("%q is not a financial year; the second year must be the one after the first, like 2024/25", strings.TrimSpace(s))
		}
	}
	if a < 1990 || a > 2100 {
		return 0, fmt.Errorf("%q is not a financial year svbench can use; give one from 1990/91 to 2100/01", strings.TrimSpace(s))
	}
	return Year(a), nil
}
