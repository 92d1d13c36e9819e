package sqlite

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// NationalService reads the national view's scores.
type NationalService struct{ db *DB }

// NewNationalService returns a NationalService over db.
func NewNationalService(db *DB) *NationalService { return &NationalService{db: db} }

var _ benchmark.NationalService = (*NationalService)(nil)

// nationalScores sums, in one statement, each chosen authority's latest
// final round (the final round with the highest ID, found by
// assessments_latest_final) by theme and by sub-theme: recommendations the
// round covers, and rated Green, Amber and Red. A recommendation counts
// once under a theme however many of its mappings fall under it. The
// chosen authorities are those sharing (?1 is their filter's verdict
// column) and the viewing one (?4).
const nationalScores = `
WITH chosen AS (
	SELECT au.ons_code AS code, au.name AS name, COALESCE(sh.sharing, 'none') AS sharing,
		(COALESCE(sh.sharing, 'none') IN ('named', 'totals')
			AND (?1 = '' OR au.kind = ?1)
			AND (?2 = 0 OR (EXISTS (SELECT 1 FROM agreement_parties ap JOIN agreements ag ON ag.id = ap.agreement_id
				WHERE ap.authority_code = au.ons_code AND ag.superseded_by IS NULL)) = (?3 = 1))) AS counts,
		(SELECT MAX(a.id) FROM assessments a WHERE a.authority_code = au.ons_code AND a.final = 1) AS round
	FROM authorities au LEFT JOIN authority_sharing sh ON sh.authority_code = au.ons_code
	WHERE sh.sharing IN ('named', 'totals') OR au.ons_code = ?4
),
covered AS (
	SELECT c.code, c.name, c.sharing, c.counts, c.round, rc.id AS rec, COALESCE(r.rag, '') AS rag
	FROM chosen c
	JOIN assessment_agreements aa ON aa.assessment_id = c.round
	JOIN recommendations rc ON rc.agreement_id = aa.agreement_id
	LEFT JOIN ratings r ON r.assessment_id = c.round AND r.recommendation_id = rc.id
	WHERE c.round IS NOT NULL AND (c.counts OR c.code = ?4)
),
tagged AS (
	SELECT DISTINCT recommendation_id AS rec, theme_id, 0 AS sub_theme_id FROM mappings
	UNION
	SELECT DISTINCT recommendation_id, theme_id, sub_theme_id FROM mappings WHERE sub_theme_id IS NOT NULL
)
SELECT cv.code, cv.name, cv.sharing, cv.counts, cv.round, t.theme_id, t.sub_theme_id, COUNT(*),
	SUM(cv.rag = 'green'), SUM(cv.rag = 'amber'), SUM(cv.rag = 'red')
FROM covered cv JOIN tagged t ON t.rec = cv.rec
GROUP BY cv.code, t.theme_id, t.sub_theme_id`

// FindThemeScores returns the latest final round's scores of every
// authority that shares and of filter.Own; Counts says which count.
func (s *NationalService) FindThemeScores(ctx context.Context, filter benchmark.NationalFilter) ([]benchmark.ThemeScore, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
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
	rows, err := tx.QueryContext(ctx, nationalScores, kind, byAgreement, has, filter.Own)
	if err != nil {
		return nil, fmt.Errorf("find theme scores: %w", err)
	}
	defer rows.Close()
	var out []benchmark.ThemeScore
	for rows.Next() {
		var sc benchmark.ThemeScore
		var sharing string
		if err := rows.Scan(&sc.AuthorityCode, &sc.AuthorityName, &sharing, &sc.Counts, &sc.RoundID, &sc.ThemeID, &sc.SubThemeID,
			&sc.Covered, &sc.Green, &sc.Amber, &sc.Red); err != nil {
			return nil, fmt.Errorf("find theme scores: %w", err)
		}
		sc.Sharing = benchmark.Sharing(sharing)
		out = append(out, sc)
	}
	return out, rows.Err()
}
