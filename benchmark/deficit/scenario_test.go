package deficit_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
)

// TestParseScenario_Errors: a scenario file that cannot be read says which
// field is wrong, where (line and column from 1, counted by hand from the
// input) and what it should be, without Go's type names.
func TestParseScenario_Errors(t *testing.T) {
	for _, tt := range []struct {
		name, in   string
		line, col  int
		msg        string // the whole message, or with contains a part of it
		contains   []string
		notContain []string
	}{
		{name: "text for a number", in: "{\n  \"name\": \"Uplift\",\n  \"funding_uplift_pct\": \"2%\"\n}",
			line: 3, col: 25, msg: "funding_uplift_pct must be a number, not text"},
		{name: "fraction for a whole number, inside savings", in: `{"savings": [{"scheme": "*", "slip_years": 1.5}]}`,
			line: 1, col: 44, msg: "slip_years (in savings) must be a whole number, not 1.5"},
		{name: "columns count characters, not bytes", in: `{"name": "£5", "spend_growth_pct": true}`,
			line: 1, col: 36, msg: "spend_growth_pct must be a number, not true or false"},
		{name: "number for a year", in: `{"from": 2024}`,
			line: 1, col: 10, msg: `from must be a financial year in quotes, like "2024/25", not a number`},
		{name: "list for the scenario", in: `[1]`,
			line: 1, col: 1, msg: "a scenario must be a JSON object in curly brackets {}, not a list in square brackets []"},
		{name: "extra comma", in: "{\n  \"name\": \"x\",,\n}",
			line: 2, col: 15, contains: []string{"not valid JSON", "',' is out of place"}},
		{name: "unknown field", in: "{\n  \"name\": \"x\",\n  \"colour\": \"red\"\n}",
			line: 3, col: 3, contains: []string{`no field called "colour"`, "funding_uplift_pct", "delivery_pct"}},
		{name: "cut short", in: `{"name": "x"`, line: 1, col: 13, contains: []string{"ends before the scenario is complete"}},
		{name: "two objects", in: `{} {}`, line: 1, col: 4, msg: "the scenario must be one JSON object, but more follows it"},
		{name: "not a year", in: "{\n\"from\": \"soon\"}", line: 2, col: 9, contains: []string{`"soon"`}},
		{name: "empty", in: "", contains: []string{"the scenario is empty"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := deficit.ParseScenario(strings.NewReader(tt.in))
			var se *deficit.ScenarioError
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T), want a *ScenarioError", err, err)
			}
			if se.Line != tt.line || se.Column != tt.col {
				t.Errorf("placed at line %d, column %d; want line %d, column %d (%s)", se.Line, se.Column, tt.line, tt.col, se.Message)
			}
			if tt.msg != "" && se.Message != tt.msg {
				t.Errorf("message %q\nwant     %q", se.Message, tt.msg)
			}
			for _, s := range tt.contains {
				if !strings.Contains(se.Message, s) {
					t.Errorf("message %q lacks %q", se.Message, s)
				}
			}
			for _, s := range []string{"json:", "Go struct", "float64", "deficit.", "Scenario."} {
				if strings.Contains(err.Error(), s) {
					t.Errorf("message %q speaks Go (%q)", err, s)
				}
			}
			if tt.line > 0 && !strings.HasPrefix(err.Error(), "line ") {
				t.Errorf("error %q does not start with its line", err)
			}
		})
	}
}

// TestScenarioValidate_Messages: the checks against a model's inputs name
// the field, and an unknown scheme lists the schemes there are.
func TestScenarioValidate_Messages(t *testing.T) {
	in := toy(true) // schemes: "a"; years 2024/25 to 2026/27
	in.Schemes = append(in.Schemes, deficit.Scheme{ID: "b", Name: "B", Savings: []float64{0, 1, 1}})
	for _, tt := range []struct{ in, want string }{
		{`{"savings":[{"scheme":"*"},{"scheme":"zzz"}]}`, `savings entry 2: there is no scheme called "zzz"; the schemes are a, b, or "*" for every scheme`},
		{`{"savings":[{"scheme":"a","delivery_pct":-5}]}`, "savings entry 1: delivery_pct is -5; it must be from 0 to 200"},
		{`{"spend_growth_pct":60}`, "spend_growth_pct is 60; it must be from -50 to 50 (% a year)"},
		{`{"withhold_contributions":["2030/31"]}`, "withhold_contributions has 2030/31, which the model does not project; it projects 2024/25 to 2026/27"},
	} {
		sc, err := deficit.ParseScenario(strings.NewReader(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		if err := sc.Validate(in); err == nil || err.Error() != tt.want {
			t.Errorf("%s:\n got %v\nwant %s", tt.in, err, tt.want)
		}
	}
}
