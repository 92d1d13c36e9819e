// Package generic is the deficit model any authority can use: it projects
// a profile the authority supplies as CSV. Its Driver, registered as
// "generic", needs deficit.Options.Profile.
//
// The profile CSV has a header row and one row per financial year, in
// order, with the columns listed in [Columns] (£m; only year, funding and
// spend are required; a blank cell is zero). Savings are the level reached
// in the year, already netted from spend: shown as a memo and changed only
// by scenarios. Deficit, the published cumulative deficit at the year's
// end, if any, is shown as the authority's own profile and checked against
// the projection.
//
// The file is read as every svbench upload is (package ingest): CSV in
// UTF-8, UTF-16 or Windows-1252 as Excel saves it, or the first sheet of an
// .xlsx workbook. Column names are read without regard to case, spaces,
// hyphens or underscores ("Opening Deficit" is opening_deficit); a column
// not listed here is refused, so a misspelt one is not dropped silently.
// Rows whose cells are all blank are skipped.
package generic

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
)

// Name is the model's registry name.
const Name = "generic"

// Driver returns the generic model's driver, to register in a deficit.Registry.
func Driver() deficit.Driver { return driver{} }

type driver struct{}

func (driver) About() deficit.About {
	return deficit.About{
		Name: Name, Title: "Your authority's profile", NeedsProfile: true,
		Summary: "Projects a profile your authority supplies as CSV (year, funding, spend, contributions, transfers, savings), beside Bury and normalised by High Needs funding.",
	}
}

func (driver) Open(opts deficit.Options) (deficit.Model, error) {
	if opts.Profile == nil {
		return nil, fmt.Errorf("the generic model needs a profile CSV")
	}
	p, err := ReadProfile(opts.Profile)
	if err != nil {
		return nil, err
	}
	return New(p, opts.Authority, opts.AuthorityCode, opts.ProfileName)
}

// Model projects one authority's supplied profile; it implements
// deficit.Model.
type Model struct {
	profile   *Profile
	authority string
	code      string
	source    string
	inputs    *deficit.Inputs
}

// New builds the model for profile p. authority is the resolved
// authority's name and code its ONS code; both may be empty.
func New(p *Profile, authority, code, source string) (*Model, error) {
	m := &Model{profile: p, source: source, authority: "Your authority", code: code}
	if authority != "" {
		m.authority = authority
	}
	m.inputs = p.Inputs(m.authority)
	if err := m.inputs.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// Info describes the model.
func (m *Model) Info() deficit.Info {
	return deficit.Info{
		Name: Name, Title: m.authority + ": supplied profile", Authority: m.authority, AuthorityCode: m.code,
		Source: m.source, Summary: driver{}.About().Summary,
	}
}

// Inputs returns a copy of the profile's inputs.
func (m *Model) Inputs() *deficit.Inputs { return m.inputs.Clone() }

// Forecasts returns the supplied published deficits, if the CSV had any,
// as the agreed profile.
func (m *Model) Forecasts() []deficit.Forecast {
	pts := m.profile.Published()
	if len(pts) == 0 {
		return nil
	}
	return []deficit.Forecast{{ID: "supplied", Caption: m.authority + " published profile", Agreed: true, Points: pts}}
}

// Reconcile checks each published deficit against the projection of the
// profile's own flows.
func (m *Model) Reconcile() deficit.Findings {
	p, err := deficit.Project(m.inputs, nil, nil)
	if err != nil {
		return nil
	}
	var out deficit.Findings
	for i, r := range m.profile.Rows {
		if !r.deficit.Valid {
			continue
		}
		got := p.Years[i].Deficit
		st := deficit.Classify(r.deficit.Value, got, deficit.Millions)
		out = append(out, deficit.Finding{
			ID: "deficit-" + r.year.String(), Table: m.authority + " profile", Where: r.year.String(),
			Check:  "published deficit = last year's + spend − funding − contributions − transfers",
			Status: st, Unit: deficit.Millions, HasFigures: true,
			Printed: r.deficit.Value, Expected: got, Difference: r.deficit.Value - got,
			Detail: fmt.Sprintf("The profile publishes %s; its own flows give %s.", deficit.FormatMillions(r.deficit.Value), deficit.FormatMillions(got)),
		})
	}
	return out
}

// Choices states how a supplied profile is read.
func (m *Model) Choices() []deficit.Choice {
	return []deficit.Choice{{
		ID:       "spend-net-of-savings",
		Question: "Is the supplied spend net of the supplied savings?",
		Answer:   "Yes: savings are a memo, never subtracted again; scenarios add back only what they take away or delay.",
		Reason:   "Authorities forecast spend after their savings plans, as Bury does; reading it the other way would count the savings twice.",
	}}
}

// Risks returns none: a supplied profile has no risk register.
func (m *Model) Risks() []deficit.Risk { return nil }
