package deficit

import (
	"fmt"
	"math"
	"strings"
)

// AllSchemes in a SchemeChange applies the change to every savings scheme.
const AllSchemes = "*"

// Scenario changes a model's base inputs. The zero Scenario changes
// nothing. Its JSON form is documented in datasets/bury/README.md.
type Scenario struct {
	// Name labels the scenario in tables and charts.
	Name string `json:"name"`
	// Savings change the delivery of savings schemes; a later entry
	// overrides an earlier one for the schemes it names.
	Savings []SchemeChange `json:"savings,omitempty"`
	// From is the first year FundingUpliftPct and SpendGrowthPct apply to
	// (default: the first projected year).
	From Year `json:"from,omitempty"`
	// FundingUpliftPct is extra High Needs funding growth, % a year,
	// compounding from From.
	FundingUpliftPct float64 `json:"funding_uplift_pct,omitempty"`
	// SpendGrowthPct is extra spend growth, % a year, compounding from From.
	SpendGrowthPct float64 `json:"spend_growth_pct,omitempty"`
	// Withhold lists years whose DfE contribution is withheld.
	Withhold []Year `json:"withhold_contributions,omitempty"`
	// TransfersPct is the % of other transfers received (default 100).
	TransfersPct *float64 `json:"transfers_pct,omitempty"`
}

// SchemeChange changes one scheme's delivery (or every scheme's, when
// Scheme is AllSchemes).
type SchemeChange struct {
	Scheme string `json:"scheme"`
	// DeliveryPct is the % of the planned saving delivered (default 100).
	DeliveryPct *float64 `json:"delivery_pct,omitempty"`
	// SlipYears delays the whole saving profile by this many years.
	SlipYears int `json:"slip_years,omitempty"`
}

// IsZero reports whether sc changes nothing.
func (sc *Scenario) IsZero() bool {
	return sc == nil || (len(sc.Savings) == 0 && sc.FundingUpliftPct == 0 &&
		sc.SpendGrowthPct == 0 && len(sc.Withhold) == 0 && sc.TransfersPct == nil)
}

// Validate checks sc against the inputs it will change. Its messages name
// the field and, for an unknown scheme, the schemes there are.
func (sc *Scenario) Validate(in *Inputs) error {
	if sc == nil {
		return nil
	}
	for i, c := range sc.Savings {
		entry := fmt.Sprintf("savings entry %d", i+1)
		if c.Scheme != AllSchemes && in.Scheme(c.Scheme) == nil {
			ids := make([]string, len(in.Schemes))
			for j, s := range in.Schemes {
				ids[j] = s.ID
			}
			if len(ids) == 0 {
				return fmt.Errorf("%s: there is no scheme called %q; this model has no savings schemes", entry, c.Scheme)
			}
			return fmt.Errorf("%s: there is no scheme called %q; the schemes are %s, or %q for every scheme",
				entry, c.Scheme, strings.Join(ids, ", "), AllSchemes)
		}
		if c.DeliveryPct != nil && (*c.DeliveryPct < 0 || *c.DeliveryPct > 200 || math.IsNaN(*c.DeliveryPct)) {
			return fmt.Errorf("%s: delivery_pct is %v; it must be from 0 to 200", entry, *c.DeliveryPct)
		}
		if c.SlipYears < 0 || c.SlipYears > 10 {
			return fmt.Errorf("%s: slip_years is %d; it must be from 0 to 10", entry, c.SlipYears)
		}
	}
	for _, f := range []struct {
		name string
		pct  float64
	}{{"funding_uplift_pct", sc.FundingUpliftPct}, {"spend_growth_pct", sc.SpendGrowthPct}} {
		if f.pct < -50 || f.pct > 50 || math.IsNaN(f.pct) {
			return fmt.Errorf("%s is %v; it must be from -50 to 50 (%% a year)", f.name, f.pct)
		}
	}
	if sc.From != 0 && in.Index(sc.From) < 0 {
		return fmt.Errorf("from is %s, which the model does not project; %s", sc.From, projectedYears(in))
	}
	for _, y := range sc.Withhold {
		if in.Index(y) < 0 {
			return fmt.Errorf("withhold_contributions has %s, which the model does not project; %s", y, projectedYears(in))
		}
	}
	if sc.TransfersPct != nil && (*sc.TransfersPct < 0 || *sc.TransfersPct > 200 || math.IsNaN(*sc.TransfersPct)) {
		return fmt.Errorf("transfers_pct is %v; it must be from 0 to 200", *sc.TransfersPct)
	}
	return nil
}

// projectedYears says which years in projects.
func projectedYears(in *Inputs) string {
	switch len(in.Years) {
	case 0:
		return "it projects no years"
	case 1:
		return "it projects " + in.Years[0].Year.String() + " only"
	}
	return "it projects " + in.Years[0].Year.String() + " to " + in.Years[len(in.Years)-1].Year.String()
}
