package benchmark

import (
	"context"
	"iter"
	"sort"
	"strings"
	"time"
)

// Agreement statuses, as the agreement format lists them (README.md);
// "" means not stated.
const (
	StatusActive      = "active"
	StatusRevised     = "revised"
	StatusExtended    = "extended"
	StatusUnderReview = "under review"
	StatusSuspended   = "suspended"
)

// Statuses lists the valid agreement statuses.
var Statuses = []string{StatusActive, StatusRevised, StatusExtended, StatusUnderReview, StatusSuspended}

// Agreement is one published Safety Valve agreement. It is identified by its
// parties and round; importing changed content makes a new revision and the
// older one is kept with SupersededBy set.
type Agreement struct {
	ID            int    `json:"id"`
	Title         string `json:"title"`
	FinancialYear string `json:"round"`
	Published     string `json:"published,omitempty"` // ISO date; "" when not stated
	Status        string `json:"status,omitempty"`    // "" when not stated
	SourceURL     string `json:"source_url,omitempty"`
	Revision      int    `json:"revision"`
	// SupersededBy is the ID of the newer revision, or 0 for the current one.
	SupersededBy    int               `json:"superseded_by,omitempty"`
	CreatedAt       time.Time         `json:"created_at"`
	Parties         []*Authority      `json:"parties"`
	Recommendations []*Recommendation `json:"recommendations"`
	// Provenance says where this revision came from and who brought it in.
	Provenance Provenance `json:"provenance"`
}

// PartyKey identifies the agreement's parties independently of their order.
func (a *Agreement) PartyKey() string {
	codes := make([]string, len(a.Parties))
	for i, p := range a.Parties {
		codes[i] = p.ONSCode
	}
	return PartyKey(codes)
}

// PartyNames joins the parties' place names with " and ".
func (a *Agreement) PartyNames() string { return Places(a.Parties) }

// Recommendation is one numbered condition of an agreement.
type Recommendation struct {
	ID          int `json:"id"`
	AgreementID int `json:"agreement_id"`
	// Reference is the recommendation's number in the agreement. The
	// appendix gives none, so shipped ones are numbered in appendix order.
	Reference string     `json:"reference"`
	Position  int        `json:"position"`
	Text      string     `json:"text"`
	Due       string     `json:"due,omitempty"` // ISO date; "" when not stated
	Mappings  []*Mapping `json:"mappings"`
	// MappingVersion starts at 1 and grows with every review of the
	// mappings; a review names the version it read.
	MappingVersion int `json:"mapping_version"`
	// ReviewedBy names the account of the latest review, "" when none.
	ReviewedBy string `json:"reviewed_by,omitempty"`
}

// Mapping sources.
const (
	SourcePublished = "published"
	SourceSuggested = "suggested"
	SourceReviewed  = "reviewed"
)

// Mapping places a recommendation under a theme and optional sub-theme.
type Mapping struct {
	ID         int     `json:"id"`
	ThemeID    int     `json:"theme_id"`
	Theme      string  `json:"theme"`
	SubThemeID int     `json:"sub_theme_id,omitempty"` // 0 when none
	SubTheme   string  `json:"sub_theme,omitempty"`
	Source     string  `json:"source"`
	Confidence float64 `json:"confidence,omitempty"` // set for suggested mappings
	// Why lists the words of the recommendation that a suggestion matched,
	// strongest first; empty for other mappings.
	Why []string `json:"why,omitempty"`
}

// Themes returns the distinct theme names of r's mappings, in mapping order.
func (r *Recommendation) Themes() []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range r.Mappings {
		if !seen[m.Theme] {
			seen[m.Theme] = true
			out = append(out, m.Theme)
		}
	}
	return out
}

// AgreementFilter selects agreements; nil fields are ignored.
type AgreementFilter struct {
	ID *int
	// IDs, when not nil, selects only the agreements with these IDs (an
	// empty list selects none).
	IDs []int
	// RecommendationID selects the agreement revision holding this
	// recommendation.
	RecommendationID *int
	// Party is an authority's ONS code.
	Party         *string
	FinancialYear *string
	// IncludeSuperseded also returns older revisions.
	IncludeSuperseded bool
	// WithoutRecommendations leaves the recommendations out, for a caller
	// that needs only agreements' titles, rounds and parties.
	WithoutRecommendations bool
}

