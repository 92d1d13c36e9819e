package bury

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
)

// Scenarios returns the preset scenarios shipped in
// datasets/bury/scenarios.json, each checked against the model's inputs.
func (m *Model) Scenarios() ([]deficit.Scenario, error) { return m.presets, nil }

// checkScenarios checks each shipped preset against the base inputs.
func (d *Data) checkScenarios(in *deficit.Inputs) ([]deficit.Scenario, error) {
	for i, sc := range d.Scenarios {
		if err := sc.Validate(in); err != nil {
			return nil, fmt.Errorf("bury scenarios.json, entry %d: %w", i+1, err)
		}
	}
	return append([]deficit.Scenario(nil), d.Scenarios...), nil
}

// SensitivityRanges returns the ranges in datasets/bury/sensitivity.json.
func (m *Model) SensitivityRanges() deficit.Ranges { return m.data.Ranges }
