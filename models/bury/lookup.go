package bury

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
)

// check verifies that every file refers to tables and schemes that exist
// and that the figures the model needs are present.
func (d *Data) check() error {
	for _, id := range []string{TableAgreed, TableRevised14, TableRevised16, TableHNB, TableCapital, TableSavings, TableOOB, TableAP, TableRisks} {
		if _, ok := d.Table(id); !ok {
			return fmt.Errorf("bury data: tables.csv has no table %q", id)
		}
	}
	for _, r := range d.Forecasts {
		if _, ok := d.Table(r.Table); !ok || !r.Deficit.Valid {
			return fmt.Errorf("bury data: recovery_forecasts.csv: bad row for %q %s", r.Table, r.Year)
		}
	}
	for _, r := range d.HNB {
		if !r.Funding.Valid || !r.Spend.Valid || !r.Variance.Valid {
			return fmt.Errorf("bury data: hnb_forecast.csv: %s is missing a figure", r.Year)
		}
	}
	if len(d.HNB) < 2 {
		return fmt.Errorf("bury data: hnb_forecast.csv needs an outturn year and at least one projected year")
	}
	for _, r := range d.Savings {
		if _, ok := d.Scheme(r.Scheme); !ok {
			return fmt.Errorf("bury data: savings.csv: unknown scheme %q", r.Scheme)
		}
	}
	for _, r := range d.Placements {
		if _, ok := d.Table(r.Table); !ok {
			return fmt.Errorf("bury data: placements.csv: unknown table %q", r.Table)
		}
	}
	return nil
}

// Table returns the table with the given id.
func (d *Data) Table(id string) (Table, bool) {
	for _, t := range d.Tables {
		if t.ID == id {
			return t, true
		}
	}
	return Table{}, false
}

// caption returns the caption of table id, for findings.
func (d *Data) caption(id string) string {
	t, _ := d.Table(id)
	return t.Caption
}

// Forecast returns a recovery forecast's rows, in file order.
func (d *Data) Forecast(table string) []ForecastRow {
	var out []ForecastRow
	for _, r := range d.Forecasts {
		if r.Table == table {
			out = append(out, r)
		}
	}
	return out
}

// Scheme returns the Table 4 row with the given id.
func (d *Data) Scheme(id string) (SchemeRow, bool) {
	for _, s := range d.Schemes {
		if s.ID == id {
			return s, true
		}
	}
	return SchemeRow{}, false
}

// SavingYears are Table 4's year columns, in order.
func (d *Data) SavingYears() []deficit.Year {
	var out []deficit.Year
	seen := map[deficit.Year]bool{}
	for _, r := range d.Savings {
		if !seen[r.Year] {
			seen[r.Year] = true
			out = append(out, r.Year)
		}
	}
	return out
}

// Saving returns one Table 4 cell.
func (d *Data) Saving(scheme string, y deficit.Year) deficit.Amount {
	for _, r := range d.Savings {
		if r.Scheme == scheme && r.Year == y {
			return r.Saving
		}
	}
	return deficit.Amount{}
}

// SavingsTotal returns one cell of Table 4's total or in-year line;
// column is a year ("2022/23") or "Total Saving".
func (d *Data) SavingsTotal(line, column string) deficit.Amount {
	for _, r := range d.SavingsTotals {
		if r.Line == line && r.Column == column {
			return r.Value
		}
	}
	return deficit.Amount{}
}

// Placement returns one cell of Table 5 or 6.
func (d *Data) Placement(table, line string, y deficit.Year) deficit.Amount {
	for _, r := range d.Placements {
		if r.Table == table && r.Line == line && r.Year == y {
			return r.Amount
		}
	}
	return deficit.Amount{}
}

// PlacementYears are the year columns of Table 5 or 6, in order.
func (d *Data) PlacementYears(table string) []deficit.Year {
	var out []deficit.Year
	seen := map[deficit.Year]bool{}
	for _, r := range d.Placements {
		if r.Table == table && !seen[r.Year] {
			seen[r.Year] = true
			out = append(out, r.Year)
		}
	}
	return out
}

// Text returns the figure quoted in the prose under id.
func (d *Data) Text(id string) (TextFigure, bool) {
	for _, t := range d.TextFigures {
		if t.ID == id {
			return t, true
		}
	}
	return TextFigure{}, false
}

// textValue returns the quoted figure's value, or 0 and false.
func (d *Data) textValue(id string) (float64, bool) {
	t, ok := d.Text(id)
	return t.Value.Value, ok && t.Value.Valid
}

// HNBYear returns the High Needs Block row for y.
func (d *Data) HNBYear(y deficit.Year) (HNBRow, bool) {
	for _, r := range d.HNB {
		if r.Year == y {
			return r, true
		}
	}
	return HNBRow{}, false
}
