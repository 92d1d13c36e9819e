package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// TestGenerate_FinalAndShared: --final marks each authority's first
// rounds final and --share records every generated authority's sharing,
// named for "named"; a bad --share or more final rounds than rounds is
// bad usage.
func TestGenerate_FinalAndShared(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	if code, _, stderr := run(t, "generate", "--db", db, "--authorities", "5", "--agreements", "3", "--rounds", "3", "--seed", "4",
		"--final", "2", "--share", "named"); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	store := openTestStore(t, db)
	ctx := context.Background()
	rounds, _ := store.FindAssessments(ctx, benchmark.AssessmentFilter{})
	final, byAuthority := 0, map[string]bool{}
	for _, r := range rounds {
		if !strings.HasPrefix(r.Title, "Synthetic round") {
			continue
		}
		byAuthority[r.AuthorityCode] = true
		if r.Final != (strings.HasPrefix(r.Title, "Synthetic round 1 ") || strings.HasPrefix(r.Title, "Synthetic round 2 ")) {
			t.Errorf("%s final = %v", r.Title, r.Final)
		}
		if r.Final {
			final++
		}
	}
	if final != 5*2 {
		t.Errorf("%d final rounds, want 5 authorities x 2", final)
	}
	for code := range byAuthority {
		s, err := store.FindSharing(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		if s.Sharing != benchmark.SharedNamed || s.ChangedBy == "" {
			t.Errorf("%s sharing = %+v, want named by generate", code, s)
		}
	}
	for _, args := range [][]string{{"--share", "everyone"}, {"--final", "4"}} {
		full := append([]string{"generate", "--db", filepath.Join(t.TempDir(), "x.db"), "--authorities", "2", "--agreements", "1", "--rounds", "3", "--seed", "5"}, args...)
		if code, _, _ := run(t, full...); code != 2 {
			t.Errorf("generate %v: exit %d, want 2", args, code)
		}
	}
}
