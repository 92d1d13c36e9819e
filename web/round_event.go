package web

import (
	"strconv"

	"github.com/svbench/svbench/benchmark"
)

// roundEventText says in words what one entry of a round's own history
// did: renamed, reopened, marked final, an uploaded agreement taken out.
func roundEventText(e *benchmark.RoundEvent) string {
	switch e.Action {
	case benchmark.RoundRenamed:
		return "Renamed from “" + e.Old + "” to “" + e.New + "”"
	case benchmark.RoundReopened:
		return "Reopened: " + e.Reason
	case benchmark.RoundCreated:
		if e.Ratings > 0 {
			return "Started, with " + strconv.Itoa(e.Ratings) + " ratings"
		}
		return "Started"
	case benchmark.RoundFinalised:
		return "Marked final"
	case benchmark.RoundAgreementRemoved:
		s := e.Old + " removed, with " + strconv.Itoa(e.Ratings) + " of this round's ratings"
		if e.New != "" {
			s += "; " + e.New + " is current again"
		}
		return s
	}
	return e.Action
}
