package benchmark

import "testing"

func TestParseDateParts(t *testing.T) {
	for _, tc := range []struct {
		p                DateParts
		wantISO, problem string
	}{
		{DateParts{}, "", ""},
		{DateParts{"31", "3", "2026"}, "2026-03-31", ""},
		{DateParts{" 01 ", "04", "2026"}, "2026-04-01", ""},
		{DateParts{"29", "2", "2028"}, "2028-02-29", ""},
		{DateParts{"29", "2", "2027"}, "", "Target date must be a real date"},
		{DateParts{"31", "13", "2026"}, "", "Target date must be a real date"},
		{DateParts{"0", "1", "2026"}, "", "Target date must be a real date"},
		{DateParts{"soon", "1", "2026"}, "", "Target date must be a real date"},
		{DateParts{"31", "", "2026"}, "", "Target date must include a month"},
		{DateParts{"", "", "2026"}, "", "Target date must include a day and month"},
		{DateParts{"31", "3", ""}, "", "Target date must include a year"},
		{DateParts{"31", "3", "26"}, "", "Target date must include a year of 4 numbers, like 2026"},
	} {
		iso, problem := ParseDateParts("Target date", tc.p)
		if iso != tc.wantISO || problem != tc.problem {
			t.Errorf("ParseDateParts(%+v) = %q, %q; want %q, %q", tc.p, iso, problem, tc.wantISO, tc.problem)
		}
	}
}

func TestSplitDate_KeepsWhatWasTyped(t *testing.T) {
	for in, want := range map[string]DateParts{
		"2026-03-31": {"31", "3", "2026"},
		"31/13/2026": {"31", "13", "2026"},
		"31//2026":   {"31", "", "2026"},
		"soon":       {Day: "soon"},
		"":           {},
	} {
		if got := SplitDate(in); got != want {
			t.Errorf("SplitDate(%q) = %+v, want %+v", in, got, want)
		}
		if in != "2026-03-31" && SplitDate(in).Typed() != in && in != "soon" {
			t.Errorf("SplitDate(%q).Typed() = %q", in, SplitDate(in).Typed())
		}
	}
}
