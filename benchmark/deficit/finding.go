package deficit

import "math"

// Status is the outcome of one reconciliation check.
type Status string

// Reconciliation outcomes, from clean to wrong.
const (
	// StatusOK: the published figure agrees with its parts.
	StatusOK Status = "ok"
	// StatusRounding: it differs by no more than rounding (0.0015 in a £m
	// table, £1 in a £ table).
	StatusRounding Status = "rounding"
	// StatusNote: not an arithmetic error, but a reader must know it.
	StatusNote Status = "note"
	// StatusAmbiguous: the figures agree, but the words describing them
	// can be read two ways, one of them wrong.
	StatusAmbiguous Status = "ambiguous"
	// StatusInconsistent: the figures do not agree.
	StatusInconsistent Status = "inconsistent"
)

// Label is the word pages, reports and workbooks show for the outcome.
func (s Status) Label() string {
	switch s {
	case StatusOK:
		return "Agrees"
	case StatusRounding:
		return "Rounding"
	case StatusNote:
		return "Note"
	case StatusAmbiguous:
		return "Ambiguous wording"
	case StatusInconsistent:
		return "Inconsistent"
	}
	return string(s)
}

// Unit is the unit a table prints its figures in.
type Unit string

// Units used by the reconciliation.
const (
	Millions Unit = "£m"
	Pounds   Unit = "£"
	Count    Unit = "count"
)

// Finding is one reconciliation check and its outcome.
type Finding struct {
	// ID is stable, e.g. "hnb-variance-2022-23".
	ID string
	// Table is the caption of the table checked (or "Text, para 8.1").
	Table string
	// Where says which row, column or paragraph.
	Where string
	// Check states the rule, e.g. "in-year variance = spend − funding".
	Check  string
	Status Status
	Unit   Unit
	// HasFigures is true when Printed, Expected and Difference are set.
	HasFigures bool
	Printed    float64
	Expected   float64
	Difference float64
	// Detail explains the outcome with the figures, and for a finding
	// reclassified from an error, the reason.
	Detail string
	// Problem groups findings that are occurrences of one problem (e.g.
	// one row read year on year, found in four cells); empty means the
	// finding is a problem of its own.
	Problem string
}

// Problem is one distinct problem and every finding that shows it.
type Problem struct {
	// Key is the findings' Problem (or the one finding's ID).
	Key         string
	Occurrences Findings
}

// First is the problem's first occurrence, which describes it.
func (p Problem) First() Finding { return p.Occurrences[0] }

// Problems groups the findings with one of statuses into distinct
// problems, in order of first occurrence; headlines count these.
func (fs Findings) Problems(statuses ...Status) []Problem {
	var out []Problem
	at := map[string]int{}
	for _, f := range fs.With(statuses...) {
		k := f.Problem
		if k == "" {
			k = f.ID
		}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, Problem{Key: k})
		}
		out[i].Occurrences = append(out[i].Occurrences, f)
	}
	return out
}

// Findings is a list of reconciliation results.
type Findings []Finding

// With returns the findings whose status is one of statuses.
func (fs Findings) With(statuses ...Status) Findings {
	var out Findings
	for _, f := range fs {
		for _, s := range statuses {
			if f.Status == s {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// ByID returns the finding with the given id.
func (fs Findings) ByID(id string) (Finding, bool) {
	for _, f := range fs {
		if f.ID == id {
			return f, true
		}
	}
	return Finding{}, false
}

// Classify compares a printed figure with the one its parts give:
// equal at printed precision is OK, within rounding is Rounding, anything
// more is Inconsistent.
func Classify(printed, expected float64, u Unit) Status {
	d := math.Abs(printed - expected)
	const eps = 1e-9
	exact, rounding := 0.0005, 0.0015
	switch u {
	case Pounds:
		exact, rounding = 0.5, 1
	case Count:
		exact, rounding = 0, 0
	}
	switch {
	case d <= exact+eps:
		return StatusOK
	case d <= rounding+eps:
		return StatusRounding
	default:
		return StatusInconsistent
	}
}
