package deficit

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
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

// ParseScenario reads a scenario from JSON, rejecting unknown fields.
func ParseScenario(r io.Reader) (*Scenario, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var sc Scenario
	if err := dec.Decode(&sc); err != nil {
		return nil, fmt.Errorf("parse scenario: %w", err)
	}
	if err := dec.Decode(new(json.RawMessage)); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("parse scenario: more than one JSON value")
	}
	return &sc, nil
}

// IsZero reports whether sc changes nothing.
func (sc *Scenario) IsZero() bool {
	return sc == nil || (len(sc.Savings) == 0 && sc.FundingUpliftPct == 0 &&
		sc.SpendGrowthPct == 0 && len(sc.Withhold) == 0 && sc.TransfersPct == nil)
}

// Validate checks sc against the inputs it will change.
func (sc *Scenario) Validate(in *Inputs) error {
	if sc == nil {
		return nil
	}
	for i, c := range sc.Savings {
		if c.Scheme != AllSchemes && in.Scheme(c.Scheme) == nil {
			return fmt.Errorf("scenario savings[%d]: unknown scheme %q", i, c.Scheme)
		}
		if c.DeliveryPct != nil && (*c.DeliveryPct < 0 || *c.DeliveryPct > 200 || math.IsNaN(*c.DeliveryPct)) {
			return fmt.Errorf("scenario savings[%d]: delivery_pct %v is outside 0-200", i, *c.DeliveryPct)
		}
		if c.SlipYears < 0 || c.SlipYears > 10 {
			return fmt.Errorf("scenario savings[%d]: slip_years %d is outside 0-10", i, c.SlipYears)
		}
	}
	for _, p := range []float64{sc.FundingUpliftPct, sc.SpendGrowthPct} {
		if p < -50 || p > 50 || math.IsNaN(p) {
			return fmt.Errorf("scenario: a %% a year of %v is outside -50 to 50", p)
		}
	}
	if sc.From != 0 && in.Index(sc.From) < 0 {
		return fmt.Errorf("scenario: from year %s is not projected", sc.From)
	}
	for _, y := range sc.Withhold {
		if in.Index(y) < 0 {
			return fmt.Errorf("scenario: withheld year %s is not projected", y)
		}
	}
	if sc.TransfersPct != nil && (*sc.TransfersPct < 0 || *sc.TransfersPct > 200) {
		return fmt.Errorf("scenario: transfers_pct %v is outside 0-200", *sc.TransfersPct)
	}
	return nil
}

// levers are a scenario resolved against inputs: per-scheme delivery and
// slip, per-year factors. The engine and the sensitivity run share them.
type levers struct {
	delivery []float64 // per scheme, fraction
	slip     []int     // per scheme, years
	funding  []float64 // per year, multiplier
	spend    []float64 // per year, multiplier
	paid     []float64 // per year, fraction of the DfE contribution paid
	transfer float64   // fraction of transfers received
}

func newLevers(in *Inputs) levers {
	n, s := len(in.Years), len(in.Schemes)
	l := levers{
		delivery: make([]float64, s), slip: make([]int, s),
		funding: make([]float64, n), spend: make([]float64, n), paid: make([]float64, n),
	}
	l.reset()
	return l
}

func (l *levers) reset() {
	for i := range l.delivery {
		l.delivery[i], l.slip[i] = 1, 0
	}
	for i := range l.funding {
		l.funding[i], l.spend[i], l.paid[i] = 1, 1, 1
	}
	l.transfer = 1
}

// growth fills f with (1+pct/100)^k for the k-th year from index from.
func growth(f []float64, from int, pct float64) {
	g := 1.0
	for i := range f {
		if i >= from {
			g *= 1 + pct/100
		}
		f[i] = g
	}
}

func (l *levers) apply(in *Inputs, sc *Scenario) {
	l.reset()
	if sc == nil {
		return
	}
	for _, c := range sc.Savings {
		for i, s := range in.Schemes {
			if c.Scheme != AllSchemes && c.Scheme != s.ID {
				continue
			}
			l.delivery[i] = 1
			if c.DeliveryPct != nil {
				l.delivery[i] = *c.DeliveryPct / 100
			}
			l.slip[i] = c.SlipYears
		}
	}
	from := 0
	if sc.From != 0 {
		from = max(in.Index(sc.From), 0)
	}
	growth(l.funding, from, sc.FundingUpliftPct)
	growth(l.spend, from, sc.SpendGrowthPct)
	for _, y := range sc.Withhold {
		if i := in.Index(y); i >= 0 {
			l.paid[i] = 0
		}
	}
	if sc.TransfersPct != nil {
		l.transfer = *sc.TransfersPct / 100
	}
}
