package bury

import (
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
)

func TestWordsAndSentence(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{
		{nil, "none"},
		{[]string{"2022/23"}, "2022/23"},
		{[]string{"a", "b"}, "a and b"},
		{[]string{"a", "b", "c"}, "a, b and c"},
	} {
		if got := deficit.AndList(tt.in); got != tt.want {
			t.Errorf("AndList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := rows([]int{8, 9}); got != "rows 8 and 9" {
		t.Errorf("rows = %q", got)
	}
	if got := rows([]int{10}); got != "row 10" {
		t.Errorf("rows = %q", got)
	}
	for in, want := range map[string]string{
		"printed 1.864":        "Printed 1.864.",
		"ends here.":           "Ends here.",
		"£5.292m is the total": "£5.292m is the total.",
		"":                     "",
	} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}
