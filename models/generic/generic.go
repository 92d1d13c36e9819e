// Package generic is the deficit model any authority can use: it projects
// a profile the authority supplies. Importing it registers model "generic",
// which needs deficit.Options.Profile: the profile's years, read from the
// authority's file by ingest.ReadProfile (the columns are documented
// there). Savings are a memo, already netted from spend, changed only by
// scenarios; a published deficit is shown as the authority's own profile
// and checked against the projection.
package generic

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
)

// Name is the model's registry name.
const Name = "generic"

func init() { deficit.Register(Name, driver{}) }

type driver struct{}

func (driver) About() deficit.About {
	return deficit.About{
		Name: Name, Title: "Your authority's profile", NeedsProfile: true,
		Summary: "Projects a profile your authority supplies as CSV (year, funding, spend, contributions, transfers, savings), beside Bury and normalised by High Needs funding.",
	}
}

func (driver) Open(opts deficit.Options) (deficit.Model, error) {
	if len(opts.Profile) == 0 {
		return nil, fmt.Errorf("the generic model needs a profile")
	}
	return New(opts.Profile, opts.Authority, opts.AuthorityCode, opts.ProfileName)
}

// Model projects one authority's supplied profile; it implements
// deficit.Model.
type Model struct {
	years     []deficit.ProfileYear
	authority string
	code      string
	source    string
	inputs    *deficit.Inputs
}

// New builds the model for a supplied profile's years. authority is the
// resolved authority's name and code its ONS code; both may be empty.
// source names where the profile came from.
func New(years []deficit.ProfileYear, authority, code, source string) (*Model, error) {
	m := &Model{years: years, source: source, authority: "Your authority", code: code}
	if authority != "" {
		m.authority = authority
	}
	m.inputs = inputs(years, m.authority)
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

// Forecasts returns the supplied published deficits, if the profile has
// any, as the agreed profile.
func (m *Model) Forecasts() []deficit.Forecast {
	pts := published(m.years)
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
	for i, y := range m.years {
		if y.Deficit == nil {
			continue
		}
		printed, got := *y.Deficit, p.Years[i].Deficit
		st := deficit.Classify(printed, got, deficit.Millions)
		out = append(out, deficit.Finding{
			ID: "deficit-" + y.Year.String(), Table: m.authority + " profile", Where: y.Year.String(),
			Check:  "published deficit = last year's + spend − funding − contributions − transfers",
			Status: st, Unit: deficit.Millions, HasFigures: true,
			Printed: printed, Expected: got, Difference: printed - got,
			Detail: fmt.Sprintf("The profile publishes %s; its own flows give %s.", deficit.FormatMillions(printed), deficit.FormatMillions(got)),
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
