package benchmark

import (
	"context"
	"slices"
	"strings"
	"time"
)

// Role is what an account may do: manage (admin), change its authorities'
// rounds (editor) or only read (viewer).
type Role string

// The roles of an account.
const (
	// RoleAdmin manages accounts, deletes or reopens rounds and removes
	// agreements; it reads every authority but edits none of their rounds.
	RoleAdmin Role = "admin"
	// RoleEditor changes the rounds of its own authorities and may upload
	// agreements and review theme mappings.
	RoleEditor Role = "editor"
	// RoleViewer reads what its scope allows and changes nothing.
	RoleViewer Role = "viewer"
)

// Roles lists every role, for help text and forms.
var Roles = []Role{RoleAdmin, RoleEditor, RoleViewer}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return slices.Contains(Roles, r) }

// Limits on an account's fields.
const (
	MaxEmailLength       = 254
	MaxDisplayNameLength = 100
)

// User is one account. A nil *User is anonymous: it may read the public
// documents (agreements, themes, the theme matrix, the Bury model) and
// nothing else.
type User struct {
	ID int `json:"id"`
	// Email signs the account in; it is held trimmed and in lower case.
	Email string `json:"email"`
	// DisplayName names the account in history and on pages.
	DisplayName string `json:"display_name"`
	Role        Role   `json:"role"`
	// National lets an admin or a viewer read every authority.
	National bool `json:"national"`
	// Authorities are the ONS codes of the authorities the account works for.
	Authorities []string  `json:"authorities"`
	Disabled    bool      `json:"disabled"`
	CreatedAt   time.Time `json:"created_at"`
	// CreatedBy is the Actor who created the account.
	CreatedBy string `json:"created_by,omitempty"`
}

// NormalizeEmail trims an email address and puts it in lower case, the
// form accounts are stored and looked up in.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Normalize puts u's fields in their stored form: the email normalised,
// the display name trimmed and the authority codes upper case, once each,
// in order.
func (u *User) Normalize() {
	u.Email = NormalizeEmail(u.Email)
	u.DisplayName = strings.TrimSpace(u.DisplayName)
	codes := make([]string, 0, len(u.Authorities))
	for _, c := range u.Authorities {
		codes = append(codes, strings.ToUpper(strings.TrimSpace(c)))
	}
	slices.Sort(codes)
	u.Authorities = slices.Compact(codes)
}

// Validate checks an account as Normalize leaves it, including the scoping
// rules: an editor works for at least one authority and is never national;
// a viewer is national or works for at least one authority; an admin reads
// every authority, so it names none.
func (u *User) Validate() error {
	switch {
	case !validEmail(u.Email):
		return Errorf(EINVALID, "Give an email address such as name@council.gov.uk.")
	case len(u.Email) > MaxEmailLength:
		return Errorf(EINVALID, "The email address is longer than %d characters.", MaxEmailLength)
	case len([]rune(u.DisplayName)) > MaxDisplayNameLength:
		return Errorf(EINVALID, "The display name is longer than %d characters.", MaxDisplayNameLength)
	case !u.Role.Valid():
		return Errorf(EINVALID, "The role must be admin, editor or viewer, not %q.", u.Role)
	case slices.Contains(u.Authorities, ""):
		return Errorf(EINVALID, "An authority code is blank.")
	}
	switch u.Role {
	case RoleAdmin:
		if len(u.Authorities) > 0 {
			return Errorf(EINVALID, "An admin reads every authority: name no authorities.")
		}
	case RoleEditor:
		if u.National {
			return Errorf(EINVALID, "An editor cannot be national: only admins and viewers read every authority.")
		} else if len(u.Authorities) == 0 {
			return Errorf(EINVALID, "Name at least one authority the editor works for.")
		}
	case RoleViewer:
		if u.National && len(u.Authorities) > 0 {
			return Errorf(EINVALID, "A national viewer reads every authority: name no authorities.")
		} else if !u.National && len(u.Authorities) == 0 {
			return Errorf(EINVALID, "Name at least one authority the viewer reads, or make the viewer national.")
		}
	}
	return nil
}

// validEmail is a light check: one @ with text either side and no spaces.
// Whether the address receives mail is not svbench's to check.
func validEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && local != "" && domain != "" && !strings.Contains(domain, "@") &&
		!strings.ContainsAny(s, " \t\r\n")
}

// Actor names the account in history: its display name, or its email when
// it has none. It is "" for the anonymous nil *User.
func (u *User) Actor() string {
	switch {
	case u == nil:
		return ""
	case u.DisplayName != "":
		return u.DisplayName
	}
	return u.Email
}

// CLIActor names a change made from the command line by the operating
// system user osUser, e.g. "cli:ada".
func CLIActor(osUser string) string {
	if osUser = strings.TrimSpace(osUser); osUser == "" {
		osUser = "unknown"
	}
	return "cli:" + osUser
}

// UserFilter selects accounts; nil fields are ignored. Offset skips that
// many accounts and a positive Limit keeps at most that many, for paging.
type UserFilter struct {
	ID    *int
	Email *string
	Role  *Role
	// Authority keeps accounts that work for this ONS code.
	Authority *string
	Disabled  *bool
	Offset    int
	Limit     int
}

// UserUpdate changes an account; nil fields are left as they are.
type UserUpdate struct {
	Email       *string
	DisplayName *string
	Role        *Role
	National    *bool
	Authorities *[]string
	Disabled    *bool
}

// Apply sets u's fields from upd; the caller normalises and validates the
// result.
func (u *User) Apply(upd UserUpdate) {
	if upd.Email != nil {
		u.Email = *upd.Email
	}
	if upd.DisplayName != nil {
		u.DisplayName = *upd.DisplayName
	}
	if upd.Role != nil {
		u.Role = *upd.Role
	}
	if upd.National != nil {
		u.National = *upd.National
	}
	if upd.Authorities != nil {
		u.Authorities = slices.Clone(*upd.Authorities)
	}
	if upd.Disabled != nil {
		u.Disabled = *upd.Disabled
	}
}

// UserService stores accounts. Password hashes are written and read only
// through the methods that say so; every other method leaves them out.
type UserService interface {
	// CreateUser normalises and validates u, checks its authorities exist
	// and stores it with passwordHash (an encoded hash, never a password),
	// setting u.ID and u.CreatedAt. An email already held, in any case,
	// is ECONFLICT.
	CreateUser(ctx context.Context, u *User, passwordHash string) error
	// FindUserByID returns one account or ENOTFOUND.
	FindUserByID(ctx context.Context, id int) (*User, error)
	// FindUserByEmail returns the account with that email, in any case,
	// or ENOTFOUND.
	FindUserByEmail(ctx context.Context, email string) (*User, error)
	// FindUsers returns one page of matching accounts ordered by email,
	// and how many match in all.
	FindUsers(ctx context.Context, filter UserFilter) ([]*User, int, error)
	// UpdateUser applies upd to the account, validates it whole and
	// returns it. Disabling an account ends its sessions in the same
	// transaction; disabling or demoting the last admin is ECONFLICT.
	UpdateUser(ctx context.Context, id int, upd UserUpdate) (*User, error)
	// SetPasswordHash replaces the account's password hash and ends its
	// sessions, in one transaction.
	SetPasswordHash(ctx context.Context, id int, passwordHash string) error
	// FindPasswordHash returns, for signing in, the account with that
	// email and its stored hash ("" when it has none), or ENOTFOUND.
	// Disabled accounts are returned too: sign-in refuses them with the
	// same words as a wrong password.
	FindPasswordHash(ctx context.Context, email string) (*User, string, error)
}
