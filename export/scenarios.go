package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// SheetScenarios names the saved scenarios' sheet.
const SheetScenarios = "Saved scenarios"

// scenarioSetting is one setting of the scenario form, as a column.
type scenarioSetting struct{ field, title string }

// scenarioSettings are the scenario form's fields, in the form's order.
var scenarioSettings = []scenarioSetting{
	{"preset", "Preset"},
	{"slip_years", "Savings late, years"},
	{"delivery_pct", "Savings delivered, %"},
	{"funding_uplift_pct", "Extra funding growth, % a year"},
	{"spend_growth_pct", "Extra spend growth, % a year"},
	{"transfers_pct", "Transfers received, %"},
	{"withhold", "DfE contributions withheld"},
	{"profile", "Stored profile"},
}

// scenarioColumns are the saved scenarios' columns, CSV and sheet alike.
func scenarioColumns() []string {
	cols := []string{"Authority", "ONS code", "Model", "Scenario"}
	for _, s := range scenarioSettings {
		cols = append(cols, s.title)
	}
	return append(cols, "Saved by", "Saved", "Run again at")
}

// scenarioRow is one saved scenario's cells; a setting the scenario does
// not set is left blank.
func scenarioRow(sc *benchmark.SavedScenario) []string {
	q, _ := url.ParseQuery(sc.Query)
	name := sc.AuthorityCode
	if sc.Authority != nil {
		name = sc.Authority.Name
	}
	row := []string{name, sc.AuthorityCode, sc.Model, sc.Name}
	for _, s := range scenarioSettings {
		row = append(row, strings.Join(q[s.field], ", "))
	}
	return append(row, sc.CreatedBy, benchmark.DateTime(sc.CreatedAt), ScenarioLink(sc))
}

// ScenarioLink is the address that runs a saved scenario again.
func ScenarioLink(sc *benchmark.SavedScenario) string {
	return "/model/" + url.PathEscape(sc.Model) + "?" + sc.Query + "#result"
}

// WriteScenariosCSV writes saved scenarios as CSV, one row each, newest
// first as given.
func WriteScenariosCSV(w io.Writer, list []*benchmark.SavedScenario) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(scenarioColumns()); err != nil {
		return fmt.Errorf("write scenarios: %w", err)
	}
	for _, sc := range list {
		if err := cw.Write(scenarioRow(sc)); err != nil {
			return fmt.Errorf("write scenarios: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteScenariosXLSX writes saved scenarios as a workbook of one table,
// laid out and printed as the round's workbook is, titled for the model.
func WriteScenariosXLSX(w io.Writer, model string, list []*benchmark.SavedScenario, made time.Time) error {
	title := "Saved scenarios: " + model + " model"
	return writeBook(w, "write scenarios", title, "Named scenarios of a deficit model, kept per authority", made,
		[]page{{SheetScenarios, func(s *sheet) {
			s.heading(title, []info{{"Exported", benchmark.DateTime(made)}, {"Scenarios", fmt.Sprint(len(list))}})
			widths := []float64{14, 11, 8, 20, 16, 9, 10, 10, 10, 10, 12, 8, 12, 16, 22}
			s.columns(scenarioColumns(), widths)
			for _, sc := range list {
				for i, v := range scenarioRow(sc) {
					s.str(i+1, s.row, v, s.st.wrap)
				}
				s.row++
			}
			s.table()
			s.print(title)
		}}})
}
