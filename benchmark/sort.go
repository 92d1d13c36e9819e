package benchmark

import (
	"sort"
	"strconv"
)

func sortStrings(s []string) { sort.Strings(s) }

// LessReference orders recommendation references numerically where both are
// numbers ("2" before "10") and as text otherwise.
func LessReference(a, b string) bool {
	x, errX := strconv.Atoi(a)
	y, errY := strconv.Atoi(b)
	if errX == nil && errY == nil {
		return x < y
	}
	if (errX == nil) != (errY == nil) {
		return errX == nil
	}
	return a < b
}
