package benchmark

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxReopenReason is the longest a reason for reopening a round may be,
// in characters.
const MaxReopenReason = 1000

// What an admin did to a round, as its history names it.
const (
	RoundRenamed          = "renamed"
	RoundReopened         = "reopened"
	RoundAgreementRemoved = "agreement_removed"
	// RoundCreated: someone started the round.
	RoundCreated = "created"
	// RoundFinalised: an editor marked the round final.
	RoundFinalised = "finalised"
)

// RoundEvent is one change an admin made to a round, kept in the round's
// history: a rename (Old and New are the titles), a reopening (Reason
// says why) or an uploaded agreement taken out of it (Old names the
// revision removed, New the revision restored in its place or "", and
// Ratings counts the ratings that went with it).
type RoundEvent struct {
	ID           int       `json:"id"`
	AssessmentID int       `json:"assessment_id"`
	Action       string    `json:"action"`
	Old          string    `json:"old,omitempty"`
	New          string    `json:"new,omitempty"`
	Reason       string    `json:"reason,omitempty"`
	Ratings      int       `json:"ratings,omitempty"`
	By           string    `json:"by"`
	At           time.Time `json:"at"`
}

// RoundDeletion records a deleted round: the round is gone with its
// ratings and history, and this row says who deleted what, and when.
type RoundDeletion struct {
	ID            int       `json:"id"`
	AssessmentID  int       `json:"assessment_id"`
	AuthorityCode string    `json:"authority"`
	Title         string    `json:"title"`
	Final         bool      `json:"final"`
	Ratings       int       `json:"ratings"`
	By            string    `json:"by"`
	At            time.Time `json:"at"`
}

// ValidateActor refuses a change that names nobody: every admin change
// records the account that made it.
func ValidateActor(by string) error {
	if strings.TrimSpace(by) == "" {
		return Errorf(EINVALID, "Say who is making the change")
	}
	return nil
}

// ValidateReopenReason checks the reason given for reopening a final
// round and returns an EINVALID error saying what is wrong, or nil.
func ValidateReopenReason(reason string) error {
	switch {
	case strings.TrimSpace(reason) == "":
		return Errorf(EINVALID, "Enter why the round is being reopened")
	case utf8.RuneCountInString(reason) > MaxReopenReason:
		return Errorf(EINVALID, "Reason must be %d characters or fewer", MaxReopenReason)
	}
	return nil
}

// RoundAdminService puts rounds right. Each change names its account (by)
// and is recorded: renames and reopenings in the round's history
// (AssessmentService.FindRoundEvents), deletions in their own record.
type RoundAdminService interface {
	// RenameAssessment gives a round a new title (ValidateRoundTitle); a
	// title another round of the authority holds is ECONFLICT. The same
	// title again changes and records nothing.
	RenameAssessment(ctx context.Context, id int, title, by string) error
	// ReopenAssessment makes a final round open again, recording the
	// reason (ValidateReopenReason); a round that is not final is EINVALID.
	ReopenAssessment(ctx context.Context, id int, reason, by string) error
	// DeleteAssessment deletes a round with its ratings and history and
	// records the deletion, in one transaction. Rounds copied from it
	// keep their ratings and lose only the link to it.
	DeleteAssessment(ctx context.Context, id int, by string) (*RoundDeletion, error)
	// FindRoundDeletions returns every recorded deletion, newest first.
	FindRoundDeletions(ctx context.Context) ([]*RoundDeletion, error)
}
