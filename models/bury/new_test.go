package bury_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/models/bury"
)

// TestNewChecksItsData: the model checks the values ingest hands it (it
// reads no file itself), and says which shipped file is wrong.
func TestNewChecksItsData(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(d *bury.Data)
		want  string
	}{
		{"a table missing", func(d *bury.Data) {
			d.Tables = slices.DeleteFunc(d.Tables, func(r bury.Table) bool { return r.ID == bury.TableHNB })
		}, `tables.csv has no table "hnb-sustainability"`},
		{"a saving of no scheme", func(d *bury.Data) {
			d.Savings = append(d.Savings, bury.SavingRow{Scheme: "no-such-scheme", Year: 2022})
		}, `savings.csv: unknown scheme "no-such-scheme"`},
		{"a preset withholding a year with no payment", func(d *bury.Data) {
			d.Scenarios = append(d.Scenarios, deficit.Scenario{Name: "bad", Withhold: []deficit.Year{2040}})
		}, "scenarios.json, entry "},
		{"ranges the wrong way round", func(d *bury.Data) {
			d.Ranges.DeliveryPct = deficit.Range{Min: 90, Max: 10}
		}, "sensitivity.json: sensitivity range 90..10: min above max"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := readData(t)
			tt.spoil(d)
			_, err := bury.New(d)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestFilesNameEveryPart: every field of Data is filled from a named file
// of the datasets, so nothing of the model is left for it to read.
func TestFilesNameEveryPart(t *testing.T) {
	d := &bury.Data{}
	filled := map[any]string{}
	for _, f := range d.Files() {
		filled[f.Into] = f.Name
	}
	v := reflect.ValueOf(d).Elem()
	for i := range v.NumField() {
		if _, ok := filled[v.Field(i).Addr().Interface()]; !ok {
			t.Errorf("Data.%s is in no file", v.Type().Field(i).Name)
		}
	}
	if len(filled) != v.NumField() {
		t.Errorf("%d files for %d fields", len(filled), v.NumField())
	}
}
