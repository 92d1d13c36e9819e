package benchmark

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxRoundTitle is the longest a round's title may be, in characters.
const MaxRoundTitle = 200

// ValidateRoundTitle checks the title of a new round and returns an
// EINVALID error saying what is wrong with it, or nil. Every path that
// starts a round (the form, a ratings import, storage) asks it.
func ValidateRoundTitle(title string) error {
	switch {
	case strings.TrimSpace(title) == "":
		return Errorf(EINVALID, "Enter a title for the round")
	case utf8.RuneCountInString(title) > MaxRoundTitle:
		return Errorf(EINVALID, "Title must be %d characters or fewer", MaxRoundTitle)
	}
	return nil
}

// Assessment is one self-assessment round by one authority, e.g. Bristol's
// "Mitigation Validation Exercise". A final round is read-only.
type Assessment struct {
	ID            int        `json:"id"`
	AuthorityCode string     `json:"authority"` // ONS code
	Authority     *Authority `json:"-"`
	Title         string     `json:"title"`
	AssessedOn    string     `json:"assessed_on,omitempty"` // ISO date; "" when not stated
	Final         bool       `json:"final"`
	Source        string     `json:"source,omitempty"`
	CopiedFromID  int        `json:"copied_from,omitempty"`
	CreatedAt     time.Time  `json:"created_at"`
	// AgreementIDs are the agreements the round covers.
	AgreementIDs []int `json:"agreement_ids"`
	// FollowsNew adds agreements imported later to the round while it is
	// open; it is set for a round started over every agreement.
	FollowsNew bool `json:"follows_new"`
	// CreatedBy names who started the round; when set, storage records it
	// in the round's history (RoundCreated).
	CreatedBy string `json:"created_by,omitempty"`
}

// Rating is one recommendation's RAG in one assessment. Version starts at 1
// and grows with every saved change; a save names the version it read.
type Rating struct {
	AssessmentID     int       `json:"assessment_id"`
	RecommendationID int       `json:"recommendation_id"`
	RAG              RAG       `json:"rag"`
	Commentary       string    `json:"commentary,omitempty"`
	Evidence         string    `json:"evidence,omitempty"`
	Owner            string    `json:"owner,omitempty"`
	TargetDate       string    `json:"target_date,omitempty"`
	Version          int       `json:"version"`
	UpdatedAt        time.Time `json:"updated_at"`
	UpdatedBy        string    `json:"updated_by,omitempty"`
}

// AssessmentFilter selects assessments; nil fields are ignored.
type AssessmentFilter struct {
	ID            *int
	AuthorityCode *string
	// AuthorityCodes, when not nil, keeps only these authorities' rounds
	// (ONS codes); an empty, non-nil list keeps none. See User.ReadScope.
	AuthorityCodes []string
	Title          *string
	// Limit, when above 0, returns at most that many rounds, after
	// skipping the first Offset: one page of a long list.
	Limit  int
	Offset int
}

// AssessmentService reads and writes assessment rounds and their ratings.
type AssessmentService interface {
	// FindAssessmentByID returns one round or ENOTFOUND.
	FindAssessmentByID(ctx context.Context, id int) (*Assessment, error)
	// FindAssessments returns matching rounds, newest first.
	FindAssessments(ctx context.Context, filter AssessmentFilter) ([]*Assessment, error)
	// CountAssessments counts the rounds filter selects, Limit and Offset
	// aside: how many a paged list holds in all.
	CountAssessments(ctx context.Context, filter AssessmentFilter) (int, error)
	// CreateAssessment stores a round and its initial ratings in one
	// transaction and sets a.ID.
	CreateAssessment(ctx context.Context, a *Assessment, ratings []*Rating) error
	// FindRatings returns the saved ratings of a round, keyed by
	// recommendation ID; recommendations never rated are absent.
	FindRatings(ctx context.Context, assessmentID int) (map[int]*Rating, error)
	// FindRating returns one recommendation's saved rating in a round, or
	// nil when it was never rated.
	FindRating(ctx context.Context, assessmentID, recommendationID int) (*Rating, error)
	// FindRoundEvents returns what admins did to a round (RoundEvent),
	// newest first.
	FindRoundEvents(ctx context.Context, assessmentID int) ([]*RoundEvent, error)
}
