package benchmark_test

import (
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestValidateRoundTitle(t *testing.T) {
	for _, c := range []struct {
		name, title, want string
	}{
		{"a title", "Mitigation Validation Exercise", ""},
		{"empty", "", "Enter a title for the round"},
		{"only spaces", "   ", "Enter a title for the round"},
		{"200 characters", strings.Repeat("é", 200), ""},
		{"201 characters", strings.Repeat("é", 201), "Title must be 200 characters or fewer"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := benchmark.ValidateRoundTitle(c.title)
			if c.want == "" {
				if err != nil {
					t.Fatalf("error %v, want none", err)
				}
				return
			}
			if benchmark.ErrorCode(err) != benchmark.EINVALID || benchmark.ErrorMessage(err) != c.want {
				t.Errorf("error %q (%s), want %q (invalid)", benchmark.ErrorMessage(err), benchmark.ErrorCode(err), c.want)
			}
		})
	}
}
