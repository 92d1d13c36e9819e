package ingest

import (
	"fmt"
	"regexp"
	"strconv"
)

// financialYearPattern matches a financial year as people write it: 2022-23,
// 2022/23, 2022-2023, "2022 to 2023".
var financialYearPattern = regexp.MustCompile(`^(\d{4})\s*(?:-|/|–|to)\s*(\d{2}|\d{4})$`)

// parseFinancialYear reads a financial year of this century and returns it as
// "2022-23"; the second year must follow the first.
func parseFinancialYear(s string) (string, bool) {
	m := financialYearPattern.FindStringSubmatch(s)
	if m == nil {
		return s, false
	}
	first, _ := strconv.Atoi(m[1])
	second, _ := strconv.Atoi(m[2])
	if len(m[2]) == 2 {
		second += first / 100 * 100
		if second < first {
			second += 100
		}
	}
	if second != first+1 || first < 2000 || first > 2098 {
		return s, false
	}
	return fmt.Sprintf("%04d-%02d", first, second%100), true
}
