package benchmark_test

import (
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// TestUser_Permissions walks every role against two authorities: the
// permission rules of issue 12, written once.
func TestUser_Permissions(t *testing.T) {
	var anonymous *benchmark.User
	editorBury := &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{buryCode}}
	viewerBury := &benchmark.User{Role: benchmark.RoleViewer, Authorities: []string{buryCode}}
	national := &benchmark.User{Role: benchmark.RoleViewer, National: true}
	admin := &benchmark.User{Role: benchmark.RoleAdmin}
	disabled := &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{buryCode}, Disabled: true}
	disabledAdmin := &benchmark.User{Role: benchmark.RoleAdmin, Disabled: true}

	type perms struct{ readBury, readBristol, editBury, editBristol, editor, upload, review, manage bool }
	for _, tc := range []struct {
		name string
		u    *benchmark.User
		want perms
	}{
		{"anonymous", anonymous, perms{}},
		{"editor of Bury", editorBury, perms{readBury: true, editBury: true, editor: true, upload: true, review: true}},
		{"viewer of Bury", viewerBury, perms{readBury: true}},
		{"national viewer", national, perms{readBury: true, readBristol: true}},
		{"admin", admin, perms{readBury: true, readBristol: true, manage: true}},
		{"disabled editor", disabled, perms{}},
		{"disabled admin", disabledAdmin, perms{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := perms{
				readBury: tc.u.CanRead(buryCode), readBristol: tc.u.CanRead(bristolCode),
				editBury: tc.u.CanEdit(buryCode), editBristol: tc.u.CanEdit(bristolCode),
				editor: tc.u.IsEditor(), upload: tc.u.CanUpload(), review: tc.u.CanReviewMappings(), manage: tc.u.CanManage(),
			}
			if got != tc.want {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
	if !editorBury.CanEdit("e08000002 ") {
		t.Error("an authority code is compared without regard to case or spaces")
	}
}

// TestReadScope: a list of rounds is narrowed as CanRead says: admins and
// national accounts to nothing, others to their authorities, nobody to
// none at all.
func TestReadScope(t *testing.T) {
	tests := []struct {
		name string
		u    *benchmark.User
		want []string // nil: every authority
	}{
		{"anonymous", nil, []string{}},
		{"disabled editor", &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{buryCode}, Disabled: true}, []string{}},
		{"admin", &benchmark.User{Role: benchmark.RoleAdmin}, nil},
		{"national viewer", &benchmark.User{Role: benchmark.RoleViewer, National: true}, nil},
		{"editor of two", &benchmark.User{Role: benchmark.RoleEditor, Authorities: []string{buryCode, bristolCode}}, []string{buryCode, bristolCode}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.u.ReadScope(benchmark.AssessmentFilter{Limit: 5}).AuthorityCodes
			if (got == nil) != (tt.want == nil) || strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("scope = %#v, want %#v", got, tt.want)
			}
		})
	}
}
