package ingest_test

import (
	"testing"

	"github.com/svbench/svbench/ingest"
)

func TestNeutraliseCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+44 117", "'+44 117"},
		{"-2.546", "'-2.546"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tcmd", "'\tcmd"},
		{"\rcmd", "'\rcmd"},
		{"'quoted", "'quoted"},
		{"'=already", "''=already"},
		{"a=b", "a=b"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got := ingest.NeutraliseCell(tc.in)
			if got != tc.want {
				t.Errorf("NeutraliseCell(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if back := ingest.RestoreCell(got); back != tc.in {
				t.Errorf("RestoreCell(%q) = %q, want %q", got, back, tc.in)
			}
		})
	}
}

func TestRestoreCell_LeavesOtherApostrophes(t *testing.T) {
	for _, s := range []string{"'Safety Valve' agreement", "'", "''", "'abc"} {
		if got := ingest.RestoreCell(s); got != s {
			t.Errorf("RestoreCell(%q) = %q, want it unchanged", s, got)
		}
	}
}
