package benchmark

import (
	"slices"
	"strings"
)

// The permission rules of accounts, written once: the web and the command
// line ask these and decide nothing themselves. A nil *User is anonymous
// and every method answers false for it; disabled accounts may do nothing.

// active reports whether u is a signed-in account that is not disabled.
func (u *User) active() bool { return u != nil && !u.Disabled }

// WorksFor reports whether authorityCode (an ONS code) is one of u's own
// authorities.
func (u *User) WorksFor(authorityCode string) bool {
	return u != nil && slices.ContainsFunc(u.Authorities, func(c string) bool {
		return strings.EqualFold(c, strings.TrimSpace(authorityCode))
	})
}

// CanRead reports whether u may read an authority's rounds, ratings,
// history and profiles: admins and national accounts read every
// authority, others their own. Anonymous visitors read none.
func (u *User) CanRead(authorityCode string) bool {
	if !u.active() {
		return false
	}
	return u.Role == RoleAdmin || u.National || u.WorksFor(authorityCode)
}

// ReadScope narrows f to the rounds u may read (CanRead), so a paged list
// counts and pages only those: every authority's for an admin or a
// national account, u's own authorities otherwise, none for nobody.
func (u *User) ReadScope(f AssessmentFilter) AssessmentFilter {
	switch {
	case !u.active():
		f.AuthorityCodes = []string{}
	case u.Role == RoleAdmin || u.National:
	default:
		f.AuthorityCodes = append([]string{}, u.Authorities...)
	}
	return f
}

// CanEdit reports whether u may change an authority's rounds: rate them,
// start, copy forward and finalise them, import their ratings and store
// the authority's deficit profiles. Only the authority's own editors may;
// an admin is no authority's editor.
func (u *User) CanEdit(authorityCode string) bool {
	return u.active() && u.Role == RoleEditor && u.WorksFor(authorityCode)
}

// IsEditor reports whether u edits some authority's rounds: the pages
// that start a round or import one ask it before the authority is chosen,
// then ask CanEdit of the one chosen.
func (u *User) IsEditor() bool { return u.active() && u.Role == RoleEditor && len(u.Authorities) > 0 }

// CanUpload reports whether u may upload a new agreement: any editor may
// (the upload is recorded, and an admin can remove it).
func (u *User) CanUpload() bool { return u.active() && u.Role == RoleEditor }

// CanReviewMappings reports whether u may review a theme mapping: any
// editor may, and the review names the account.
func (u *User) CanReviewMappings() bool { return u.active() && u.Role == RoleEditor }

// CanManage reports whether u is an admin: it manages accounts, renames,
// reopens and deletes rounds and removes agreements.
func (u *User) CanManage() bool { return u.active() && u.Role == RoleAdmin }

// CanShare reports whether u may decide whether an authority's final
// rounds are shared with the other authorities: only its own editors may.
func (u *User) CanShare(authorityCode string) bool { return u.CanEdit(authorityCode) }
