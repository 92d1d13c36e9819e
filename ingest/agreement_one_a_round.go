package ingest

import (
	"slices"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// HeldAgreement is what the rule of one agreement an authority a round
// needs of an agreement held: its title, its parties' key
// (benchmark.PartyKey) and its parties' place names.
type HeldAgreement struct {
	Title    string
	PartyKey string
	Places   []string
}

// RoundKey is the key of an authority's round in Reference.Held:
// "E09000021|2020-21".
func RoundKey(onsCode, round string) string { return onsCode + "|" + round }

// HeldRounds indexes current agreements by each of their authorities and
// their round, for Reference.Held. A database from before the rule may hold
// two for one authority and round: both are kept.
func HeldRounds(list []*benchmark.Agreement) map[string][]HeldAgreement {
	out := map[string][]HeldAgreement{}
	for _, a := range list {
		if a.SupersededBy != 0 {
			continue
		}
		h := HeldAgreement{Title: a.Title, PartyKey: a.PartyKey()}
		for _, p := range a.Parties {
			h.Places = append(h.Places, benchmark.PlaceName(p.Name))
		}
		for _, p := range a.Parties {
			k := RoundKey(p.ONSCode, a.FinancialYear)
			out[k] = append(out[k], h)
		}
	}
	return out
}

// fileRound is the agreement a file gives an authority for a round.
type fileRound struct {
	partyKey string
	line     int
}

// oneARound checks the first row of agreement a, read on line, against the
// rule that an authority has one agreement a round: the agreement held for
// that round, and the one earlier lines gave it, must have a's parties (a row of
// Kingston upon Thames alone for 2020-21, whose agreement is held with
// Richmond upon Thames, would otherwise start a second agreement of
// Kingston's for that round instead of revising the one held). A row that
// breaks it is one problem, once for its parties and round, and false.
func (b *agreementBuilder) oneARound(line int, a *benchmark.Agreement) bool {
	round := a.FinancialYear
	if len(a.Parties) == 0 || round == "" {
		return true
	}
	key := a.PartyKey()
	if b.rounds == nil {
		b.rounds = map[string]fileRound{}
	}
	for _, p := range a.Parties {
		rk := RoundKey(p.ONSCode, round)
		if held := b.ref.Held[rk]; len(held) > 0 && !slices.ContainsFunc(held, func(h HeldAgreement) bool { return h.PartyKey == key }) {
			h := held[0]
			b.refuse(line, key, round, "%s already has a %s agreement held, %q, of %s: an authority has one agreement a round. To revise it, write its authorities in this column as %q.",
				benchmark.PlaceName(p.Name), round, h.Title, strings.Join(h.Places, " and "), strings.Join(h.Places, "; "))
			return false
		}
		if f, ok := b.rounds[rk]; ok && f.partyKey != key {
			b.refuse(line, key, round, "Line %d gives %s another %s agreement, of other authorities: an authority has one agreement a round, so write the same authorities on every row of it.",
				f.line, benchmark.PlaceName(p.Name), round)
			return false
		}
	}
	for _, p := range a.Parties {
		if rk := RoundKey(p.ONSCode, round); b.rounds[rk] == (fileRound{}) {
			b.rounds[rk] = fileRound{key, line}
		}
	}
	return true
}

// refuse adds the problem, once for the parties' key and round.
func (b *agreementBuilder) refuse(line int, key, round, format string, args ...any) {
	if b.told[key+"|"+round] {
		return
	}
	if b.told == nil {
		b.told = map[string]bool{}
	}
	b.told[key+"|"+round] = true
	b.problems.add(line, "authority", format, args...)
}