// AgreementService reads and writes agreements.
type AgreementService interface {
	// FindAgreementByID returns one agreement (any revision) with its parties,
	// recommendations and mappings, or ENOTFOUND.
	FindAgreementByID(ctx context.Context, id int) (*Agreement, error)
	// FindAgreements returns the matching agreements, each complete, ordered
	// by round then title.
	FindAgreements(ctx context.Context, filter AgreementFilter) ([]*Agreement, error)
	// ImportAgreements writes the given agreements in one transaction:
	// unchanged ones are left alone, new ones created and changed ones
	// revised. With dryRun nothing is written but the result is the same.
	ImportAgreements(ctx context.Context, agreements []*Agreement, dryRun bool) (*ImportResult, error)
	// ImportAgreementSeq is ImportAgreements for agreements read one at a
	// time, each written as it arrives; the first error seq yields rolls
	// back everything and is returned.
	ImportAgreementSeq(ctx context.Context, seq iter.Seq2[*Agreement, error], dryRun bool) (*ImportResult, error)
}

// FindAgreementsByIDs returns the agreements with the given IDs, older
// revisions included, in FindAgreements' order; none when ids is empty.
func FindAgreementsByIDs(ctx context.Context, svc AgreementService, ids []int) ([]*Agreement, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return svc.FindAgreements(ctx, AgreementFilter{IDs: ids, IncludeSuperseded: true})
}

// CoveredIDs returns the IDs of the agreements any of rounds covers, each
// once, in the order first met.
func CoveredIDs(rounds ...*Assessment) []int {
	var out []int
	seen := map[int]bool{}
	for _, r := range rounds {
		for _, id := range r.AgreementIDs {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// CoveredOnlyBy returns the IDs of the agreements round a covers and round
// b does not, in a's order: the other revisions a comparison of the two
// needs beyond b's own agreements.
func CoveredOnlyBy(a, b *Assessment) []int {
	covers := map[int]bool{}
	for _, id := range b.AgreementIDs {
		covers[id] = true
	}
	var out []int
	for _, id := range a.AgreementIDs {
		if !covers[id] {
			out = append(out, id)
		}
	}
	return out
}

// ImportResult says what an import did (or, in a dry run, would do) to each
// agreement, in file order.
type ImportResult struct {
	Outcomes []ImportOutcome `json:"outcomes"`
}

// Import actions.
const (
	ImportCreated   = "created"
	ImportRevised   = "revised"
	ImportUnchanged = "unchanged"
)

// ImportOutcome is the fate of one agreement in an import.
type ImportOutcome struct {
	Action          string `json:"action"`
	Title           string `json:"title"`
	FinancialYear   string `json:"round"`
	Parties         string `json:"parties"`
	AgreementID     int    `json:"agreement_id"`
	Revision        int    `json:"revision"`
	Recommendations int    `json:"recommendations"`
	// Added, Changed and Removed count recommendations against the current
	// revision (all are added for a new agreement).
	Added   int `json:"added,omitempty"`
	Changed int `json:"changed,omitempty"`
	Removed int `json:"removed,omitempty"`
	// Suggested counts recommendations mapped automatically, and
	// NeedsReview those of them with low confidence.
	Suggested   int `json:"suggested,omitempty"`
	NeedsReview int `json:"needs_review,omitempty"`
	// CarriedForward counts ratings in open rounds copied to the new
	// revision; Unmatched lists rated recommendations of the old revision
	// that found no match, for a person to rate again.
	CarriedForward int      `json:"carried_forward,omitempty"`
	Unmatched      []string `json:"unmatched,omitempty"`
	// JoinedRounds names the open rounds ("Authority: title") a new
	// agreement was added to: those that follow new agreements.
	JoinedRounds []string `json:"joined_rounds,omitempty"`
}

// Count returns how many outcomes have the given action.
func (r *ImportResult) Count(action string) int {
	n := 0
	for _, o := range r.Outcomes {
		if o.Action == action {
			n++
		}
	}
	return n
}

// PartyKey joins sorted ONS codes with ";".
func PartyKey(onsCodes []string) string {
	c := append([]string(nil), onsCodes...)
	sort.Strings(c)
	return strings.Join(c, ";")
}
