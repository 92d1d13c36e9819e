package ingest_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/models/bury"
)

// modelRow is a row of a test model's CSV file.
type modelRow struct {
	Year   deficit.Year   `csv:"year"`
	Amount deficit.Amount `csv:"amount"`
}

// TestReadModelData: each file fills its value by its kind: CSV rows,
// a JSON value, and a JSON list of scenarios read entry by entry.
func TestReadModelData(t *testing.T) {
	fsys := fstest.MapFS{
		"m/rows.csv":       {Data: []byte("year,amount\n2022/23,1.5\n2023/24,\n")},
		"m/ranges.json":    {Data: []byte(`{"max_slip_years": 2, "withhold_chance": 0.25}`)},
		"m/scenarios.json": {Data: []byte(`[{"name": "late", "savings": [{"scheme": "*", "slip_years": 1}]}, {}]`)},
	}
	var (
		rows      []modelRow
		ranges    deficit.Ranges
		scenarios []deficit.Scenario
	)
	err := ingest.ReadModelData(fsys, []deficit.DataFile{
		{Name: "m/rows.csv", Into: &rows}, {Name: "m/ranges.json", Into: &ranges}, {Name: "m/scenarios.json", Into: &scenarios},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Year != 2022 || rows[0].Amount.Value != 1.5 || rows[1].Amount.Valid {
		t.Errorf("rows = %+v", rows)
	}
	if ranges.MaxSlipYears != 2 || ranges.WithholdChance != 0.25 {
		t.Errorf("ranges = %+v", ranges)
	}
	if len(scenarios) != 2 || scenarios[0].Name != "late" || len(scenarios[0].Savings) != 1 || scenarios[0].Savings[0].SlipYears != 1 || !scenarios[1].IsZero() {
		t.Errorf("scenarios = %+v", scenarios)
	}
}

// TestReadModelDataErrors: a mistake names the file and, in a list of
// scenarios, the entry, line and column.
func TestReadModelDataErrors(t *testing.T) {
	var ranges deficit.Ranges
	var scenarios []deficit.Scenario
	tests := []struct {
		name string
		file deficit.DataFile
		data string
		want string
	}{
		{"missing", deficit.DataFile{Name: "m/gone.json", Into: &ranges}, "", "read m/gone.json: open m/gone.json"},
		{"unknown field", deficit.DataFile{Name: "m/ranges.json", Into: &ranges}, `{"max_slips": 1}`, `read m/ranges.json: json: unknown field "max_slips"`},
		{"two values", deficit.DataFile{Name: "m/ranges.json", Into: &ranges}, `{} {}`, "read m/ranges.json: more follows the JSON value"},
		{"bad scenario", deficit.DataFile{Name: "m/scenarios.json", Into: &scenarios}, "[{},\n {\"from\": 2023}]",
			"read m/scenarios.json: entry 2: line 1, column 10: from must be a financial year in quotes, like \"2024/25\", not a number"},
		{"unknown kind", deficit.DataFile{Name: "m/rows.txt", Into: &ranges}, "x", `read m/rows.txt: no reader for ".txt" files`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if tt.data != "" {
				fsys[tt.file.Name] = &fstest.MapFile{Data: []byte(tt.data)}
			}
			err := ingest.ReadModelData(fsys, []deficit.DataFile{tt.file})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestReadBurysData: Bury's shipped files read whole through ingest and
// the model builds from them (seed: Table 7 has ten rows, lines 410-425).
func TestReadBurysData(t *testing.T) {
	d := &bury.Data{}
	if err := ingest.ReadModelData(datasets.FS, d.Files()); err != nil {
		t.Fatal(err)
	}
	if len(d.Risks) != 10 {
		t.Errorf("risks = %d rows, want 10", len(d.Risks))
	}
	if _, err := bury.New(d); err != nil {
		t.Fatal(err)
	}
}
