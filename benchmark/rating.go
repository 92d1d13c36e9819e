package benchmark

import (
	"context"
	"fmt"
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

// FieldProblem is one problem with a rating update. Field is the field's
// history name (FieldRAG and so on, which are also the form's names), or ""
// for a problem with the update as a whole.
type FieldProblem struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// InvalidRatingError lists every problem found with a rating update, in form
// order, so that each can be shown beside its field. Its code is EINVALID.
type InvalidRatingError struct {
	Problems []FieldProblem
}

// Error implements the error interface.
func (e *InvalidRatingError) Error() string { return e.Unwrap().Error() }

// Unwrap makes the error's code EINVALID; its message joins every problem.
func (e *InvalidRatingError) Unwrap() error {
	msgs := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		msgs[i] = p.Message
	}
	return Errorf(EINVALID, "%s", strings.Join(msgs, "; "))
}

// Validate checks every field of the update and returns an
// *InvalidRatingError listing each problem, or nil.
func (u *RatingUpdate) Validate() error {
	var out []FieldProblem
	add := func(field, format string, args ...any) {
		out = append(out, FieldProblem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(u.By) == "" {
		add("", "Say who is making the change")
	}
	if u.Version < 0 {
		add("", "Version must not be negative")
	}
	if u.RAG != nil && !u.RAG.Valid() {
		add(FieldRAG, "Choose Green, Amber, Red or Not rated")
	}
	if u.Commentary != nil && utf8.RuneCountInString(*u.Commentary) > MaxCommentary {
		add(FieldCommentary, "Commentary must be %d characters or fewer", MaxCommentary)
	}
	if u.Evidence != nil {
		if e := strings.TrimSpace(*u.Evidence); utf8.RuneCountInString(e) > MaxEvidence {
			add(FieldEvidence, "Evidence link must be %d characters or fewer", MaxEvidence)
		} else if !validEvidence(e) {
			add(FieldEvidence, "Evidence link must be a web address starting with https:// or http://")
		}
	}
	if u.Owner != nil && utf8.RuneCountInString(*u.Owner) > MaxShortField {
		add(FieldOwner, "Owner must be %d characters or fewer", MaxShortField)
	}
	if u.TargetDate != nil {
		if _, ok := ParseDate(*u.TargetDate); !ok {
			add(FieldTargetDate, "Target date must be a real date, like 31/3/2026")
		}
	}
	if len(out) > 0 {
		return &InvalidRatingError{Problems: out}
	}
	return nil
}

func validEvidence(s string) bool {
	if s == "" {
		return true
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// Apply returns a copy of r (which may be nil for a recommendation never
// rated) with the update's fields set, trimmed, and a valid target date
// written as ISO 8601.
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
	if iso, ok := ParseDate(out.TargetDate); ok {
		out.TargetDate = iso
	}
	return out
}

// Loaded reports whether r is still as its round was created with it, from
// a seeded or imported file, and nobody has saved it since: every save
// records who made it, and the round's own ratings record nobody.
func (r *Rating) Loaded() bool {
	return r.Version == 1 && r.UpdatedBy == ""
}

// FirstHistory is the history r records as a round's first version of
// it: each field it holds, set by its author (UpdatedBy) at UpdatedAt. A
// rating with no author, loaded from a seeded or imported file (see
// Loaded), records none: the file is its record.
func (r *Rating) FirstHistory() []*RatingChange {
	if r.UpdatedBy == "" {
		return nil
	}
	out := r.Diff(nil)
	for _, ch := range out {
		ch.Version, ch.By, ch.At = r.Version, r.UpdatedBy, r.UpdatedAt
	}
	return out
}

// Blank reports whether r holds nothing: not rated and every text empty.
func (r *Rating) Blank() bool {
	return r.RAG == NotRated && r.Commentary == "" && r.Evidence == "" && r.Owner == "" && r.TargetDate == ""
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
	// Typed marks a change from before accounts, whose By is the name the
	// person typed rather than an account's.
	Typed bool `json:"typed,omitempty"`
}

// RatingChangeFilter selects history; nil fields are ignored.
type RatingChangeFilter struct {
	AssessmentID     *int
	RecommendationID *int
	// RecommendationIDs, when not nil, keeps only the changes of these
	// recommendations (an empty list keeps none): the cards a page shows.
	RecommendationIDs []int
	// Limit, when positive, keeps only the newest changes; Offset skips
	// that many of the newest first (a page of a long history).
	Limit, Offset int
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
	// CountRatingChanges counts the changes filter selects, Limit and
	// Offset aside.
	CountRatingChanges(ctx context.Context, filter RatingChangeFilter) (int, error)
	// FinalizeAssessment marks a round final, after which it is read-only,
	// and records in its history that by did so.
	FinalizeAssessment(ctx context.Context, id int, by string) error
}
