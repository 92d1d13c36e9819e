package benchmark_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// buryCode is Bury's ONS code and bristolCode Bristol's (datasets/authorities.csv).
const (
	buryCode    = "E08000002"
	bristolCode = "E06000023"
)

func TestUser_NormalizeAndValidate(t *testing.T) {
	u := &benchmark.User{Email: "  Ada@Council.GOV.uk ", DisplayName: " Ada ", Role: benchmark.RoleEditor,
		Authorities: []string{"e08000002", bristolCode, " E08000002"}}
	u.Normalize()
	if u.Email != "ada@council.gov.uk" || u.DisplayName != "Ada" {
		t.Errorf("normalised email %q, name %q", u.Email, u.DisplayName)
	}
	if len(u.Authorities) != 2 || u.Authorities[0] != bristolCode || u.Authorities[1] != buryCode {
		t.Errorf("normalised authorities %q, want each once, sorted", u.Authorities)
	}
	if err := u.Validate(); err != nil {
		t.Errorf("valid editor: %v", err)
	}
}

// TestUser_Validate covers the scoping rules of issue 12: editors and
// viewers work for one or more authorities, admins and viewers may be
// national, an editor must have at least one authority.
func TestUser_Validate(t *testing.T) {
	for _, tc := range []struct {
		name string
		u    benchmark.User
		ok   bool
	}{
		{"editor of one authority", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleEditor, Authorities: []string{buryCode}}, true},
		{"editor of none", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleEditor}, false},
		{"national editor", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleEditor, National: true, Authorities: []string{buryCode}}, false},
		{"viewer of two", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleViewer, Authorities: []string{buryCode, bristolCode}}, true},
		{"national viewer", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleViewer, National: true}, true},
		{"viewer of nothing", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleViewer}, false},
		{"national viewer naming authorities", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleViewer, National: true, Authorities: []string{buryCode}}, false},
		{"admin", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleAdmin}, true},
		{"national admin", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleAdmin, National: true}, true},
		{"admin naming an authority", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleAdmin, Authorities: []string{buryCode}}, false},
		{"unknown role", benchmark.User{Email: "a@b.uk", Role: "owner"}, false},
		{"no email", benchmark.User{Role: benchmark.RoleAdmin}, false},
		{"email without @", benchmark.User{Email: "ada", Role: benchmark.RoleAdmin}, false},
		{"email with a space", benchmark.User{Email: "a da@b.uk", Role: benchmark.RoleAdmin}, false},
		{"two @", benchmark.User{Email: "a@b@c.uk", Role: benchmark.RoleAdmin}, false},
		{"blank authority", benchmark.User{Email: "a@b.uk", Role: benchmark.RoleEditor, Authorities: []string{""}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.u.Validate()
			if (err == nil) != tc.ok {
				t.Fatalf("Validate() = %v, want ok %v", err, tc.ok)
			}
			if err != nil && benchmark.ErrorCode(err) != benchmark.EINVALID {
				t.Errorf("code %q, want invalid", benchmark.ErrorCode(err))
			}
		})
	}
}

func TestUser_Actor(t *testing.T) {
	var anonymous *benchmark.User
	for _, tc := range []struct {
		u    *benchmark.User
		want string
	}{
		{&benchmark.User{Email: "ada@b.uk", DisplayName: "Ada Lovelace"}, "Ada Lovelace"},
		{&benchmark.User{Email: "ada@b.uk"}, "ada@b.uk"},
		{anonymous, ""},
	} {
		if got := tc.u.Actor(); got != tc.want {
			t.Errorf("%+v.Actor() = %q, want %q", tc.u, got, tc.want)
		}
	}
	if got := benchmark.CLIActor("ada"); got != "cli:ada" {
		t.Errorf("CLIActor(ada) = %q", got)
	}
	if got := benchmark.CLIActor(""); got != "cli:unknown" {
		t.Errorf("CLIActor() = %q", got)
	}
}

func TestUser_Apply(t *testing.T) {
	u := &benchmark.User{Email: "ada@b.uk", DisplayName: "Ada", Role: benchmark.RoleEditor, Authorities: []string{buryCode}}
	name, role, national, codes, off := "Ada L", benchmark.RoleViewer, true, []string{}, true
	u.Apply(benchmark.UserUpdate{DisplayName: &name})
	if u.DisplayName != "Ada L" || u.Role != benchmark.RoleEditor || len(u.Authorities) != 1 {
		t.Errorf("a nil field changed something: %+v", u)
	}
	u.Apply(benchmark.UserUpdate{Role: &role, National: &national, Authorities: &codes, Disabled: &off})
	if u.Role != benchmark.RoleViewer || !u.National || len(u.Authorities) != 0 || !u.Disabled || u.Email != "ada@b.uk" {
		t.Errorf("applied = %+v", u)
	}
	codes = append(codes, bristolCode)
	if len(u.Authorities) != 0 {
		t.Error("Apply shares the update's slice")
	}
}
