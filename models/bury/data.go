package bury

import (
	"fmt"

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
	// Scenarios are the preset scenarios (scenarios.json), Ranges the
	// sensitivity ranges (sensitivity.json).
	Scenarios []deficit.Scenario
	Ranges    deficit.Ranges
}

// Files lists the datasets' files d is read from, each with the field it
// fills, for ingest.ReadModelData; New checks what was read.
func (d *Data) Files() []deficit.DataFile {
	return []deficit.DataFile{
		{Name: "bury/tables.csv", Into: &d.Tables},
		{Name: "bury/recovery_forecasts.csv", Into: &d.Forecasts},
		{Name: "bury/hnb_forecast.csv", Into: &d.HNB},
		{Name: "bury/savings_schemes.csv", Into: &d.Schemes},
		{Name: "bury/savings.csv", Into: &d.Savings},
		{Name: "bury/savings_totals.csv", Into: &d.SavingsTotals},
		{Name: "bury/placements.csv", Into: &d.Placements},
		{Name: "bury/capital_programme.csv", Into: &d.Capital},
		{Name: "bury/risks.csv", Into: &d.Risks},
		{Name: "bury/text_figures.csv", Into: &d.TextFigures},
		{Name: "themes.csv", Into: &d.Themes},
		{Name: "bury/scenarios.json", Into: &d.Scenarios},
		{Name: "bury/sensitivity.json", Into: &d.Ranges},
	}
}
