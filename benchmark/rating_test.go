package benchmark_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// valuePtr returns a pointer to a copy of v, for RatingUpdate's fields.
func valuePtr[T any](v T) *T { return &v }

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"2026-03-31", "2026-03-31", true},
		{"31/03/2026", "2026-03-31", true},
		{"31/3/2026", "2026-03-31", true},
		{" 1/4/2026 ", "2026-04-01", true},
		{"", "", true},
		{"29/2/2028", "2028-02-29", true}, // leap year
		{"29/2/2026", "", false},
		{"30/02/2026", "", false},
		{"2026-02-30", "", false},
		{"3/31/2026", "", false}, // month first is not read
		{"31/3/26", "", false},   // two-digit years are ambiguous
		{"2026-3-31", "", false},
		{"next March", "", false},
	} {
		got, ok := benchmark.ParseDate(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseDate(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestUKDate(t *testing.T) {
	for in, want := range map[string]string{"2026-03-31": "31/3/2026", "2026-11-05": "5/11/2026", "": "", "31/02/2026": "31/02/2026"} {
		if got := benchmark.UKDate(in); got != want {
			t.Errorf("UKDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRatingUpdate_ValidateListsEveryProblem(t *testing.T) {
	bad := benchmark.RAG("purple")
	upd := benchmark.RatingUpdate{
		RAG:        &bad,
		Commentary: valuePtr(strings.Repeat("x", benchmark.MaxCommentary+1)),
		Evidence:   valuePtr("ftp://example.org/plan"),
		Owner:      valuePtr("Head of SEND"),
		TargetDate: valuePtr("31/13/2026"),
		By:         "Ada",
	}
	err := upd.Validate()
	var invalid *benchmark.InvalidRatingError
	if !errors.As(err, &invalid) {
		t.Fatalf("Validate = %v, want an *InvalidRatingError", err)
	}
	if code := benchmark.ErrorCode(err); code != benchmark.EINVALID {
		t.Errorf("code %q, want %q", code, benchmark.EINVALID)
	}
	var fields []string
	for _, p := range invalid.Problems {
		fields = append(fields, p.Field)
		if p.Message == "" || strings.HasSuffix(p.Message, ".") {
			t.Errorf("%s: message %q, want one without a full stop", p.Field, p.Message)
		}
	}
	want := []string{benchmark.FieldRAG, benchmark.FieldCommentary, benchmark.FieldEvidence, benchmark.FieldTargetDate}
	if strings.Join(fields, ",") != strings.Join(want, ",") {
		t.Errorf("problems with %q, want %q", fields, want)
	}
	msg := benchmark.ErrorMessage(err)
	for _, p := range invalid.Problems {
		if !strings.Contains(msg, p.Message) {
			t.Errorf("message %q lacks %q", msg, p.Message)
		}
	}
	if !strings.Contains(msg, "like 31/3/2026") {
		t.Errorf("message %q does not show the date's form", msg)
	}
}

func TestRatingUpdate_Validate(t *testing.T) {
	for _, c := range []struct {
		name  string
		upd   benchmark.RatingUpdate
		field string // "" and ok for valid
		ok    bool
	}{
		{"ISO date", benchmark.RatingUpdate{TargetDate: valuePtr("2026-03-31"), By: "Ada"}, "", true},
		{"UK date", benchmark.RatingUpdate{TargetDate: valuePtr("31/03/2026"), By: "Ada"}, "", true},
		{"short UK date", benchmark.RatingUpdate{TargetDate: valuePtr("31/3/2026"), By: "Ada"}, "", true},
		{"blank fields", benchmark.RatingUpdate{Evidence: valuePtr(""), TargetDate: valuePtr(""), By: "Ada"}, "", true},
		{"no name", benchmark.RatingUpdate{RAG: valuePtr(benchmark.Red)}, "", false},
		{"negative version", benchmark.RatingUpdate{Version: -1, By: "Ada"}, "", false},
		{"long evidence", benchmark.RatingUpdate{Evidence: valuePtr("https://example.org/" + strings.Repeat("a", benchmark.MaxEvidence)), By: "Ada"}, benchmark.FieldEvidence, false},
		{"long owner", benchmark.RatingUpdate{Owner: valuePtr(strings.Repeat("a", benchmark.MaxShortField+1)), By: "Ada"}, benchmark.FieldOwner, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.upd.Validate()
			if c.ok {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			var invalid *benchmark.InvalidRatingError
			if !errors.As(err, &invalid) || len(invalid.Problems) != 1 || invalid.Problems[0].Field != c.field {
				t.Fatalf("Validate = %#v, want one problem with field %q", err, c.field)
			}
		})
	}
}

func TestRatingUpdate_ApplyStoresISODates(t *testing.T) {
	for in, want := range map[string]string{"31/3/2026": "2026-03-31", " 01/04/2026": "2026-04-01", "2026-03-31": "2026-03-31", "": ""} {
		upd := benchmark.RatingUpdate{TargetDate: valuePtr(in), By: "Ada"}
		if got := upd.Apply(nil).TargetDate; got != want {
			t.Errorf("Apply with target %q stores %q, want %q", in, got, want)
		}
	}
	old := &benchmark.Rating{TargetDate: "2026-03-31", Version: 2, UpdatedBy: "Ada"}
	upd := benchmark.RatingUpdate{TargetDate: valuePtr("31/3/2026"), By: "Ben"}
	next := upd.Apply(old)
	if changes := next.Diff(old); len(changes) != 0 {
		t.Errorf("the same date written the UK way is a change: %v", changes[0])
	}
}

func TestRating_LoadedAndBlank(t *testing.T) {
	now := time.Now()
	for _, c := range []struct {
		name          string
		r             benchmark.Rating
		loaded, blank bool
	}{
		{"seeded, not rated", benchmark.Rating{Version: 1, UpdatedAt: now}, true, true},
		{"seeded, Green", benchmark.Rating{RAG: benchmark.Green, Version: 1, UpdatedAt: now}, true, false},
		{"seeded commentary", benchmark.Rating{Commentary: "Panel", Version: 1}, true, false},
		{"saved once", benchmark.Rating{RAG: benchmark.Green, Version: 1, UpdatedBy: "Ada"}, false, false},
		{"copied forward", benchmark.Rating{RAG: benchmark.Red, Version: 1, UpdatedBy: "Ada, copying “Round 1”"}, false, false},
		{"saved since", benchmark.Rating{Version: 2, UpdatedBy: "Ada"}, false, true},
		{"never rated", benchmark.Rating{}, false, true},
	} {
		if got := c.r.Loaded(); got != c.loaded {
			t.Errorf("%s: Loaded = %v, want %v", c.name, got, c.loaded)
		}
		if got := c.r.Blank(); got != c.blank {
			t.Errorf("%s: Blank = %v, want %v", c.name, got, c.blank)
		}
	}
}
