package sqlite

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// AgreementService reads and writes agreements. Reads come from a catalog
// held in memory and reloaded when any process changes it.
type AgreementService struct {
	db      *DB
	catalog catalog
}

// NewAgreementService returns an AgreementService over db.
func NewAgreementService(db *DB) *AgreementService { return &AgreementService{db: db} }

var _ benchmark.AgreementService = (*AgreementService)(nil)

// FindAgreementByID returns one agreement, complete, or ENOTFOUND.
func (s *AgreementService) FindAgreementByID(ctx context.Context, id int) (*benchmark.Agreement, error) {
	list, err := s.FindAgreements(ctx, benchmark.AgreementFilter{ID: &id, IncludeSuperseded: true})
	if err != nil {
		return nil, err
	} else if len(list) == 0 {
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "Agreement %d not found.", id)
	}
	return list[0], nil
}

// FindAgreements returns the matching agreements, each complete.
func (s *AgreementService) FindAgreements(ctx context.Context, filter benchmark.AgreementFilter) ([]*benchmark.Agreement, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	all, err := s.catalog.agreementsIn(ctx, tx)
	if err != nil {
		return nil, err
	}
	var out []*benchmark.Agreement
	if filter.IDs != nil && len(filter.IDs) == 0 {
		return out, nil
	}
	for _, a := range all {
		if matchAgreement(filter, a) {
			out = append(out, copyAgreement(a, !filter.WithoutRecommendations))
		}
	}
	return out, nil
}

func (tx *Tx) findAgreements(ctx context.Context, filter benchmark.AgreementFilter) ([]*benchmark.Agreement, error) {
	where, args := []string{"1 = 1"}, []any{}
	if v := filter.ID; v != nil {
		where, args = append(where, "a.id = ?"), append(args, *v)
	}
	if filter.IDs != nil {
		if len(filter.IDs) == 0 {
			return nil, nil
		}
		marks := strings.TrimSuffix(strings.Repeat("?,", len(filter.IDs)), ",")
		where = append(where, "a.id IN ("+marks+")")
		for _, id := range filter.IDs {
			args = append(args, id)
		}
	}
	if v := filter.FinancialYear; v != nil {
		where, args = append(where, "a.round = ?"), append(args, *v)
	}
	if v := filter.RecommendationID; v != nil {
		where, args = append(where, "a.id IN (SELECT agreement_id FROM recommendations WHERE id = ?)"), append(args, *v)
	}
	if v := filter.Party; v != nil {
		where, args = append(where, "a.id IN (SELECT agreement_id FROM agreement_parties WHERE authority_code = ?)"), append(args, *v)
	}
	if !filter.IncludeSuperseded {
		where = append(where, "a.superseded_by IS NULL")
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT a.id, a.title, a.round, a.published, a.status, a.source_url, a.revision,
		       COALESCE(a.superseded_by, 0), a.created_at
		FROM agreements a WHERE `+strings.Join(where, " AND ")+`
		ORDER BY a.round, a.title, a.revision`, args...)
	if err != nil {
		return nil, fmt.Errorf("find agreements: %w", err)
	}
	var list []*benchmark.Agreement
	byID := map[int]*benchmark.Agreement{}
	for rows.Next() {
		var a benchmark.Agreement
		var created string
		if err := rows.Scan(&a.ID, &a.Title, &a.FinancialYear, &a.Published, &a.Status, &a.SourceURL, &a.Revision, &a.SupersededBy, &created); err != nil {
			rows.Close()
			return nil, err
		}
		a.CreatedAt = parseTime(created)
		list = append(list, &a)
		byID[a.ID] = &a
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return list, nil
	}
	if err := tx.attachParties(ctx, byID); err != nil {
		return nil, err
	}
	if err := tx.attachRecommendations(ctx, byID); err != nil {
		return nil, err
	}
	if err := tx.attachProvenance(ctx, byID); err != nil {
		return nil, err
	}
	return list, nil
}

// idList renders the keys of m as a SQL list of integers.
func idList[T any](m map[int]T) string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, fmt.Sprint(id))
	}
	sort.Strings(ids)
	return "(" + strings.Join(ids, ",") + ")"
}

func (tx *Tx) attachParties(ctx context.Context, byID map[int]*benchmark.Agreement) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT p.agreement_id, au.ons_code, au.dfe_code, au.name, au.kind
		FROM agreement_parties p JOIN authorities au ON au.ons_code = p.authority_code
		WHERE p.agreement_id IN `+idList(byID)+` ORDER BY p.agreement_id, p.position`)
	if err != nil {
		return fmt.Errorf("find parties: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		var au benchmark.Authority
		if err := rows.Scan(&id, &au.ONSCode, &au.DfECode, &au.Name, &au.Kind); err != nil {
			return err
		}
		byID[id].Parties = append(byID[id].Parties, &au)
	}
	return rows.Err()
}

func (tx *Tx) attachRecommendations(ctx context.Context, byID map[int]*benchmark.Agreement) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT r.id, r.agreement_id, r.reference, r.position, r.text, r.due, r.mapping_version, COALESCE(mr.reviewed_by, '')
		FROM recommendations r
		LEFT JOIN mapping_reviews mr ON mr.recommendation_id = r.id AND mr.version = r.mapping_version
		WHERE r.agreement_id IN `+idList(byID)+` ORDER BY r.agreement_id, r.position`)
	if err != nil {
		return fmt.Errorf("find recommendations: %w", err)
	}
	recs := map[int]*benchmark.Recommendation{}
	for rows.Next() {
		var r benchmark.Recommendation
		if err := rows.Scan(&r.ID, &r.AgreementID, &r.Reference, &r.Position, &r.Text, &r.Due, &r.MappingVersion, &r.ReviewedBy); err != nil {
			rows.Close()
			return err
		}
		recs[r.ID] = &r
		byID[r.AgreementID].Recommendations = append(byID[r.AgreementID].Recommendations, &r)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(recs) == 0 {
		return err
	}
	return tx.attachMappings(ctx, recs)
}

// attachMappings fills the mappings of the recommendations held in recs.
func (tx *Tx) attachMappings(ctx context.Context, recs map[int]*benchmark.Recommendation) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT m.id, m.recommendation_id, m.theme_id, t.name, COALESCE(m.sub_theme_id, 0), COALESCE(st.name, ''),
		       m.source, COALESCE(m.confidence, 0), m.why
		FROM mappings m JOIN themes t ON t.id = m.theme_id LEFT JOIN sub_themes st ON st.id = m.sub_theme_id
		WHERE m.recommendation_id IN `+idList(recs)+` ORDER BY m.recommendation_id, m.position`)
	if err != nil {
		return fmt.Errorf("find mappings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m benchmark.Mapping
		var recID int
		var why string
		if err := rows.Scan(&m.ID, &recID, &m.ThemeID, &m.Theme, &m.SubThemeID, &m.SubTheme, &m.Source, &m.Confidence, &why); err != nil {
			return err
		}
		m.Why = splitWhy(why)
		recs[recID].Mappings = append(recs[recID].Mappings, &m)
	}
	return rows.Err()
}
