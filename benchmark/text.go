package benchmark

import (
	"strings"
	"unicode"
)

// NormalizeText folds text for matching: lower case, curly quotes and dashes
// made plain, punctuation dropped and runs of space collapsed. Rows of a
// ratings file find their recommendation by authority and normalised text.
func NormalizeText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}
