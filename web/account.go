package web

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// Context keys for the signed-in account and its session.
const (
	userKey    = "user"
	sessionKey = "session"
	// endedKey marks a request whose browser held a session that has
	// ended (expired, signed out elsewhere or disabled).
	endedKey = "session_ended"
)

// userFrom returns the signed-in account, or nil for an anonymous visitor.
func userFrom(c echo.Context) *benchmark.User {
	u, _ := c.Get(userKey).(*benchmark.User)
	return u
}

// sessionFrom returns the signed-in session, or nil.
func sessionFrom(c echo.Context) *benchmark.Session {
	s, _ := c.Get(sessionKey).(*benchmark.Session)
	return s
}

// clientIP is the address of the browser: the connection's, or with
// TrustProxy the proxy's X-Forwarded-For.
func (s *Server) clientIP(r *http.Request) string {
	if s.TrustProxy {
		return echo.ExtractIPFromXFFHeader()(r)
	}
	return echo.ExtractIPDirect()(r)
}

// overTLS reports whether the browser reached svbench over TLS: directly,
// or with TrustProxy through a proxy that says so in X-Forwarded-Proto.
func (s *Server) overTLS(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	return s.TrustProxy && strings.EqualFold(r.Header.Get(echo.HeaderXForwardedProto), "https")
}

// setCookie sets an HttpOnly, SameSite=Lax cookie for the whole site,
// Secure when the request came over TLS; a negative maxAge deletes it.
func (s *Server) setCookie(c echo.Context, name, value string, maxAge int) {
	c.SetCookie(&http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.overTLS(c.Request())})
}

// editable lists the authorities the signed-in account edits.
func editable(c echo.Context, authorities benchmark.AuthorityService) ([]*benchmark.Authority, error) {
	all, err := authorities.FindAuthorities(c.Request().Context(), benchmark.AuthorityFilter{})
	if err != nil {
		return nil, err
	}
	u := userFrom(c)
	out := make([]*benchmark.Authority, 0, len(u.Authorities))
	for _, a := range all {
		if u.CanEdit(a.ONSCode) {
			out = append(out, a)
		}
	}
	return out, nil
}

// mayRead refuses what the account may not read of the authority with
// the ONS code given: a visitor who is not signed in is asked to, an
// account outside the authority is refused.
func (s *Server) mayRead(c echo.Context, authorityCode string) error {
	switch u := userFrom(c); {
	case u == nil:
		return echo.NewHTTPError(http.StatusUnauthorized, "Sign in to see this: it belongs to an authority's own accounts.")
	case !u.CanRead(authorityCode):
		return errForbidden
	}
	return nil
}
