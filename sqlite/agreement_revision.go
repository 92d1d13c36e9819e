package sqlite

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// countSuggested counts a's recommendations mapped by suggestion, and those
// of them flagged for review.
func countSuggested(a *benchmark.Agreement) (suggested, review int) {
	for _, r := range a.Recommendations {
		if len(r.Mappings) == 0 || !r.OnlySuggested() {
			continue
		}
		suggested++
		for _, m := range r.Mappings {
			if m.NeedsReview() {
				review++
				break
			}
		}
	}
	return suggested, review
}

// addToOpenRounds adds a new agreement to every open round that follows
// new agreements (one started over every agreement), so its
// recommendations are ready to rate there. It returns those rounds, named
// "Authority: title".
func (im *importer) addToOpenRounds(ctx context.Context, agreementID int) ([]string, error) {
	if !im.loaded {
		rounds, err := im.tx.followingRounds(ctx)
		if err != nil {
			return nil, err
		}
		im.following, im.loaded = rounds, true
	}
	var names []string
	for _, r := range im.following {
		if _, err := im.tx.ExecContext(ctx, `INSERT OR IGNORE INTO assessment_agreements (assessment_id, agreement_id) VALUES (?, ?)`, r.id, agreementID); err != nil {
			return nil, fmt.Errorf("add agreement to round %d: %w", r.id, err)
		}
		names = append(names, r.name)
	}
	return names, nil
}

// followingRounds returns the open rounds that follow new agreements.
func (tx *Tx) followingRounds(ctx context.Context) ([]followingRound, error) {
	rows, err := tx.QueryContext(ctx, `SELECT s.id, au.name || ': ' || s.title FROM assessments s
		JOIN authorities au ON au.ons_code = s.authority_code
		WHERE s.final = 0 AND s.follows_new = 1 ORDER BY s.id`)
	if err != nil {
		return nil, fmt.Errorf("find rounds following new agreements: %w", err)
	}
	defer rows.Close()
	var out []followingRound
	for rows.Next() {
		var r followingRound
		if err := rows.Scan(&r.id, &r.name); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// carryForward moves every open round covering cur onto next and copies
// each of its ratings of cur's recommendations to the matching one of next
// (see benchmark.MatchRecommendations). Final rounds keep the old revision. It returns
// how many ratings were copied and the rated recommendations left unmatched.
func (tx *Tx) carryForward(ctx context.Context, cur, next *benchmark.Agreement) (int, []string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT s.id, s.title FROM assessments s
		JOIN assessment_agreements x ON x.assessment_id = s.id
		WHERE x.agreement_id = ? AND s.final = 0 ORDER BY s.id`, cur.ID)
	if err != nil {
		return 0, nil, fmt.Errorf("find open rounds: %w", err)
	}
	type round struct {
		id    int
		title string
	}
	var rounds []round
	for rows.Next() {
		var r round
		if err := rows.Scan(&r.id, &r.title); err != nil {
			rows.Close()
			return 0, nil, err
		}
		rounds = append(rounds, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, nil, err
	}
	// match pairs the ID of each of cur's recommendations with its
	// counterpart in next; those without one are absent.
	match := map[int]*benchmark.Recommendation{}
	for i, j := range benchmark.MatchRecommendations(cur.Recommendations, next.Recommendations) {
		match[cur.Recommendations[i].ID] = next.Recommendations[j]
	}
	copied := 0
	var unmatched []string
	for _, rd := range rounds {
		if _, err := tx.ExecContext(ctx, `DELETE FROM assessment_agreements WHERE assessment_id = ? AND agreement_id = ?`, rd.id, cur.ID); err != nil {
			return 0, nil, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO assessment_agreements (assessment_id, agreement_id) VALUES (?, ?)`, rd.id, next.ID); err != nil {
			return 0, nil, err
		}
		ratings, err := tx.findRatings(ctx, rd.id)
		if err != nil {
			return 0, nil, err
		}
		for _, old := range cur.Recommendations {
			r := ratings[old.ID]
			if r == nil || r.Blank() {
				continue
			}
			to := match[old.ID]
			if to == nil {
				unmatched = append(unmatched, fmt.Sprintf("%s: recommendation %s (%s) %q", rd.title, old.Reference, r.RAG.Label(), old.Text))
				continue
			}
			if err := tx.carryRating(ctx, r, to.ID, fmt.Sprintf("carried forward from revision %d", cur.Revision)); err != nil {
				return 0, nil, fmt.Errorf("carry rating of recommendation %s forward: %w", old.Reference, err)
			}
			copied++
		}
	}
	return copied, unmatched, nil
}

// carryRating copies r onto recommendation toID of the same round as its
// first version, and records each field in the rating's history as set by
// the import, with why.
func (tx *Tx) carryRating(ctx context.Context, r *benchmark.Rating, toID int, why string) error {
	c := *r
	c.RecommendationID, c.Version, c.UpdatedBy = toID, 1, why
	if err := tx.insertRating(ctx, &c, false); err != nil {
		return err
	}
	for _, ch := range c.Diff(nil) {
		ch.Version, ch.By, ch.At = c.Version, why, tx.now
		if err := tx.insertRatingChange(ctx, ch); err != nil {
			return err
		}
	}
	return nil
}
