package web

import (
	"net/url"
	"strconv"

	"github.com/svbench/svbench/benchmark/deficit"
)

// presetValues are the scenario form's fields a preset sets, as the form
// would hold them: field name to text. A change to one scheme only has no
// field of its own and is left to the preset.
func presetValues(p deficit.Scenario) map[string]string {
	out := map[string]string{}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for _, c := range p.Savings {
		if c.Scheme != deficit.AllSchemes {
			continue
		}
		if c.SlipYears != 0 {
			out["slip_years"] = strconv.Itoa(c.SlipYears)
		}
		if c.DeliveryPct != nil {
			out["delivery_pct"] = num(*c.DeliveryPct)
		}
	}
	if p.FundingUpliftPct != 0 {
		out["funding_uplift_pct"] = num(p.FundingUpliftPct)
	}
	if p.SpendGrowthPct != 0 {
		out["spend_growth_pct"] = num(p.SpendGrowthPct)
	}
	if p.TransfersPct != nil {
		out["transfers_pct"] = num(*p.TransfersPct)
	}
	return out
}

// fillFromPreset shows, in the fields left blank, the values the chosen
// preset sets, and ticks the years it withholds, so the form says what
// was run. It leaves the form as it is when no known preset is chosen.
func (f *modelScenarioForm) fillFromPreset(presets []deficit.Scenario) {
	for _, p := range presets {
		if p.Name != f.Preset || f.Preset == "" {
			continue
		}
		vals := presetValues(p)
		for field, text := range map[string]*string{"slip_years": &f.SlipYears, "delivery_pct": &f.DeliveryPct,
			"funding_uplift_pct": &f.UpliftPct, "spend_growth_pct": &f.GrowthPct, "transfers_pct": &f.TransferPct} {
			if *text == "" {
				*text = vals[field]
			}
		}
		for _, y := range p.Withhold {
			f.Withhold[y.String()] = true
		}
	}
}

// presetOption is one preset in the form's list, with the field values it
// sets for the page's script to fill in when it is chosen.
type presetOption struct {
	Name   string
	Values map[string]string
	// Withhold lists the years whose contributions it withholds.
	Withhold []string
}

// Sets is what the preset sets as a query string, for the page's script.
func (o presetOption) Sets() string {
	v := url.Values{}
	for k, x := range o.Values {
		v.Set(k, x)
	}
	v["withhold"] = o.Withhold
	return v.Encode()
}

// presetOptions lists presets for the form.
func presetOptions(presets []deficit.Scenario) []presetOption {
	out := make([]presetOption, len(presets))
	for i, p := range presets {
		out[i] = presetOption{Name: p.Name, Values: presetValues(p)}
		for _, y := range p.Withhold {
			out[i].Withhold = append(out[i].Withhold, y.String())
		}
	}
	return out
}
