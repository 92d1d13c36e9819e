package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// AssessmentService reads and writes assessment rounds and their ratings.
type AssessmentService struct {
	db *DB
	// byID keeps rounds looked up by ID: every request about a round asks
	// for it first, to decide who may see it.
	byID versionedCache[int, *benchmark.Assessment]
}

// NewAssessmentService returns an AssessmentService over db.
func NewAssessmentService(db *DB) *AssessmentService { return &AssessmentService{db: db} }

var _ benchmark.AssessmentService = (*AssessmentService)(nil)

// FindAssessmentByID returns one round or ENOTFOUND.
func (s *AssessmentService) FindAssessmentByID(ctx context.Context, id int) (*benchmark.Assessment, error) {
	return cachedRead(ctx, s.db, &s.byID, scopeRounds, id, func() (*benchmark.Assessment, error) {
		return s.findAssessmentByID(ctx, id)
	}, copyAssessment, func(*benchmark.Assessment) error { return nil })
}

// copyAssessment returns a copy of a round a caller may change.
func copyAssessment(a *benchmark.Assessment) *benchmark.Assessment {
	c := *a
	c.AgreementIDs = slices.Clone(a.AgreementIDs)
	if a.Authority != nil {
		au := *a.Authority
		c.Authority = &au
	}
	return &c
}

// findAssessmentByID reads one round.
func (s *AssessmentService) findAssessmentByID(ctx context.Context, id int) (*benchmark.Assessment, error) {
	list, err := s.FindAssessments(ctx, benchmark.AssessmentFilter{ID: &id})
	if err != nil {
		return nil, err
	} else if len(list) == 0 {
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "Assessment %d not found.", id)
	}
	return list[0], nil
}

// FindAssessments returns matching rounds, newest first.
func (s *AssessmentService) FindAssessments(ctx context.Context, filter benchmark.AssessmentFilter) ([]*benchmark.Assessment, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return tx.findAssessments(ctx, filter)
}

// assessmentWhere is the WHERE clause and arguments of filter, Limit and
// Offset aside.
func assessmentWhere(filter benchmark.AssessmentFilter) (string, []any) {
	where, args := []string{"1 = 1"}, []any{}
	if v := filter.ID; v != nil {
		where, args = append(where, "s.id = ?"), append(args, *v)
	}
	if v := filter.AuthorityCode; v != nil {
		where, args = append(where, "s.authority_code = ?"), append(args, *v)
	}
	if v := filter.AuthorityCodes; v != nil {
		if len(v) == 0 {
			where = append(where, "0 = 1")
		} else {
			where = append(where, "s.authority_code IN (?"+strings.Repeat(", ?", len(v)-1)+")")
			for _, code := range v {
				args = append(args, code)
			}
		}
	}
	if v := filter.Title; v != nil {
		where, args = append(where, "s.title = ? COLLATE NOCASE"), append(args, *v)
	}
	return strings.Join(where, " AND "), args
}

// CountAssessments counts the rounds filter selects, Limit and Offset aside.
func (s *AssessmentService) CountAssessments(ctx context.Context, filter benchmark.AssessmentFilter) (int, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	where, args := assessmentWhere(filter)
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM assessments s WHERE `+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count assessments: %w", err)
	}
	return n, nil
}

// findAssessments reads the rounds filter selects, each with the IDs of
// the agreements it covers gathered in SQL (one row a round, not one a
// covered agreement).
func (tx *Tx) findAssessments(ctx context.Context, filter benchmark.AssessmentFilter) ([]*benchmark.Assessment, error) {
	where, args := assessmentWhere(filter)
	page := ""
	if filter.Limit > 0 {
		page, args = " LIMIT ? OFFSET ?", append(args, filter.Limit, filter.Offset)
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT s.id, s.authority_code, au.dfe_code, au.name, au.kind, s.title, s.assessed_on, s.final,
		       s.source, COALESCE(s.copied_from, 0), s.follows_new, s.created_at,
		       (SELECT COALESCE(group_concat(aa.agreement_id, ',' ORDER BY aa.agreement_id), '')
		        FROM assessment_agreements aa WHERE aa.assessment_id = s.id)
		FROM assessments s JOIN authorities au ON au.ons_code = s.authority_code
		WHERE `+where+` ORDER BY s.created_at DESC, s.id DESC`+page, args...)
	if err != nil {
		return nil, fmt.Errorf("find assessments: %w", err)
	}
	defer rows.Close()
	var list []*benchmark.Assessment
	for rows.Next() {
		var a benchmark.Assessment
		au := &benchmark.Authority{}
		var created, covered string
		if err := rows.Scan(&a.ID, &a.AuthorityCode, &au.DfECode, &au.Name, &au.Kind, &a.Title, &a.AssessedOn, &a.Final,
			&a.Source, &a.CopiedFromID, &a.FollowsNew, &created, &covered); err != nil {
			return nil, err
		}
		au.ONSCode, a.Authority, a.CreatedAt = a.AuthorityCode, au, parseTime(created)
		if a.AgreementIDs, err = parseIDs(covered); err != nil {
			return nil, fmt.Errorf("round %d: %w", a.ID, err)
		}
		list = append(list, &a)
	}
	return list, rows.Err()
}

