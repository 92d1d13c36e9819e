package deficit

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
