// Package bury is svbench's deficit model for Bury, built from the Schools'
// Forum report "Project Safety Valve" of January 2022. Every figure is read
// from datasets/bury; nothing is typed in Go. The model reproduces the
// published recovery forecasts, derives what the report leaves unstated
// as labelled balancing items, and reconciles every table.
//
// Importing the package registers it as deficit model "bury".
package bury

import (
	"io/fs"
	"sync"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
)

// Name is the model's registry name.
const Name = "bury"

func init() { deficit.Register(Name, driver{}) }

type driver struct{}

func (driver) About() deficit.About {
	return deficit.About{
		Name:    Name,
		Title:   "Bury: Project Safety Valve, January 2022",
		Summary: "Bury's revised deficit recovery plan (Schools' Forum, January 2022), with the agreed and revised profiles, savings schemes and reconciliation.",
	}
}

func (driver) Open(deficit.Options) (deficit.Model, error) { return Default() }

// Model is Bury's deficit model; it implements deficit.Model.
type Model struct {
	data     *Data
	base     *deficit.Inputs
	profiles []deficit.Forecast
	findings deficit.Findings
	presets  []deficit.Scenario
	ranges   deficit.Ranges
	// themes maps the schemes to the taxonomy, worked out once.
	themes func() ([]ThemeSavings, error)
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model built from the shipped datasets, read once.
func Default() (*Model, error) {
	defaultOnce.Do(func() { defaultModel, defaultErr = New(datasets.FS) })
	return defaultModel, defaultErr
}

// New builds the model from the bury folder of fsys.
func New(fsys fs.FS) (*Model, error) {
	d, err := ReadData(fsys)
	if err != nil {
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
	presets, err := readScenarios(fsys, base)
	if err != nil {
		return nil, err
	}
	ranges, err := readRanges(fsys)
	if err != nil {
		return nil, err
	}
	m := &Model{data: d, base: base, profiles: d.profiles(base, rev14), presets: presets, ranges: ranges}
	m.findings = d.reconcile(base, rev14)
	m.themes = sync.OnceValues(m.savingsByTheme)
	return m, nil
}

// Data returns the report's figures as read from the datasets.
func (m *Model) Data() *Data { return m.data }

// Info describes the model.
func (m *Model) Info() deficit.Info {
	a := driver{}.About()
	return deficit.Info{
		Name: Name, Title: a.Title, Authority: authorityName, AuthorityCode: authorityCode,
		Source:  "Bury Council, Schools' Forum: Project Safety Valve (January 2022)",
		Summary: a.Summary,
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
