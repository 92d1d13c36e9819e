package benchmark

import (
	"context"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on what a rating's free-text fields may hold.
const (
	MaxCommentary = 4000
	MaxShortField = 200
	MaxEvidence   = 2000
)

// RatingUpdate changes one rating; nil fields are left as they are. Version
// is the version the editor read (0 when the recommendation had no saved
// rating); a save against any other version is refused as a conflict.
type RatingUpdate struct {
	RAG        *RAG
	Commentary *string
	Evidence   *string
	Owner      *string
	TargetDate *string
	Version    int
	// By is the editor's display name, written into the history.
	By string
}

// Validate checks the update's fields and returns EINVALID naming the first
// problem.
func (u *RatingUpdate) Validate() error {
	switch {
	case strings.TrimSpace(u.By) == "":
		return Errorf(EINVALID, "Say who is making the change.")
	case u.RAG != nil && !u.RAG.Valid():
		return Errorf(EINVALID, "Choose Green, Amber, Red or Not rated.")
	case u.Commentary != nil && utf8.RuneCountInString(*u.Commentary) > MaxCommentary:
		return Errorf(EINVALID, "Commentary must be %d characters or fewer.", MaxCommentary)
	case u.Owner != nil && utf8.RuneCountInString(*u.Owner) > MaxShortField:
		return Errorf(EINVALID, "Owner must be %d characters or fewer.", MaxShortField)
	case u.Evidence != nil && !validEvidence(*u.Evidence):
		return Errorf(EINVALID, "Evidence link must be a web address starting with https:// or http://.")
	case u.TargetDate != nil && !validDate(*u.TargetDate):
		return Errorf(EINVALID, "Target date must be a real date, like 2026-03-31.")
	case u.Version < 0:
		return Errorf(EINVALID, "Version must not be negative.")
	}
	return nil
}

func validEvidence(s string) bool {
	if s == "" {
		return true
	}
	if utf8.RuneCountInString(s) > MaxEvidence {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

func validDate(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// Apply returns a copy of r (which may be nil for a recommendation never
// rated) with the update's fields set.
func (u *RatingUpdate) Apply(r *Rating) Rating {
	var out Rating
	if r != nil {
		out = *r
	}
	set := func(dst *string, src *string) {
		if src != nil {
			*dst = strings.TrimSpace(*src)
		}
	}
	if u.RAG != nil {
		out.RAG = *u.RAG
	}
	set(&out.Commentary, u.Commentary)
	set(&out.Evidence, u.Evidence)
	set(&out.Owner, u.Owner)
	set(&out.TargetDate, u.TargetDate)
	return out
}

// Rating fields as named in the history.
const (
	FieldRAG        = "rag"
	FieldCommentary = "commentary"
	FieldEvidence   = "evidence"
	FieldOwner      = "owner"
	FieldTargetDate = "target_date"
)

// RatingFields lists the history's field names in display order.
var RatingFields = []string{FieldRAG, FieldCommentary, FieldEvidence, FieldOwner, FieldTargetDate}

// FieldLabel is the word shown for a history field name.
func FieldLabel(field string) string {
	switch field {
	case FieldRAG:
		return "Rating"
	case FieldCommentary:
		return "Commentary"
	case FieldEvidence:
		return "Evidence link"
	case FieldOwner:
		return "Owner"
	case FieldTargetDate:
		return "Target date"
	}
	return field
}

// Field returns the stored text of one of r's fields by history name.
func (r *Rating) Field(field string) string {
	switch field {
	case FieldRAG:
		return string(r.RAG)
	case FieldCommentary:
		return r.Commentary
	case FieldEvidence:
		return r.Evidence
	case FieldOwner:
		return r.Owner
	case FieldTargetDate:
		return r.TargetDate
	}
	return ""
}

// Diff lists the fields that differ from old to r as history changes (old
// may be nil for a recommendation never rated). Version, By and At are left
// for the caller.
func (r *Rating) Diff(old *Rating) []*RatingChange {
	var before Rating
	if old != nil {
		before = *old
	}
	var out []*RatingChange
	for _, f := range RatingFields {
		if o, n := before.Field(f), r.Field(f); o != n {
			out = append(out, &RatingChange{AssessmentID: r.AssessmentID, RecommendationID: r.RecommendationID, Field: f, Old: o, New: n})
		}
	}
	return out
}

// RatingChange is one field of one saved change in a rating's history:
// who, when, and the value before and after.
type RatingChange struct {
	ID               int `json:"id"`
	AssessmentID     int `json:"assessment_id"`
	RecommendationID int `json:"recommendation_id"`
	// Version is the rating's version the change produced.
	Version int       `json:"version"`
	Field   string    `json:"field"`
	Old     string    `json:"old"`
	New     string    `json:"new"`
	By      string    `json:"by"`
	At      time.Time `json:"at"`
}

// RatingChangeFilter selects history; nil fields are ignored.
type RatingChangeFilter struct {
	AssessmentID     *int
	RecommendationID *int
	// Limit, when positive, keeps only the newest changes.
	Limit int
}

// StaleRatingError refuses a save made against an old version. Current is
// the rating as saved now, so the editor can choose between the two.
type StaleRatingError struct {
	Current *Rating
}

// Error implements the error interface.
func (e *StaleRatingError) Error() string { return e.Unwrap().Error() }

// Unwrap makes the error's code ECONFLICT.
func (e *StaleRatingError) Unwrap() error {
	by := e.Current.UpdatedBy
	if by == "" {
		by = "someone else"
	}
	return Errorf(ECONFLICT, "%s saved this rating after you opened it. Your change was not saved: choose which to keep.", by)
}

// RatingService saves ratings with their history and manages rounds.
type RatingService interface {
	// UpdateRating applies upd to one recommendation's rating in a round
	// and records every changed field in the history, in one transaction.
	// A stale upd.Version returns a *StaleRatingError (ECONFLICT); a final
	// round or a recommendation outside the round returns EINVALID.
	UpdateRating(ctx context.Context, assessmentID, recommendationID int, upd RatingUpdate) (*Rating, error)
	// FindRatingChanges returns history, newest save first, each save's
	// fields in form order.
	FindRatingChanges(ctx context.Context, filter RatingChangeFilter) ([]*RatingChange, error)
	// FinalizeAssessment marks a round final, after which it is read-only.
	FinalizeAssessment(ctx context.Context, id int) error
}
