package benchmark

import "strings"

// RAG is a Red/Amber/Green rating; the zero value means not rated, which is
// never the same as Red.
type RAG string

// The ratings. The appendix defines them from Bristol's point of view.
const (
	NotRated RAG = ""
	Green    RAG = "green"
	Amber    RAG = "amber"
	Red      RAG = "red"
)

// RAGs lists the ratings in key order, ending with not rated.
var RAGs = []RAG{Green, Amber, Red, NotRated}

// ParseRAG reads a rating as people write it: Green, Amber (or the
// appendix's "Yellow"), Red, G/A/R, or blank / "not rated" for none.
func ParseRAG(s string) (RAG, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "green", "g":
		return Green, true
	case "amber", "a", "yellow", "y":
		return Amber, true
	case "red", "r":
		return Red, true
	case "", "not rated", "none", "n/a", "-":
		return NotRated, true
	}
	return NotRated, false
}

// Label is the word shown for the rating: "Green", "Amber", "Red" or
// "Not rated".
func (r RAG) Label() string {
	switch r {
	case Green:
		return "Green"
	case Amber:
		return "Amber"
	case Red:
		return "Red"
	}
	return "Not rated"
}

// Definition is the appendix's meaning of the rating.
func (r RAG) Definition() string {
	switch r {
	case Green:
		return "Our work in this area is well scoped and progressing well."
	case Amber:
		return "Our work in this area is emerging and developing."
	case Red:
		return "We are not currently doing anything in this space: an opportunity to move into a new area."
	}
	return "Not yet rated. Not rated is not Red."
}

// Valid reports whether r is one of the four ratings.
func (r RAG) Valid() bool {
	return r == NotRated || r == Green || r == Amber || r == Red
}
