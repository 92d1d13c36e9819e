package deficit_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
)

func TestFormatMillions(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{19.543, "£19.543m"},
		{-0.742, "−£0.742m"},
		{21.4066, "£21.407m"},
		{0, "£0.000m"},
		{-0.0004, "£0.000m"}, // rounds to zero: never "−£0.000m"
		{-0.0005001, "−£0.001m"},
		{1234.5, "£1,234.500m"},
	}
	for _, tt := range tests {
		if got := deficit.FormatMillions(tt.v); got != tt.want {
			t.Errorf("FormatMillions(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestFormatUnits(t *testing.T) {
	tests := []struct {
		u    deficit.Unit
		v    float64
		want string
	}{
		{deficit.Pounds, 229507, "£229,507"},
		{deficit.Pounds, -136359, "−£136,359"},
		{deficit.Pounds, -0.4, "£0"}, // was "−£0"
		{deficit.Pounds, 999.5, "£1,000"},
		{deficit.Pounds, 12, "£12"},
		{deficit.Millions, -2.456, "−£2.456m"},
		{deficit.Count, 3, "3"},
		{deficit.Count, -0.2, "0"},
	}
	for _, tt := range tests {
		if got := deficit.Format(tt.u, tt.v); got != tt.want {
			t.Errorf("Format(%s, %v) = %q, want %q", tt.u, tt.v, got, tt.want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v      float64
		places int
		want   string
	}{
		{19.543, 3, "19.543"},
		{-0.742, 3, "−0.742"},
		{-0.0004, 3, "0.000"},
		{-1234.5678, 3, "−1,234.568"},
		{1e6, 0, "1,000,000"},
	}
	for _, tt := range tests {
		if got := deficit.FormatNumber(tt.v, tt.places); got != tt.want {
			t.Errorf("FormatNumber(%v, %d) = %q, want %q", tt.v, tt.places, got, tt.want)
		}
	}
}

func TestStatusLabel(t *testing.T) {
	for s, want := range map[deficit.Status]string{
		deficit.StatusOK: "Agrees", deficit.StatusRounding: "Rounding", deficit.StatusNote: "Note",
		deficit.StatusInconsistent: "Inconsistent", deficit.Status("other"): "other",
	} {
		if got := s.Label(); got != want {
			t.Errorf("%q.Label() = %q, want %q", s, got, want)
		}
	}
}
