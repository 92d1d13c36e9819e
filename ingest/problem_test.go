package ingest_test

import (
	"testing"

	"github.com/svbench/svbench/ingest"
)

// TestProblems_Error counts problems in words: one problem, two problems.
func TestProblems_Error(t *testing.T) {
	one := ingest.Problems{{Line: 4, Column: "theme", Message: "Unknown theme."}}
	if got, want := one.Error(), "1 problem in the file:\nline 4, column theme: Unknown theme."; got != want {
		t.Errorf("one problem:\n got %q\nwant %q", got, want)
	}
	two := append(one, ingest.Problem{Line: 5, Message: "Empty row."})
	if got, want := two.Error(), "2 problems in the file:\nline 4, column theme: Unknown theme.\nline 5: Empty row."; got != want {
		t.Errorf("two problems:\n got %q\nwant %q", got, want)
	}
}
