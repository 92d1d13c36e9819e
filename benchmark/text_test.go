package benchmark_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"bury", "", 4},
		{"", "bury", 4},
		{"bury", "bury", 0},
		{"burry", "bury", 1},
		{"kitten", "sitting", 3},
		{"£5m", "£6m", 1}, // runes, not bytes
		{"flaw", "lawn", 2},
	} {
		if got := benchmark.EditDistance(c.a, c.b); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestNormalizeText(t *testing.T) {
	for in, want := range map[string]string{
		"Reduce reliance on out-of-borough placements.": "reduce reliance on out of borough placements",
		"  “Quoted” – dashes\tand\r\nline ends ":        "quoted dashes and line ends",
		"£5.292m by 2024/25":                            "5 292m by 2024 25",
		"":                                              "",
		"...":                                           "",
	} {
		if got := benchmark.NormalizeText(in); got != want {
			t.Errorf("NormalizeText(%q) = %q, want %q", in, got, want)
		}
	}
}
