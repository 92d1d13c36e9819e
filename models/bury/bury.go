// Package bury is svbench's deficit model for Bury, built from the Schools'
// Forum report "Project Safety Valve" of January 2022. Every figure comes
// from datasets/bury, read by package ingest into Data; nothing is typed in
// Go and the model does no I/O. The model reproduces the published
// recovery forecasts, derives what the report leaves unstated as labelled
// balancing items, and reconciles every table.
//
// cmd/svbench builds the model (New) and registers its Driver.
package bury

import (
	"fmt"
	"sync"

	"github.com/svbench/svbench/benchmark/deficit"
)

// Name is the model's registry name.
const Name = "bury"

// driver opens the one model built from the shipped data.
type driver struct{ m *Model }

func (driver) About() deficit.About {
	return deficit.About{
		Name:    Name,
		Title:   "Bury: Project Safety Valve, January 2022",
		Summary: "Bury's revised deficit recovery plan (Schools' Forum, January 2022), with the agreed and revised profiles, savings schemes and reconciliation.",
	}
}

func (d driver) Open(deficit.Options) (deficit.Model, error) { return d.m, nil }

// Model is Bury's deficit model; it implements deficit.Model,
// deficit.Ranger and deficit.ThemeSaver.
type Model struct {
	data     *Data
	base     *deficit.Inputs
	profiles []deficit.Forecast
	findings deficit.Findings
	presets  []deficit.Scenario
	// themes maps the schemes to the taxonomy, worked out once.
	themes func() ([]deficit.ThemeSavings, error)
}

// New builds the model from d (its files read by ingest.ReadModelData),
// checking the figures and the shipped scenarios and ranges first.
func New(d *Data) (*Model, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	base, err := d.baseInputs()
	if err != nil {
		return nil, err
	}
	rev14, err := d.revised14Inputs(base)
	if err != nil {
		return nil, err
	}
	presets, err := d.checkScenarios(base)
	if err != nil {
		return nil, err
	}
	if err := d.Ranges.Validate(); err != nil {
		return nil, fmt.Errorf("bury sensitivity.json: %w", err)
	}
	m := &Model{data: d, base: base, profiles: d.profiles(base, rev14), presets: presets}
	m.findings = d.reconcile(base, rev14)
	m.themes = sync.OnceValues(m.savingsByTheme)
	return m, nil
}

// Driver returns the driver that opens m, to register in a
// deficit.Registry.
func (m *Model) Driver() deficit.Driver { return driver{m} }

// Data returns the report's figures the model was built from.
func (m *Model) Data() *Data { return m.data }

// Info describes the model.
func (m *Model) Info() deficit.Info {
	a := driver{}.About()
	return deficit.Info{
		Name: Name, Title: a.Title, Authority: authorityName, AuthorityCode: authorityCode,
		Source:   "Bury Council, Schools' Forum: Project Safety Valve (January 2022)",
		Summary:  a.Summary,
		Plan:     "deficit recovery plan (Schools' Forum report, January 2022)",
		Forecast: "16 Dec 2021 forecast",
	}
}

// Inputs returns a copy of the base inputs (the 16 December 2021 forecast).
func (m *Model) Inputs() *deficit.Inputs { return m.base.Clone() }

// Forecasts returns the agreed (Jan 2021) and revised (14 and 16 Dec 2021)
// recovery forecasts.
func (m *Model) Forecasts() []deficit.Forecast {
	out := make([]deficit.Forecast, len(m.profiles))
	for i, p := range m.profiles {
		p.Points = append([]deficit.Point(nil), p.Points...)
		if p.Inputs != nil {
			p.Inputs = p.Inputs.Clone()
		}
		out[i] = p
	}
	return out
}

// Reconcile returns every reconciliation check and its outcome.
func (m *Model) Reconcile() deficit.Findings { return append(deficit.Findings(nil), m.findings...) }

// Risks returns Table 7 (Headline risks) as data, duplicate row included.
func (m *Model) Risks() []deficit.Risk {
	var out []deficit.Risk
	for _, r := range m.data.Risks {
		out = append(out, deficit.Risk{Row: r.Row, Workstream: r.Workstream, Category: r.Category, Obstacle: r.Obstacle, Impact: r.Impact, Owner: r.Owner})
	}
	return out
}
