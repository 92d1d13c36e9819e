package benchmark

import "fmt"

// Copy says who copies ratings forward and why. Every rating it copies
// names it as the rating's author, in the rating and in its history.
type Copy struct {
	// By is the display name of the person copying; "" when an import
	// copies.
	By string
	// Why says where the ratings came from.
	Why string
}

// CopyingRound is the copy a person makes starting a round from an
// earlier round.
func CopyingRound(by string, from *Assessment) Copy {
	return Copy{By: by, Why: "copying “" + from.Title + "”"}
}

// CarryingRevision is the copy an import makes when it moves the open
// rounds covering revision from of an agreement onto a new revision.
func CarryingRevision(from *Agreement) Copy {
	return Copy{Why: fmt.Sprintf("carried forward from revision %d", from.Revision)}
}

// Label is the author a copied rating records: "Ada, copying “Round 1”",
// or the reason alone when nobody is named.
func (c Copy) Label() string {
	if c.By == "" {
		return c.Why
	}
	return c.By + ", " + c.Why
}

// Pairing pairs each recommendation of one revision of an agreement with
// its counterpart in another revision, or in the same one.
type Pairing struct {
	From, To *Agreement
	// to holds the counterpart in To of each of From's recommendations,
	// by ID; those without one are absent.
	to map[int]*Recommendation
}

// PairRevisions pairs from's recommendations with to's: each with itself
// when from and to are one revision, otherwise by MatchRecommendations.
func PairRevisions(from, to *Agreement) Pairing {
	p := Pairing{From: from, To: to, to: map[int]*Recommendation{}}
	if from.ID == to.ID {
		for _, r := range from.Recommendations {
			p.to[r.ID] = r
		}
		return p
	}
	for i, j := range MatchRecommendations(from.Recommendations, to.Recommendations) {
		p.to[from.Recommendations[i].ID] = to.Recommendations[j]
	}
	return p
}

// CopyRatings copies ratings (keyed by recommendation ID, as FindRatings
// returns them) of p.From's recommendations onto their counterparts in
// p.To. Only ratings holding something (not Blank) are copied, each whole
// (RAG, commentary, evidence link, owner and target date) as version 1 of
// the copy, authored by c.Label (so its FirstHistory records each field
// as set by the copy). Rated recommendations of p.From without a
// counterpart are returned as unmatched. Both lists are in p.From's order.
func (p Pairing) CopyRatings(ratings map[int]*Rating, c Copy) (copied []*Rating, unmatched []*Recommendation) {
	for _, rec := range p.From.Recommendations {
		r := ratings[rec.ID]
		if r == nil || r.Blank() {
			continue
		}
		to := p.to[rec.ID]
		if to == nil {
			unmatched = append(unmatched, rec)
			continue
		}
		cp := *r
		cp.RecommendationID, cp.Version, cp.UpdatedBy = to.ID, 1, c.Label()
		copied = append(copied, &cp)
	}
	return copied, unmatched
}

// CopyRound returns the ratings a new round starts with when a person
// (by) starts it from the earlier round from: for each agreement the new
// round covers, from's ratings of the revision of it from covers, copied
// by CopyRatings under CopyingRound. agreements holds the revisions both
// rounds cover (see FindAgreementsWithEarlier); the rounds' AgreementIDs
// choose among them. Ratings with no counterpart in the new round's
// revision are left behind.
func CopyRound(agreements []*Agreement, from Side, to *Assessment, by string) []*Rating {
	later, order := coveredRevisions(agreements, to)
	earlier, _ := coveredRevisions(agreements, from.Assessment)
	c := CopyingRound(by, from.Assessment)
	var out []*Rating
	for _, k := range order {
		if e := earlier[k]; e != nil {
			copied, _ := PairRevisions(e, later[k]).CopyRatings(from.Ratings, c)
			out = append(out, copied...)
		}
	}
	return out
}
