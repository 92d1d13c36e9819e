package deficit

import "fmt"

// Report is everything a model page or export shows for one model: the
// base projection, an optional scenario beside it, the published profiles
// (with the engine's replay of each that has inputs), reconciliation
// findings, choices, risks and derivations.
type Report struct {
	Info Info
	// Base is the projection of the model's base inputs.
	Base *Projection
	// Scenario and Comparison are nil without a scenario.
	Scenario   *Projection
	Comparison *Comparison
	Profiles   []Forecast
	// Replays are the engine's projections of each profile's inputs, keyed
	// by profile ID.
	Replays     map[string]*Projection
	Findings    Findings
	Choices     []Choice
	Risks       []Risk
	Derivations []Derivation
	// Published are the source's tables as printed, when the model is a
	// Publisher.
	Published []PublishedTable
}

// NewReport projects m's base inputs and, when sc changes anything, the
// scenario too.
func NewReport(m Model, sc *Scenario) (*Report, error) {
	profiles := m.Forecasts()
	agreed := AgreedForecast(profiles)
	in := m.Inputs()
	base, err := Project(in, nil, agreed)
	if err != nil {
		return nil, fmt.Errorf("project %s: %w", m.Info().Name, err)
	}
	r := &Report{
		Info: m.Info(), Base: base, Profiles: profiles, Replays: map[string]*Projection{},
		Findings: m.Reconcile(), Choices: m.Choices(), Risks: m.Risks(), Derivations: in.Derivations,
	}
	if pub, ok := m.(Publisher); ok {
		r.Published = pub.Published()
	}
	for _, p := range profiles {
		if p.Inputs == nil {
			continue
		}
		rp, err := Project(p.Inputs, nil, agreed)
		if err != nil {
			return nil, fmt.Errorf("replay %s: %w", p.Caption, err)
		}
		r.Replays[p.ID] = rp
	}
	if !sc.IsZero() {
		s, err := Project(in, sc, agreed)
		if err != nil {
			return nil, fmt.Errorf("project scenario: %w", err)
		}
		if s.Label == base.Label {
			s.Label = "Scenario"
		}
		c := Compare(base, s)
		r.Scenario, r.Comparison = s, &c
	}
	return r, nil
}
