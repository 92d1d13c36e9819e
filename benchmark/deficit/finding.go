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
	// Detail explains the outcome with the figures.
	Detail string
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
