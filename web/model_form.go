package web

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark/deficit"
)

// modelScenarioForm is the model page's scenario form, read from a query
// string (GET) or a posted form alike.
type modelScenarioForm struct {
	Preset      string
	SlipYears   string
	DeliveryPct string
	UpliftPct   string
	GrowthPct   string
	TransferPct string
	Withhold    map[string]bool
	// Errors maps a field name to its message.
	Errors map[string]string
}

// readModelScenarioForm reads the form from v.
func readModelScenarioForm(v url.Values) modelScenarioForm {
	f := modelScenarioForm{
		Preset: v.Get("preset"), SlipYears: strings.TrimSpace(v.Get("slip_years")),
		DeliveryPct: strings.TrimSpace(v.Get("delivery_pct")), UpliftPct: strings.TrimSpace(v.Get("funding_uplift_pct")),
		GrowthPct: strings.TrimSpace(v.Get("spend_growth_pct")), TransferPct: strings.TrimSpace(v.Get("transfers_pct")),
		Withhold: map[string]bool{}, Errors: map[string]string{},
	}
	for _, y := range v["withhold"] {
		f.Withhold[y] = true
	}
	return f
}

// empty reports whether the form asks for no scenario.
func (f modelScenarioForm) empty() bool {
	return f.Preset == "" && f.SlipYears == "" && f.DeliveryPct == "" && f.UpliftPct == "" &&
		f.GrowthPct == "" && f.TransferPct == "" && len(f.Withhold) == 0
}

// number reads one numeric field within [lo, hi], recording an error.
func (f *modelScenarioForm) number(field, label, text string, lo, hi float64) (float64, bool) {
	if text == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(text, "%"), 64)
	if err != nil || v < lo || v > hi {
		f.Errors[field] = fmt.Sprintf("%s must be a number from %g to %g", label, lo, hi)
		return 0, false
	}
	return v, true
}

// scenario turns the form into a scenario for in; presets come first and
// the other fields change it. It returns nil when the form is empty.
func (f *modelScenarioForm) scenario(in *deficit.Inputs, presets []deficit.Scenario) *deficit.Scenario {
	if f.empty() {
		return nil
	}
	sc := &deficit.Scenario{Name: "Your scenario"}
	if f.Preset != "" {
		found := false
		for _, p := range presets {
			if p.Name == f.Preset {
				cp := p
				sc, found = &cp, true
			}
		}
		if !found {
			f.Errors["preset"] = "Choose a preset from the list"
		}
	}
	// A field that holds what the preset sets (filled in from it) is the
	// preset's own setting, not a change to it.
	set := map[string]string{}
	if f.Preset != "" {
		set = presetValues(*sc)
	}
	same := func(field, text string) bool { return text != "" && set[field] == text }
	change := deficit.SchemeChange{Scheme: deficit.AllSchemes}
	for _, c := range sc.Savings {
		if c.Scheme == deficit.AllSchemes {
			change = c // a field changed keeps the preset's other setting
		}
	}
	touched := false
	if v, ok := f.number("slip_years", "Years late", f.SlipYears, 0, 5); ok && !same("slip_years", f.SlipYears) {
		if v != float64(int(v)) {
			f.Errors["slip_years"] = "Years late must be a whole number"
		}
		change.SlipYears, touched = int(v), true
	}
	if v, ok := f.number("delivery_pct", "Savings delivered", f.DeliveryPct, 0, 200); ok && !same("delivery_pct", f.DeliveryPct) {
		change.DeliveryPct, touched = &v, true
	}
	if touched {
		sc.Savings = append(sc.Savings, change)
	}
	changed := touched
	if v, ok := f.number("funding_uplift_pct", "Extra funding growth", f.UpliftPct, -20, 20); ok && !same("funding_uplift_pct", f.UpliftPct) {
		sc.FundingUpliftPct, changed = v, true
	}
	if v, ok := f.number("spend_growth_pct", "Extra spend growth", f.GrowthPct, -20, 20); ok && !same("spend_growth_pct", f.GrowthPct) {
		sc.SpendGrowthPct, changed = v, true
	}
	if v, ok := f.number("transfers_pct", "Transfers received", f.TransferPct, 0, 200); ok && !same("transfers_pct", f.TransferPct) {
		sc.TransfersPct, changed = &v, true
	}
	preset := append([]deficit.Year(nil), sc.Withhold...)
	for y := range f.Withhold {
		yr, err := deficit.ParseYear(y)
		if err != nil || in.Index(yr) < 0 {
			f.Errors["withhold"] = "Choose years from the list"
			continue
		}
		if !slices.Contains(preset, yr) {
			sc.Withhold, changed = append(sc.Withhold, yr), true
		}
	}
	if f.Preset != "" && changed {
		sc.Name = f.Preset + " (changed)"
	}
	return sc
}

// modelField is one numeric input of the scenario form.
type modelField struct {
	ID, Label, Hint, Value, Error string
}

// fields lists the form's numeric inputs with their values and errors.
func (f modelScenarioForm) fields() []modelField {
	out := []modelField{
		{"slip_years", "Savings delivered late, years", "Every saving scheme starts this many years late (0 to 5).", f.SlipYears, ""},
		{"delivery_pct", "Savings delivered, %", "The share of every scheme's planned saving delivered (100 is the plan).", f.DeliveryPct, ""},
		{"funding_uplift_pct", "Extra High Needs funding growth, % a year", "Added each year, compounding, to the forecast funding (negative for less).", f.UpliftPct, ""},
		{"spend_growth_pct", "Extra spend growth, % a year", "Added each year, compounding, to the forecast spend.", f.GrowthPct, ""},
		{"transfers_pct", "Transfers received, %", "The share of the schools block transfer received (100 is the plan).", f.TransferPct, ""},
	}
	for i := range out {
		out[i].Error = f.Errors[out[i].ID]
	}
	return out
}