// parseIDs reads a comma-separated list of IDs, as group_concat writes
// it; "" is none.
func parseIDs(s string) ([]int, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	out := make([]int, len(parts))
	for i, p := range parts {
		id, err := strconv.Atoi(p)
		if err != nil {
			return nil, fmt.Errorf("read agreement ID %q: %w", p, err)
		}
		out[i] = id
	}
	return out, nil
}

// CreateAssessment stores a round and its initial ratings in one transaction.
func (s *AssessmentService) CreateAssessment(ctx context.Context, a *benchmark.Assessment, ratings []*benchmark.Rating) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.createAssessment(ctx, a, ratings); err != nil {
		return err
	}
	return tx.Commit()
}

func (tx *Tx) createAssessment(ctx context.Context, a *benchmark.Assessment, ratings []*benchmark.Rating) error {
	if err := benchmark.ValidateRoundTitle(a.Title); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM assessments WHERE authority_code = ? AND title = ?`, a.AuthorityCode, a.Title).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return benchmark.Errorf(benchmark.ECONFLICT, "This authority already has a round called %q.", a.Title)
	}
	var copied any
	if a.CopiedFromID != 0 {
		copied = a.CopiedFromID
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO assessments (authority_code, title, assessed_on, final, source, copied_from, follows_new, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.AuthorityCode, a.Title, a.AssessedOn, a.Final, a.Source, copied, a.FollowsNew, tx.nowText())
	if err != nil {
		return fmt.Errorf("create assessment: %w", err)
	}
	id, _ := res.LastInsertId()
	a.ID, a.CreatedAt = int(id), tx.now
	for _, aid := range a.AgreementIDs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO assessment_agreements (assessment_id, agreement_id) VALUES (?, ?)`, a.ID, aid); err != nil {
			return fmt.Errorf("add agreement %d to round: %w", aid, err)
		}
	}
	for _, r := range ratings {
		r.AssessmentID = a.ID
		if err := tx.insertFirstVersion(ctx, r); err != nil {
			return fmt.Errorf("add rating of recommendation %d: %w", r.RecommendationID, err)
		}
	}
	if a.CreatedBy != "" {
		return tx.insertRoundEvent(ctx, &benchmark.RoundEvent{AssessmentID: a.ID, Action: benchmark.RoundCreated, Ratings: len(ratings), By: a.CreatedBy})
	}
	return nil
}

// insertFirstVersion writes r as version 1 of its round's rating, saved
// at the transaction's time, with its benchmark.Rating.FirstHistory.
func (tx *Tx) insertFirstVersion(ctx context.Context, r *benchmark.Rating) error {
	r.Version, r.UpdatedAt = 1, tx.now
	if err := tx.insertRating(ctx, r, false); err != nil {
		return err
	}
	for _, ch := range r.FirstHistory() {
		if err := tx.insertRatingChange(ctx, ch); err != nil {
			return fmt.Errorf("record history: %w", err)
		}
	}
	return nil
}

// FindRatings returns the saved ratings of a round keyed by recommendation ID.
func (s *AssessmentService) FindRatings(ctx context.Context, assessmentID int) (map[int]*benchmark.Rating, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return tx.findRatings(ctx, assessmentID)
}

func (tx *Tx) findRatings(ctx context.Context, assessmentID int) (map[int]*benchmark.Rating, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+ratingColumns+` FROM ratings WHERE assessment_id = ?`, assessmentID)
	if err != nil {
		return nil, fmt.Errorf("find ratings: %w", err)
	}
	defer rows.Close()
	out := map[int]*benchmark.Rating{}
	for rows.Next() {
		r, err := scanRating(rows, assessmentID)
		if err != nil {
			return nil, err
		}
		out[r.RecommendationID] = r
	}
	return out, rows.Err()
}
