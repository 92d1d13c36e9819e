package synthetic

import (
	"fmt"
	"math/rand/v2"
)

// Names an authority's editors are drawn from. Every generated name ends
// "(synthetic)": accounts come later, and no real person is meant.
var (
	givenNames  = []string{"Alex", "Bea", "Chidi", "Dana", "Eilidh", "Farah", "Gethin", "Hana", "Idris", "Jo", "Kofi", "Lena", "Mo", "Nia", "Owen", "Priya", "Quinn", "Rhys", "Sana", "Tom"}
	familyNames = []string{"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Roberts", "Singh", "Taylor", "Walsh"}
)

// team draws the three to six people who edit one authority's rounds.
func team(rng *rand.Rand) []string {
	n := 3 + rng.IntN(4)
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s %s (synthetic)", givenNames[rng.IntN(len(givenNames))], familyNames[rng.IntN(len(familyNames))])
	}
	return out
}

// Commentary is built from an opening and a next step, so that edits read
// as someone revising what they wrote.
var (
	openings = []string{
		"Scoped in the SEND sufficiency plan;",
		"Discussed at the Schools Forum;",
		"Partly covered by the inclusion strategy;",
		"Raised with the DfE adviser;",
		"Workstream lead appointed;",
		"Not started;",
		"Pilot running in two localities;",
		"Costed in the recovery plan;",
	}
	nextSteps = []string{
		"business case due next quarter.",
		"awaiting finance sign-off.",
		"evidence to be gathered from schools.",
		"review at the next programme board.",
		"timeline slipped by one term.",
		"on track against the milestones.",
		"needs a named owner.",
		"early results are encouraging.",
	}
	owners = []string{"SEND service lead", "Head of inclusion", "Finance business partner", "Commissioning manager", "Assistant director, education"}
)

// commentary draws one commentary text.
func commentary(rng *rand.Rand) string {
	return openings[rng.IntN(len(openings))] + " " + nextSteps[rng.IntN(len(nextSteps))]
}
