package deficit

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

// Range is a closed interval inputs are drawn from, uniformly.
type Range struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// Ranges say how a sensitivity run draws each scenario.
type Ranges struct {
	// DeliveryPct is drawn per scheme: % of the planned saving delivered.
	DeliveryPct Range `json:"delivery_pct"`
	// MaxSlipYears: each scheme slips 0..MaxSlipYears years, uniformly.
	MaxSlipYears int `json:"max_slip_years"`
	// FundingUpliftPct and SpendGrowthPct are drawn once per scenario, % a
	// year, compounding from the first projected year.
	FundingUpliftPct Range `json:"funding_uplift_pct"`
	SpendGrowthPct   Range `json:"spend_growth_pct"`
	// WithholdChance is the chance each year's DfE contribution is withheld.
	WithholdChance float64 `json:"withhold_chance"`
}

// DefaultRanges are the fallback for a model that ships no ranges (see
// Ranger): savings 60-100% delivered and up to a year late, funding and
// spend each up to 1% a year either side of plan, and a 1 in 10 chance of
// any DfE payment withheld.
func DefaultRanges() Ranges {
	return Ranges{
		DeliveryPct:      Range{60, 100},
		MaxSlipYears:     1,
		FundingUpliftPct: Range{-1, 1},
		SpendGrowthPct:   Range{-1, 1},
		WithholdChance:   0.1,
	}
}

// Ranger is a model that ships its own sensitivity ranges.
type Ranger interface {
	SensitivityRanges() Ranges
}

// RangesFor returns m's sensitivity ranges, or DefaultRanges.
func RangesFor(m Model) Ranges {
	if r, ok := m.(Ranger); ok {
		return r.SensitivityRanges()
	}
	return DefaultRanges()
}

// Validate checks r.
func (r Ranges) Validate() error {
	for _, x := range []Range{r.DeliveryPct, r.FundingUpliftPct, r.SpendGrowthPct} {
		if x.Min > x.Max {
			return fmt.Errorf("sensitivity range %v..%v: min above max", x.Min, x.Max)
		}
	}
	if r.DeliveryPct.Min < 0 || r.MaxSlipYears < 0 || r.MaxSlipYears > 10 || r.WithholdChance < 0 || r.WithholdChance > 1 {
		return fmt.Errorf("sensitivity ranges out of bounds")
	}
	return nil
}

// Band is the spread of many scenarios drawn from Ranges.
type Band struct {
	Runs   int
	Seed   uint64
	Ranges Ranges
	// Years are the projected years; P10, P50 and P90 the 10th, 50th and
	// 90th percentile cumulative deficit in each.
	Years         []Year
	P10, P50, P90 []float64
	// Cleared counts runs by the year the deficit clears; NotCleared
	// counts runs that do not clear within the projection.
	Cleared    []YearCount
	NotCleared int
	// Earliest, Median and Latest clearing years (zero: not cleared).
	Earliest, Median, Latest Year
}

// YearCount is a number of runs that cleared in a year.
type YearCount struct {
	Year Year
	Runs int
}

func draw(rng *rand.Rand, r Range) float64 {
	return r.Min + rng.Float64()*(r.Max-r.Min)
}

// Sensitivity projects n scenarios drawn from r with a seeded generator,
// so the same seed gives the same band.
func Sensitivity(in *Inputs, r Ranges, n int, seed uint64) (*Band, error) {
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if n <= 0 {
		return nil, fmt.Errorf("sensitivity: %d runs", n)
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	ny := len(in.Years)
	all := make([]float64, n*ny)
	cleared := make([]int, n) // index of year cleared, ny if never
	l := newLevers(in)
	for run := 0; run < n; run++ {
		l.reset()
		for j := range l.delivery {
			l.delivery[j] = draw(rng, r.DeliveryPct) / 100
			if r.MaxSlipYears > 0 {
				l.slip[j] = rng.IntN(r.MaxSlipYears + 1)
			}
		}
		growth(l.funding, 0, draw(rng, r.FundingUpliftPct))
		growth(l.spend, 0, draw(rng, r.SpendGrowthPct))
		for i := range l.paid {
			if r.WithholdChance > 0 && rng.Float64() < r.WithholdChance {
				l.paid[i] = 0
			}
		}
		d := in.OpeningDeficit
		cleared[run] = ny
		for i := range in.Years {
			d += step(in, &l, i, nil).change()
			all[run*ny+i] = d
			if cleared[run] == ny && d <= 0 {
				cleared[run] = i
			}
		}
	}
	return summarise(in, r, n, seed, all, cleared), nil
}

func summarise(in *Inputs, r Ranges, n int, seed uint64, all []float64, cleared []int) *Band {
	ny := len(in.Years)
	b := &Band{Runs: n, Seed: seed, Ranges: r}
	col := make([]float64, n)
	for i, y := range in.Years {
		b.Years = append(b.Years, y.Year)
		for run := 0; run < n; run++ {
			col[run] = all[run*ny+i]
		}
		sort.Float64s(col)
		b.P10 = append(b.P10, col[n*10/100])
		b.P50 = append(b.P50, col[n*50/100])
		b.P90 = append(b.P90, col[min(n*90/100, n-1)])
	}
	counts := make([]int, ny+1)
	for _, c := range cleared {
		counts[c]++
	}
	for i, y := range in.Years {
		if counts[i] > 0 {
			b.Cleared = append(b.Cleared, YearCount{Year: y.Year, Runs: counts[i]})
		}
	}
	b.NotCleared = counts[ny]
	sort.Ints(cleared)
	at := func(i int) Year {
		if cleared[i] == ny {
			return 0
		}
		return in.Years[cleared[i]].Year
	}
	b.Earliest, b.Median, b.Latest = at(0), at(n/2), at(n-1)
	return b
}
