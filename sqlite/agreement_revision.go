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
	rows, err := tx.QueryContext(ctx, `SELECT s.id, au.name, s.title FROM assessments s
		JOIN authorities au ON au.ons_code = s.authority_code
		WHERE s.final = 0 AND s.follows_new = 1 ORDER BY s.id`)
	if err != nil {
		return nil, fmt.Errorf("find rounds following new agreements: %w", err)
	}
	defer rows.Close()
	var out []followingRound
	for rows.Next() {
		var r followingRound
		var ons, title string
		if err := rows.Scan(&r.id, &ons, &title); err != nil {
			return nil, err
		}
		r.name = benchmark.PlaceName(ons) + ": " + title
		out = append(out, r)
	}
	return out, rows.Err()
}

// carryForward moves every open round covering cur onto next and copies
// its ratings of cur's recommendations onto their counterparts in next
// (benchmark.PairRevisions, CopyRatings under CarryingRevision). Final
// rounds keep the old revision. It returns how many ratings were copied
// and the rated recommendations left unmatched.
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
	pairing, carry := benchmark.PairRevisions(cur, next), benchmark.CarryingRevision(cur)
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
		carried, left := pairing.CopyRatings(ratings, carry)
		for _, r := range carried {
			if err := tx.insertFirstVersion(ctx, r); err != nil {
				return 0, nil, fmt.Errorf("carry rating of recommendation %d forward: %w", r.RecommendationID, err)
			}
		}
		copied += len(carried)
		for _, old := range left {
			unmatched = append(unmatched, fmt.Sprintf("%s: recommendation %s (%s) %q", rd.title, old.Reference, ratings[old.ID].RAG.Label(), old.Text))
		}
	}
	return copied, unmatched, nil
}
