package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/auth"
)

// presessionCookie identifies a browser that is not signed in, so that
// its forms (sign-in, setup) carry a token bound to it and what it typed
// before signing in can be kept for it.
const presessionCookie = "svbench_presession"

// errNoCSRF is a state-changing request without the right token.
var errNoCSRF = errors.New("missing or wrong CSRF token")

// provideCSRF puts the request's CSRF token on the context for the pages'
// forms: the signed-in session's own token or, for a visitor who is not
// signed in, one derived from their pre-session cookie (set here when
// they have none). A cookie set by another site on the same host cannot
// supply a token: the token is the session's, held server-side, or a MAC
// of the cookie under a key only this server holds.
func (s *Server) provideCSRF(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if p := c.Request().URL.Path; strings.HasPrefix(p, "/static/") || p == "/healthz" {
			// Cached and polled answers carry no cookie: a shared cache
			// would hand one browser's pre-session to others.
			return next(c)
		}
		if sess := sessionFrom(c); sess != nil {
			c.Set("csrf", sess.CSRFToken)
		} else {
			c.Set("csrf", s.presessionCSRF(s.presession(c)))
		}
		return next(c)
	}
}

// presession returns the browser's pre-session token, setting a new
// cookie when it has none.
func (s *Server) presession(c echo.Context) string {
	if ck, err := c.Cookie(presessionCookie); err == nil && len(ck.Value) >= 32 {
		return ck.Value
	}
	if v, ok := c.Get(presessionCookie).(string); ok {
		return v
	}
	v := auth.NewToken()
	s.setCookie(c, presessionCookie, v, 0)
	c.Set(presessionCookie, v)
	return v
}

// presessionCSRF is the CSRF token of a pre-session: a MAC of its token.
func (s *Server) presessionCSRF(presession string) string {
	m := hmac.New(sha256.New, s.csrfKey)
	m.Write([]byte("csrf:" + presession))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// checkCSRF refuses a request whose form field _csrf (or X-CSRF-Token
// header, for scripts) is not the token provideCSRF gave this browser.
func (s *Server) checkCSRF(c echo.Context) error {
	want, _ := c.Get("csrf").(string)
	got := c.Request().Header.Get("X-CSRF-Token")
	if got == "" {
		got = c.FormValue("_csrf")
	}
	if want == "" || got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
		return formExpiredError{cause: echo.NewHTTPError(http.StatusForbidden, errNoCSRF.Error())}
	}
	return nil
}
