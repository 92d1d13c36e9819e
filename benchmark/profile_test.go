package benchmark_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
)

// TestProfileValidate: a profile needs an authority, a file name and at
// least one year; its years follow one another and only the first gives a
// deficit brought forward. Each refusal is EINVALID with its own message.
func TestProfileValidate(t *testing.T) {
	good := func() benchmark.Profile {
		return benchmark.Profile{AuthorityCode: "E08000002", Name: "profile.csv", Years: []deficit.ProfileYear{
			{Year: 2024, Funding: 60, Spend: 66, Opening: valuePtr(10.0)},
			{Year: 2025, Funding: 63, Spend: 64, Deficit: valuePtr(13.0), Printed: "13.0"},
		}}
	}
	tests := []struct {
		name   string
		change func(*benchmark.Profile)
		want   string // "" for valid
	}{
		{"valid", func(*benchmark.Profile) {}, ""},
		{"no authority", func(p *benchmark.Profile) { p.AuthorityCode = " " }, "Say which authority the profile belongs to."},
		{"no name", func(p *benchmark.Profile) { p.Name = "" }, "Give the profile a file name."},
		{"no years", func(p *benchmark.Profile) { p.Years = nil }, "The profile is empty: it has no years."},
		{"no year", func(p *benchmark.Profile) { p.Years[1].Year = 0 }, "Year 2 of the profile has no financial year."},
		{"a year missed", func(p *benchmark.Profile) { p.Years[1].Year = 2026 },
			"The profile's years must follow one another: 2026/27 follows 2024/25."},
		{"a year twice", func(p *benchmark.Profile) { p.Years[1].Year = 2024 },
			"The profile's years must follow one another: 2024/25 follows 2024/25."},
		{"opening deficit late", func(p *benchmark.Profile) { p.Years[1].Opening = valuePtr(1.0) },
			"Only the profile's first year may give the deficit brought forward, not 2025/26."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := good()
			tt.change(&p)
			err := p.Validate()
			if tt.want == "" {
				if err != nil {
					t.Errorf("err = %v, want valid", err)
				}
				return
			}
			if benchmark.ErrorCode(err) != benchmark.EINVALID || benchmark.ErrorMessage(err) != tt.want {
				t.Errorf("err = %v (%s), want EINVALID %q", err, benchmark.ErrorCode(err), tt.want)
			}
		})
	}
}
