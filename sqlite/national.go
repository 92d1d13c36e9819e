package sqlite

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/svbench/svbench/benchmark"
)

// NationalService reads the national view's scores. A final round's
// ratings cannot change while it stays final, so each round's sums are
// kept in memory under a key that moves whenever they could: the round's
// ID and creation time, its latest round event (reopened, finalised, an
// agreement taken out) and catalog_version (mappings and agreements).
type NationalService struct {
	db *DB
	mu sync.Mutex
	// rounds holds each round's sums by round ID.
	rounds map[int]roundScores
}

// roundScores are one round's sums as of key.
type roundScores struct {
	key    string
	scores []benchmark.ThemeScore
}

// NewNationalService returns a NationalService over db.
func NewNationalService(db *DB) *NationalService {
	return &NationalService{db: db, rounds: map[int]roundScores{}}
}

var _ benchmark.NationalService = (*NationalService)(nil)

// nationalChosen lists the authorities that share (with the filter's
// verdict: ?1 kind, ?2 whether to filter on agreements, ?3 having one) and
// the viewing one (?4), each with its latest final round (the final round
// with the highest ID, found by assessments_latest_final) and that
// round's key.
const nationalChosen = `
SELECT c.code, c.name, c.sharing, c.counts, c.round,
	c.round || '|' || a.created_at || '|' || COALESCE((SELECT MAX(e.id) FROM round_events e WHERE e.assessment_id = c.round), 0)
FROM (
	SELECT au.ons_code AS code, au.name AS name, COALESCE(sh.sharing, 'none') AS sharing,
		(COALESCE(sh.sharing, 'none') IN ('named', 'totals')
			AND (?1 = '' OR au.kind = ?1)
			AND (?2 = 0 OR (EXISTS (SELECT 1 FROM agreement_parties ap JOIN agreements ag ON ag.id = ap.agreement_id
				WHERE ap.authority_code = au.ons_code AND ag.superseded_by IS NULL)) = (?3 = 1))) AS counts,
		(SELECT MAX(a.id) FROM assessments a WHERE a.authority_code = au.ons_code AND a.final = 1) AS round
	FROM authorities au LEFT JOIN authority_sharing sh ON sh.authority_code = au.ons_code
	WHERE sh.sharing IN ('named', 'totals') OR au.ons_code = ?4
) c JOIN assessments a ON a.id = c.round
WHERE c.counts OR c.code = ?4`

// nationalSums sums the listed rounds by theme and by sub-theme, in one
// statement: recommendations each round covers, and rated Green, Amber and
// Red. A recommendation counts once under a theme however many of its
// mappings fall under it.
const nationalSums = `
WITH tagged AS (
	SELECT DISTINCT recommendation_id AS rec, theme_id, 0 AS sub_theme_id FROM mappings
	UNION
	SELECT DISTINCT recommendation_id, theme_id, sub_theme_id FROM mappings WHERE sub_theme_id IS NOT NULL
)
SELECT aa.assessment_id, t.theme_id, t.sub_theme_id, COUNT(*),
	COALESCE(SUM(r.rag = 'green'), 0), COALESCE(SUM(r.rag = 'amber'), 0), COALESCE(SUM(r.rag = 'red'), 0)
FROM assessment_agreements aa
JOIN recommendations rc ON rc.agreement_id = aa.agreement_id
JOIN tagged t ON t.rec = rc.id
LEFT JOIN ratings r ON r.assessment_id = aa.assessment_id AND r.recommendation_id = rc.id
WHERE aa.assessment_id IN (%s)
GROUP BY aa.assessment_id, t.theme_id, t.sub_theme_id`

// chosenRound is one authority the national view reads, with its round.
type chosenRound struct {
	code, name, sharing string
	counts              bool
	round               int
	key                 string
}

// FindThemeScores returns the latest final round's scores of every
// authority that shares and matches filter, and of filter.Own; Counts
// says which count.
func (s *NationalService) FindThemeScores(ctx context.Context, filter benchmark.NationalFilter) ([]benchmark.ThemeScore, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	catalog, err := catalogVersion(ctx, tx)
	if err != nil {
		return nil, err
	}
	chosen, err := tx.nationalChosen(ctx, filter)
	if err != nil {
		return nil, err
	}
	var missing []int
	s.mu.Lock()
	for i := range chosen {
		chosen[i].key += fmt.Sprintf("|%d", catalog)
		if got, ok := s.rounds[chosen[i].round]; !ok || got.key != chosen[i].key {
			missing = append(missing, chosen[i].round)
		}
	}
	s.mu.Unlock()
	sums, err := tx.nationalSums(ctx, missing)
	if err != nil {
		return nil, err
	}
	var out []benchmark.ThemeScore
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range chosen {
		if list, ok := sums[c.round]; ok {
			s.rounds[c.round] = roundScores{key: c.key, scores: list}
		}
		for _, sc := range s.rounds[c.round].scores {
			sc.AuthorityCode, sc.AuthorityName, sc.Sharing, sc.Counts, sc.RoundID = c.code, benchmark.PlaceName(c.name), benchmark.Sharing(c.sharing), c.counts, c.round
			out = append(out, sc)
		}
	}
	return out, nil
}

func (tx *Tx) nationalChosen(ctx context.Context, filter benchmark.NationalFilter) ([]chosenRound, error) {
	kind, byAgreement, has := "", 0, 0
	if filter.Kind != nil {
		kind = *filter.Kind
	}
	if filter.HasAgreement != nil {
		byAgreement = 1
		if *filter.HasAgreement {
			has = 1
		}
	}
	rows, err := tx.QueryContext(ctx, nationalChosen, kind, byAgreement, has, filter.Own)
	if err != nil {
		return nil, fmt.Errorf("find shared rounds: %w", err)
	}
	defer rows.Close()
	var out []chosenRound
	for rows.Next() {
		var c chosenRound
		if err := rows.Scan(&c.code, &c.name, &c.sharing, &c.counts, &c.round, &c.key); err != nil {
			return nil, fmt.Errorf("find shared rounds: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// nationalSums sums the given rounds, by round ID.
func (tx *Tx) nationalSums(ctx context.Context, rounds []int) (map[int][]benchmark.ThemeScore, error) {
	out := map[int][]benchmark.ThemeScore{}
	if len(rounds) == 0 {
		return out, nil
	}
	args := make([]any, len(rounds))
	for i, id := range rounds {
		args[i] = id
	}
	q := fmt.Sprintf(nationalSums, "?"+strings.Repeat(", ?", len(rounds)-1))
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sum shared rounds: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var round int
		var sc benchmark.ThemeScore
		if err := rows.Scan(&round, &sc.ThemeID, &sc.SubThemeID, &sc.Covered, &sc.Green, &sc.Amber, &sc.Red); err != nil {
			return nil, fmt.Errorf("sum shared rounds: %w", err)
		}
		out[round] = append(out[round], sc)
	}
	for _, id := range rounds {
		if _, ok := out[id]; !ok {
			out[id] = nil // a round covering nothing under any theme
		}
	}
	return out, rows.Err()
}
