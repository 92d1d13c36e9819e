package benchmark

// Progress is how far a round's rating has got: how many of its
// recommendations carry a Green, Amber or Red rating, out of all of them.
type Progress struct {
	Rated, Total int
}

// RoundProgress counts the recommendations of agreements that ratings
// rate Green, Amber or Red; a recommendation with no rating, or rated Not
// rated, is not yet rated.
func RoundProgress(agreements []*Agreement, ratings map[int]*Rating) Progress {
	var p Progress
	for _, a := range agreements {
		for _, rec := range a.Recommendations {
			p.Total++
			if r := ratings[rec.ID]; r != nil && r.RAG != NotRated {
				p.Rated++
			}
		}
	}
	return p
}
