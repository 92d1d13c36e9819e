package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// wrongSignIn is the one message for a wrong email or password, an
// unknown or disabled account alike, so that the page does not tell
// which accounts exist.
const wrongSignIn = "Enter the email address and password of your svbench account: they did not match"

// tooManySignIns refuses a sign-in the throttle holds back.
const tooManySignIns = "There have been too many failed attempts to sign in. Wait 5 minutes, then try again"

// signInPage is the sign-in form.
type signInPage struct {
	Page
	Email, Return string
}

func (s *Server) handleSignInForm(c echo.Context) error {
	p := signInPage{Page: s.page(c, "Sign in", ""), Return: safeReturn(c.QueryParam("return"))}
	return s.render(c, http.StatusOK, "signin", p)
}

// handleSignIn checks an email and password and, when they match an
// enabled account, signs it in on a new session and returns to where the
// person was going.
func (s *Server) handleSignIn(c echo.Context) error {
	ctx := c.Request().Context()
	p := signInPage{Page: s.page(c, "Sign in", ""), Email: benchmark.NormalizeEmail(c.FormValue("email")),
		Return: safeReturn(c.FormValue("return"))}
	password := c.FormValue("password")
	refuse := func(status int, field, msg string) error {
		p.Errors = []FieldError{{Field: field, Message: msg}}
		return s.render(c, status, "signin", p)
	}
	switch {
	case p.Email == "":
		return refuse(http.StatusUnprocessableEntity, "email", "Enter your email address")
	case password == "":
		return refuse(http.StatusUnprocessableEntity, "password", "Enter your password")
	}
	addr := c.RealIP()
	if !s.Throttle.Allow(p.Email, addr) {
		return refuse(http.StatusTooManyRequests, "email", tooManySignIns)
	}
	u, hash, err := s.Users.FindPasswordHash(ctx, p.Email)
	if err != nil && benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		return err
	}
	ok, err := s.Hasher.Verify(password, hash)
	if err != nil {
		return err
	}
	if !ok || u == nil || u.Disabled {
		s.Throttle.Fail(p.Email, addr)
		return refuse(http.StatusUnauthorized, "email", wrongSignIn)
	}
	s.Throttle.Succeed(p.Email)
	if err := s.startSession(c, u); err != nil {
		return err
	}
	return redirect(c, p.Return, "You are signed in as "+u.Actor()+".")
}

// handleSignOut ends the session; its cookie no longer signs anyone in.
func (s *Server) handleSignOut(c echo.Context) error {
	if err := s.endSession(c); err != nil {
		return err
	}
	return redirect(c, "/", "You have signed out.")
}
