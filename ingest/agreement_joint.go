package ingest

import (
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// jointOf returns the joint agreement held for round that one of parties
// belongs to with other authorities than parties, or nil, and the parties'
// key (benchmark.PartyKey): a row naming
// Kingston upon Thames alone for 2020-21, whose agreement is held jointly
// with Richmond upon Thames, would otherwise start a second agreement of
// Kingston's for that round instead of revising the one held.
func (ref *Reference) jointOf(parties []*benchmark.Authority, round string) (*benchmark.Agreement, string) {
	if len(ref.Joint) == 0 || len(parties) == 0 {
		return nil, ""
	}
	codes := make([]string, len(parties))
	for i, p := range parties {
		codes[i] = p.ONSCode
	}
	key := benchmark.PartyKey(codes)
	for _, j := range ref.Joint {
		if j.FinancialYear != round || j.PartyKey() == key {
			continue
		}
		for _, p := range j.Parties {
			if strings.Contains(";"+key+";", ";"+p.ONSCode+";") {
				return j, key
			}
		}
	}
	return nil, key
}

// jointProblem is the problem with a row whose parties, of key, are some
// of those of the joint agreement j: it names the others and how to write
// them all.
func jointProblem(ps *Problems, line int, j *benchmark.Agreement, key string) {
	var named, others, all []string
	for _, p := range j.Parties {
		name := benchmark.PlaceName(p.Name)
		all = append(all, name)
		if strings.Contains(";"+key+";", ";"+p.ONSCode+";") {
			named = append(named, name)
		} else {
			others = append(others, name)
		}
	}
	ps.add(line, "authority", "The %s agreement of %s is held jointly with %s, as %q: write all of its authorities in this column, as %q, to revise it.",
		j.FinancialYear, strings.Join(named, " and "), strings.Join(others, " and "), j.Title, strings.Join(all, "; "))
}
