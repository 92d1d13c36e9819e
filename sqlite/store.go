package sqlite

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// Store bundles every service over one database, for callers (seeding, the
// web server, the command line) that need them all.
type Store struct {
	*AuthorityService
	*ThemeService
	*AgreementService
	*AssessmentService
	*ProfileService
	*UserService
	*SessionService
	*SetupService
	*SharingService
	*NationalService
	*UploadService
	*RegisterService
	*ScenarioService
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
		UserService:       NewUserService(db),
		SessionService:    NewSessionService(db),
		SetupService:      NewSetupService(db),
		SharingService:    NewSharingService(db),
		NationalService:   NewNationalService(db),
		UploadService:     NewUploadService(db),
		RegisterService:   NewRegisterService(db),
		ScenarioService:   NewScenarioService(db),
		DB:                db,
	}
}

// Services returns the domain's services over the store's database.
func (s *Store) Services() benchmark.Services {
	return benchmark.Services{
		Authorities: s.AuthorityService,
		Themes:      s.ThemeService,
		Agreements:  s.AgreementService,
		Assessments: s.AssessmentService,
		Profiles:    s.ProfileService,
		Ratings:     s.AssessmentService,
		Mappings:    s.AgreementService,
		RoundAdmin:  s.AssessmentService,
		Removals:    s.AgreementService,
		Users:       s.UserService,
		Sessions:    s.SessionService,
		Setup:       s.SetupService,
		Changes:     s.DB.Changes(),
		Sharing:     s.SharingService,
		National:    s.NationalService,
		Uploads:     s.UploadService,
		Suggestions: s.AgreementService,
		Register:    s.RegisterService,
		Scenarios:   s.ScenarioService,
	}
}

// Seeded reports whether the shipped datasets have been loaded in full
// (see MarkSeeded). A database whose first seeding was interrupted is not
// seeded, so the next start can finish the job.
func (s *Store) Seeded(ctx context.Context) (bool, error) {
	tx, err := s.DB.beginRead(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var n int
	err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM seeded`).Scan(&n)
	return n > 0, err
}

// MarkSeeded records that the shipped datasets are loaded in full.
func (s *Store) MarkSeeded(ctx context.Context) error {
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO seeded (id, finished_at) VALUES (1, ?)`, tx.nowText()); err != nil {
		return fmt.Errorf("mark seeded: %w", err)
	}
	return tx.Commit()
}
