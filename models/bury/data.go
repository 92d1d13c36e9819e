package bury

import (
	"fmt"
	"io/fs"

	"github.com/gocarina/gocsv"

	"github.com/svbench/svbench/benchmark/deficit"
)

// Table ids, as used in datasets/bury/tables.csv. The report numbers its
// tables 1 to 7 but prints "Table 3" three times, so svbench names tables
// by id and caption, never by number alone.
const (
	TableAgreed     = "agreed-2021-01"
	TableRevised14  = "revised-2021-12-14"
	TableRevised16  = "revised-2021-12-16"
	TableHNB        = "hnb-sustainability"
	TableCapital    = "capital-programme"
	TableSavings    = "savings"
	TableOOB        = "out-of-borough"
	TableAP         = "alternative-provision"
	TableRisks      = "risks"
	schoolsTransfer = "schools-block-transfer"
)

// Table is one table of the report: datasets/bury/tables.csv.
type Table struct {
	ID            string `csv:"id"`
	PrintedNumber string `csv:"printed_number"`
	Caption       string `csv:"caption"`
	Unit          string `csv:"unit"`
	Paragraph     string `csv:"paragraph"`
}

// Title is the table as the report labels it, e.g. "Table 3 - Proposed
// SEND sufficiency capital programme".
func (t Table) Title() string { return fmt.Sprintf("Table %s - %s", t.PrintedNumber, t.Caption) }

// ForecastRow is one year of a recovery forecast (Tables 1, 2 and the
// first Table 3): datasets/bury/recovery_forecasts.csv, £m.
type ForecastRow struct {
	Table   string         `csv:"table"`
	Year    deficit.Year   `csv:"year"`
	Deficit deficit.Amount `csv:"deficit"`
	Printed string         `csv:"printed"`
}

// HNBRow is one year of the High Needs Block sustainability forecast:
// datasets/bury/hnb_forecast.csv, £m, variance as printed.
type HNBRow struct {
	Year     deficit.Year   `csv:"year"`
	Funding  deficit.Amount `csv:"funding"`
	Spend    deficit.Amount `csv:"spend"`
	Variance deficit.Amount `csv:"variance"`
}

// SchemeRow is one row of Table 4 (SEND transformation programme
// savings): datasets/bury/savings_schemes.csv.
type SchemeRow struct {
	Row      int            `csv:"row"`
	ID       string         `csv:"id"`
	Scheme   string         `csv:"scheme"`
	Total    deficit.Amount `csv:"total"`
	Timeline string         `csv:"timeline"`
	// Kind is saving, transfer (a funding transfer, not a saving) or
	// not-assumed (listed, no figures).
	Kind string `csv:"kind"`
	// Basis is cumulative or year-on-year (how the row's figures read).
	Basis    string `csv:"basis"`
	Theme    string `csv:"theme"`
	SubTheme string `csv:"sub_theme"`
}

// SavingRow is one cell of Table 4: datasets/bury/savings.csv, £m.
type SavingRow struct {
	Scheme string         `csv:"scheme"`
	Year   deficit.Year   `csv:"year"`
	Saving deficit.Amount `csv:"saving"`
}

// SavingsTotalRow is one cell of Table 4's total and "IN YEAR SAVING"
// lines: datasets/bury/savings_totals.csv, £m.
type SavingsTotalRow struct {
	Line   string         `csv:"line"`
	Label  string         `csv:"label"`
	Column string         `csv:"column"`
	Value  deficit.Amount `csv:"value"`
}

// PlacementRow is one cell of Table 5 or Table 6: datasets/bury/placements.csv, £.
type PlacementRow struct {
	Table  string         `csv:"table"`
	Line   string         `csv:"line"`
	Label  string         `csv:"label"`
	Year   deficit.Year   `csv:"year"`
	Amount deficit.Amount `csv:"amount"`
}

// CapitalRow is one row of the proposed SEND sufficiency capital
// programme: datasets/bury/capital_programme.csv, £.
type CapitalRow struct {
	Row int `csv:"row"`
	// Kind is place, subtotal, total or funding.
	Kind        string         `csv:"kind"`
	Phase       string         `csv:"phase"`
	Name        string         `csv:"name"`
	Places      deficit.Amount `csv:"places"`
	Designation string         `csv:"designation"`
	Cost        deficit.Amount `csv:"cost"`
	Opening     string         `csv:"opening"`
}

// RiskRow is one row of Table 7 (Headline risks): datasets/bury/risks.csv.
type RiskRow struct {
	Row        int    `csv:"row"`
	Workstream string `csv:"workstream"`
	Category   string `csv:"category"`
	Obstacle   string `csv:"obstacle"`
	Impact     string `csv:"impact"`
	Owner      string `csv:"owner"`
}

// TextFigure is a figure quoted in the report's prose:
// datasets/bury/text_figures.csv.
type TextFigure struct {
	ID        string         `csv:"id"`
	Paragraph string         `csv:"paragraph"`
	Printed   string         `csv:"printed"`
	Value     deficit.Amount `csv:"value"`
	Unit      string         `csv:"unit"`
	Context   string         `csv:"context"`
}

// Data is every figure of the report, as shipped in datasets/bury.
type Data struct {
	Tables        []Table
	Forecasts     []ForecastRow
	HNB           []HNBRow
	Schemes       []SchemeRow
	Savings       []SavingRow
	SavingsTotals []SavingsTotalRow
	Placements    []PlacementRow
	Capital       []CapitalRow
	Risks         []RiskRow
	TextFigures   []TextFigure
	// Themes is the taxonomy (datasets/themes.csv) the schemes map to.
	Themes []ThemeRow
}

// ReadData reads the bury folder of fsys (datasets.FS in production).
func ReadData(fsys fs.FS) (*Data, error) {
	d := &Data{}
	files := []struct {
		name string
		out  any
	}{
		{"tables.csv", &d.Tables},
		{"recovery_forecasts.csv", &d.Forecasts},
		{"hnb_forecast.csv", &d.HNB},
		{"savings_schemes.csv", &d.Schemes},
		{"savings.csv", &d.Savings},
		{"savings_totals.csv", &d.SavingsTotals},
		{"placements.csv", &d.Placements},
		{"capital_programme.csv", &d.Capital},
		{"risks.csv", &d.Risks},
		{"text_figures.csv", &d.TextFigures},
	}
	for _, f := range files {
		if err := readCSV(fsys, "bury/"+f.name, f.out); err != nil {
			return nil, err
		}
	}
	if err := readCSV(fsys, "themes.csv", &d.Themes); err != nil {
		return nil, err
	}
	if err := d.check(); err != nil {
		return nil, err
	}
	return d, nil
}

func readCSV(fsys fs.FS, name string, out any) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer f.Close()
	if err := gocsv.Unmarshal(f, out); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}
