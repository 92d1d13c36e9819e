package bury

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"

	"github.com/svbench/svbench/benchmark/deficit"
)

// Scenarios returns the preset scenarios shipped in
// datasets/bury/scenarios.json, each checked against the model's inputs.
func (m *Model) Scenarios() ([]deficit.Scenario, error) { return m.presets, nil }

func readScenarios(fsys fs.FS, in *deficit.Inputs) ([]deficit.Scenario, error) {
	b, err := fs.ReadFile(fsys, "bury/scenarios.json")
	if err != nil {
		return nil, fmt.Errorf("read bury scenarios: %w", err)
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("read bury scenarios: %w", err)
	}
	out := make([]deficit.Scenario, 0, len(raw))
	for i, r := range raw {
		sc, err := deficit.ParseScenario(bytes.NewReader(r))
		if err == nil {
			err = sc.Validate(in)
		}
		if err != nil {
			return nil, fmt.Errorf("bury scenarios.json, entry %d: %w", i+1, err)
		}
		out = append(out, *sc)
	}
	return out, nil
}

// SensitivityRanges returns the ranges in datasets/bury/sensitivity.json.
func (m *Model) SensitivityRanges() deficit.Ranges { return m.ranges }

func readRanges(fsys fs.FS) (deficit.Ranges, error) {
	var r deficit.Ranges
	b, err := fs.ReadFile(fsys, "bury/sensitivity.json")
	if err != nil {
		return r, fmt.Errorf("read bury sensitivity ranges: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return r, fmt.Errorf("read bury sensitivity ranges: %w", err)
	}
	return r, r.Validate()
}
