package benchmark

import (
	"context"
	"slices"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// Register event kinds: what happened to an agreement after it was
// published. EventNote is free text with no kind svbench recognises.
const (
	EventExtended       = "extended"
	EventFundingProfile = "funding profile updated"
	EventUnderReview    = "under review"
	EventWithheld       = "payments withheld"
	EventCourtRuling    = "court ruling"
	EventNote           = "note"
)

// RegisterEntry is one published agreement as the public record of
// agreements has it, whether or not svbench holds its recommendations.
type RegisterEntry struct {
	ONSCode   string `json:"ons_code"`
	Authority string `json:"authority"` // the authority's place name (PlaceName), filled when read back
	Round     string `json:"round"`
	// Published is YYYY-MM-DD, or YYYY-MM where the day is not known.
	Published     string `json:"published"`
	PublishedNote string `json:"published_note,omitempty"`
	// FundingGBP is the total DfE said it would pay, nil when no source
	// states it.
	FundingGBP *float64         `json:"dfe_funding_gbp,omitempty"`
	Events     []*RegisterEvent `json:"events"`
	Sources    []string         `json:"sources"`
	// AgreementID is the held agreement for the same authority and round
	// (a combined agreement stands for each of its parties' entries), 0
	// when svbench does not hold its recommendations yet.
	AgreementID     int `json:"agreement_id,omitempty"`
	Recommendations int `json:"recommendations"`
}

// RegisterEvent is one thing that happened to an agreement, with the
// sources of its register row.
type RegisterEvent struct {
	// Date is YYYY-MM-DD or YYYY-MM, "" when the text gives none.
	Date    string   `json:"date,omitempty"`
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
}

// Status is the entry's standing from its dated events: the kind of the
// latest dated extension, review or withholding, "" when none.
func (e *RegisterEntry) Status() string {
	status, latest := "", ""
	for _, ev := range e.Events {
		switch ev.Kind {
		case EventExtended, EventUnderReview, EventWithheld:
			if ev.Date != "" && ev.Date >= latest {
				status, latest = ev.Kind, ev.Date
			}
		}
	}
	return status
}

// Undated lists the kinds of extension, review or withholding the entry
// records with no date, other than its Status, in the order first met:
// the register knows they happened, not when, so they cannot be the
// latest standing but are still shown beside it.
func (e *RegisterEntry) Undated() []string {
	status := e.Status()
	var out []string
	for _, ev := range e.Events {
		switch ev.Kind {
		case EventExtended, EventUnderReview, EventWithheld:
			if ev.Date == "" && ev.Kind != status && !slices.Contains(out, ev.Kind) {
				out = append(out, ev.Kind)
			}
		}
	}
	return out
}

// Held says whether svbench holds the agreement's recommendations.
func (e *RegisterEntry) Held() bool { return e.AgreementID != 0 }

// Funding shows the DfE funding in £ million to at most two decimals,
// "£20.53m", "£33.5m", "£140m", or "" when no source states it.
func (e *RegisterEntry) Funding() string {
	if e.FundingGBP == nil {
		return ""
	}
	s := deficit.FormatNumber(*e.FundingGBP/1e6, 2)
	if strings.Contains(s, ".") {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	}
	return "£" + s + "m"
}

// PublishedText shows the publication date as "16 March 2023", or
// "March 2022" where only the month is known.
func (e *RegisterEntry) PublishedText() string { return MonthOrDay(e.Published) }

// MonthOrDay shows YYYY-MM-DD as "16 March 2023" and YYYY-MM as
// "March 2022"; anything else is returned as it is.
func MonthOrDay(s string) string {
	if len(s) == len("2006-01") {
		if d := LongDate(s + "-01"); d != s+"-01" {
			_, rest, _ := strings.Cut(d, " ")
			return rest
		}
	}
	return LongDate(s)
}

// ProgrammeEvent is one event of the Safety Valve programme as a whole,
// with its source.
type ProgrammeEvent struct {
	Date string `json:"date,omitempty"` // YYYY-MM-DD, "" when not stated
	// When words a time given without a date ("2026-27 settlement").
	When      string `json:"when,omitempty"`
	Text      string `json:"text"`
	Source    string `json:"source"`
	SourceURL string `json:"source_url,omitempty"`
}

// Register sort keys and directions for the home table.
const (
	SortAuthority = "authority"
	SortRound     = "round"
	SortPublished = "published"
	SortFunding   = "funding"
	SortHeld      = "recommendations"
)

// RegisterSorts lists the valid sort keys.
var RegisterSorts = []string{SortAuthority, SortRound, SortPublished, SortFunding, SortHeld}

// RegisterFilter selects and orders register entries; empty fields are
// ignored.
type RegisterFilter struct {
	ONSCode string
	Round   string
	// Held is "yes" for entries whose recommendations are held, "no" for
	// the others.
	Held string
	// Status is an event kind (extended, under review, payments withheld)
	// the entry must have recorded, dated or not, whatever its latest
	// standing: payments withheld are often recorded without a date, so
	// never the entry's Status. "none" is for entries with none of them.
	Status string
	// Sort is one of RegisterSorts (authority when blank); Desc reverses it.
	Sort string
	Desc bool
}

// RegisterService reads and writes the register of agreements and the
// programme's events.
type RegisterService interface {
	// FindRegister returns the matching entries with their events, sources
	// and the held agreement each stands for, in the filter's order.
	FindRegister(ctx context.Context, filter RegisterFilter) ([]*RegisterEntry, error)
	// ReplaceRegister writes the whole register, how many agreements each
	// round published, and the programme's events in one transaction, in
	// place of what was held.
	ReplaceRegister(ctx context.Context, entries []*RegisterEntry, rounds []RoundCount, events []*ProgrammeEvent) error
	// ProgrammeEvents returns the programme's events, dated ones first by
	// date.
	ProgrammeEvents(ctx context.Context) ([]*ProgrammeEvent, error)
	// RegisterRounds returns each round with how many agreements DfE
	// published in it and how many the register names, in round order.
	RegisterRounds(ctx context.Context) ([]RoundCount, error)
}

// RoundCount is how many agreements DfE published in a round, with the
// source saying so, and how many of them the register names.
type RoundCount struct {
	Round     string `json:"round"`
	Published int    `json:"published"`
	Source    string `json:"source,omitempty"`
	Named     int    `json:"named"`
}

// RegisterTotals sums rounds into agreements published and named.
func RegisterTotals(rounds []RoundCount) (published, named int) {
	for _, r := range rounds {
		published += r.Published
		named += r.Named
	}
	return published, named
}
