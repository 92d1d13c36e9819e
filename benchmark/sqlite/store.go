package sqlite

import "context"

// Store bundles every service over one database, for callers (seeding, the
// web server, the command line) that need them all.
type Store struct {
	*AuthorityService
	*ThemeService
	*AgreementService
	*AssessmentService
	*ProfileService
	DB *DB
}

// NewStore returns all services over db.
func NewStore(db *DB) *Store {
	return &Store{
		AuthorityService:  NewAuthorityService(db),
		ThemeService:      NewThemeService(db),
		AgreementService:  NewAgreementService(db),
		AssessmentService: NewAssessmentService(db),
		ProfileService:    NewProfileService(db),
		DB:                db,
	}
}

// Empty reports whether the database holds no authorities yet, which is
// when it should be seeded.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	tx, err := s.DB.beginRead(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var n int
	err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM authorities`).Scan(&n)
	return n == 0, err
}
