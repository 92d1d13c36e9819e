package web

import (
	"slices"
	"strconv"
	"strings"
)

// maxFilterIDs is the most agreements a filter in an address names: a web
// upload holds at most ingest.MaxRows rows, so no upload makes more.
const maxFilterIDs = 50_000

// idRuns writes ids for an address as runs: "12-340" for every ID from 12
// to 340, a lone ID as itself. An upload of thousands of agreements writes
// them under consecutive IDs, so its review link stays short.
func idRuns(ids []int) []string {
	sorted := slices.Compact(slices.Sorted(slices.Values(ids)))
	var out []string
	for i := 0; i < len(sorted); {
		j := i
		for j+1 < len(sorted) && sorted[j+1] == sorted[j]+1 {
			j++
		}
		if j == i {
			out = append(out, strconv.Itoa(sorted[i]))
		} else {
			out = append(out, strconv.Itoa(sorted[i])+"-"+strconv.Itoa(sorted[j]))
		}
		i = j + 1
	}
	return out
}

// parseIDRuns reads what idRuns writes, skipping anything that is not a
// positive whole number or a rising run of them, and stopping at
// maxFilterIDs IDs so that an address cannot ask for a billion.
func parseIDRuns(values []string) []int {
	var out []int
	for _, v := range values {
		from, to, isRun := strings.Cut(strings.TrimSpace(v), "-")
		a, err := strconv.Atoi(from)
		if err != nil || a < 1 {
			continue
		}
		b := a
		if isRun {
			if b, err = strconv.Atoi(to); err != nil || b < a {
				continue
			}
		}
		for id := a; len(out) < maxFilterIDs; id++ {
			out = append(out, id)
			if id == b { // not id <= b, which the largest int always is
				break
			}
		}
	}
	return out
}
