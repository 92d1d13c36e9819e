package ingest

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

// plural renders "1 recommendation" or "3 recommendations".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
