package benchmark

import (
	"context"
	"net/url"
	"strings"
	"time"
)

// MaxScenarioNameLength caps a saved scenario's name, in characters.
const MaxScenarioNameLength = 100

// SavedScenario is a scenario of a deficit model a person ran and kept
// under a name for an authority, so that it can be run again by one link.
type SavedScenario struct {
	ID            int        `json:"id"`
	AuthorityCode string     `json:"authority"` // ONS code
	Authority     *Authority `json:"-"`
	// Model is the deficit model's name, e.g. "bury".
	Model string `json:"model"`
	// Name is what the person called the scenario.
	Name string `json:"name"`
	// Query is the scenario form as a URL query string, exactly as run.
	Query     string    `json:"query"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by,omitempty"`
}

// Validate checks what storage needs: an authority, a model, a name of at
// most MaxScenarioNameLength characters and a query that parses.
func (s *SavedScenario) Validate() error {
	switch {
	case strings.TrimSpace(s.AuthorityCode) == "":
		return Errorf(EINVALID, "Say which authority the scenario is kept for.")
	case strings.TrimSpace(s.Model) == "":
		return Errorf(EINVALID, "Say which model the scenario belongs to.")
	case strings.TrimSpace(s.Name) == "":
		return Errorf(EINVALID, "Give the scenario a name.")
	case len([]rune(s.Name)) > MaxScenarioNameLength:
		return Errorf(EINVALID, "The scenario's name must be %d characters or fewer.", MaxScenarioNameLength)
	}
	if _, err := url.ParseQuery(s.Query); err != nil {
		return Errorf(EINVALID, "The scenario's settings could not be read.")
	}
	return nil
}

// SavedScenarioFilter selects saved scenarios; nil fields are ignored. A
// non-nil AuthorityCodes keeps only those authorities (none when empty).
type SavedScenarioFilter struct {
	ID             *int
	Model          *string
	AuthorityCodes []string
}

// ScenarioService keeps the named scenarios of deficit models.
type ScenarioService interface {
	// SaveScenario checks s whole (its authority must exist), stores it in
	// one transaction and sets s.ID and s.CreatedAt.
	SaveScenario(ctx context.Context, s *SavedScenario) error
	// FindScenarios returns matching scenarios, newest first.
	FindScenarios(ctx context.Context, filter SavedScenarioFilter) ([]*SavedScenario, error)
	// DeleteScenario removes one scenario, or answers ENOTFOUND.
	DeleteScenario(ctx context.Context, id int) error
}
