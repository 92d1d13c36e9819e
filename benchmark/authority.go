package benchmark

import (
	"context"
	"strings"
	"unicode"
)

// Authority is an English local authority, keyed by its ONS code.
type Authority struct {
	ONSCode string `json:"ons_code"`
	DfECode string `json:"dfe_code"`
	Name    string `json:"name"`
	Kind    string `json:"kind"`
}

// AuthorityFilter selects authorities; nil fields are ignored.
type AuthorityFilter struct {
	// Query finds authorities as a search box does: the ONS or DfE code,
	// or names whose words it starts (AuthorityResolver.Search).
	Query *string
	// Code keeps the one authority it names, as FindAuthority resolves it.
	Code *string
}

// AuthorityService reads the 153 English authorities.
type AuthorityService interface {
	// FindAuthority returns the authority code names: its ONS or DfE code,
	// its name or a council's form of it (AuthorityResolver.Resolve);
	// ENOTFOUND suggests the nearest names, EINVALID lists every authority
	// an ambiguous name could be.
	FindAuthority(ctx context.Context, code string) (*Authority, error)
	// FindAuthorities returns the authorities matching filter, by name.
	FindAuthorities(ctx context.Context, filter AuthorityFilter) ([]*Authority, error)
}

// Matches reports whether q names this authority exactly: its ONS code,
// its DfE code, or a name with the same NameKey ("Bristol City Council"
// matches "Bristol, City of"). AuthorityResolver also reads names by some
// of their words and says when a name could be several authorities.
func (a *Authority) Matches(q string) bool {
	q = strings.TrimSpace(q)
	if q == "" {
		return false
	}
	if strings.EqualFold(q, a.ONSCode) || q == a.DfECode {
		return true
	}
	k := NameKey(q)
	return k != "" && k == NameKey(a.Name)
}

// NormalizeName folds an authority name for comparison: lower case, letters
// and digits only, "&" read as "and", and ONS's ", City of" / ", County of"
// suffixes dropped, so "Bristol", "Bristol, City of" and "bristol city of"
// compare equal, as do "Stoke on Trent" and "Stoke-on-Trent".
func NormalizeName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, suffix := range []string{", city of", ", county of", " city of", " county of"} {
		s = strings.TrimSuffix(s, suffix)
	}
	s = strings.TrimPrefix(s, "city of ")
	s = strings.ReplaceAll(s, "&", " and ")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
