package deficit_test

import (
	"encoding/json"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
)

func TestParseYear(t *testing.T) {
	tests := []struct {
		in   string
		want deficit.Year
		ok   bool
	}{
		{"2022/23", 2022, true},
		{"2022-23", 2022, true},
		{"2022/2023", 2022, true},
		{"FY 22/23", 2022, true},
		{"22/23", 2022, true},
		{"2099/00", 2099, true},
		{"2022", 2022, true},
		{"", 0, true},
		{"2022/24", 0, false},
		{"twenty", 0, false},
		{"1066/67", 0, false},
	}
	for _, tt := range tests {
		got, err := deficit.ParseYear(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseYear(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	// A bad year says what is wrong in words, for a person fixing a file.
	for in, want := range map[string]string{
		"twenty":   `"twenty" is not a financial year; write it like 2024/25`,
		" 2022/24": `"2022/24" is not a financial year; the second year must be the one after the first, like 2024/25`,
		"1066/67":  `"1066/67" is not a financial year svbench can use; give one from 1990/91 to 2100/01`,
	} {
		if _, err := deficit.ParseYear(in); err == nil || err.Error() != want {
			t.Errorf("ParseYear(%q) error = %v, want %q", in, err, want)
		}
	}
	if s := deficit.Year(2025).String(); s != "2025/26" {
		t.Errorf("String = %q", s)
	}
	var ys []deficit.Year
	if err := json.Unmarshal([]byte(`["2023/24","24/25"]`), &ys); err != nil || ys[0] != 2023 || ys[1] != 2024 {
		t.Errorf("json = %v %v", ys, err)
	}
}

func TestAmount(t *testing.T) {
	tests := []struct {
		in    string
		want  float64
		valid bool
		ok    bool
	}{
		{"0.742", 0.742, true, true},
		{"£6,732,840", 6732840, true, true},
		{"-£136,359", -136359, true, true},
		{"(0.230)", -0.230, true, true},
		{"", 0, false, true},
		{"TBC", 0, false, true},
		{"lots", 0, false, false},
		{"NaN", 0, false, false},
	}
	for _, tt := range tests {
		var a deficit.Amount
		err := a.UnmarshalCSV(tt.in)
		if (err == nil) != tt.ok || a.Valid != tt.valid || (tt.valid && a.Value != tt.want) {
			t.Errorf("Amount(%q) = %+v, %v", tt.in, a, err)
		}
	}
	var a deficit.Amount
	if err := a.UnmarshalCSV(" lots "); err == nil || err.Error() != `"lots" is not an amount` {
		t.Errorf("error = %v", err)
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		printed, implied float64
		unit             deficit.Unit
		want             deficit.Status
	}{
		{3.924, 3.925, deficit.Millions, deficit.StatusRounding},
		{0.282, 0.281598, deficit.Millions, deficit.StatusOK},
		{-2.546, -2.456, deficit.Millions, deficit.StatusInconsistent},
		{5.292, 5.2935, deficit.Millions, deficit.StatusRounding},
		{5.292, 5.2936, deficit.Millions, deficit.StatusInconsistent},
		{229507, 229506, deficit.Pounds, deficit.StatusRounding},
		{229507, 229505, deficit.Pounds, deficit.StatusInconsistent},
		{70, 70, deficit.Count, deficit.StatusOK},
		{70, 71, deficit.Count, deficit.StatusInconsistent},
	}
	for _, tt := range tests {
		if got := deficit.Classify(tt.printed, tt.implied, tt.unit); got != tt.want {
			t.Errorf("Classify(%v, %v, %s) = %s, want %s", tt.printed, tt.implied, tt.unit, got, tt.want)
		}
	}
}
