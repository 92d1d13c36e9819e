package sqlite

// Store bundles every service over one database, for callers (seeding, the
// web server, the command line) that need them all.
type Store struct {
	*AuthorityService
	*ThemeService
	*AgreementService
	*AssessmentService
	DB *DB
}

// NewStore returns all services over db.
func NewStore(db *DB) *Store {
	return &Store{
		AuthorityService:  NewAuthorityService(db),
		ThemeService:      NewThemeService(db),
		AgreementService:  NewAgreementService(db),
		AssessmentService: NewAssessmentService(db),
		DB:                db,
	}
}
