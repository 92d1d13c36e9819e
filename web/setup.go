package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
)

// setupPage is the first-run form that creates the first admin.
type setupPage struct {
	Page
	Token, Email, Name string
}

// handleSetupForm shows the first-run form while svbench has no admin.
func (s *Server) handleSetupForm(c echo.Context) error {
	if done, err := s.setupDone(c); done {
		return err
	}
	p := setupPage{Page: s.page(c, "Create the first admin", ""), Token: c.QueryParam("token")}
	return s.render(c, http.StatusOK, "setup", p)
}

// handleSetup creates the first admin with the one-time token, under the
// password policy, and signs them in.
func (s *Server) handleSetup(c echo.Context) error {
	if done, err := s.setupDone(c); done {
		return err
	}
	p := setupPage{Page: s.page(c, "Create the first admin", ""), Token: c.FormValue("token"),
		Email: c.FormValue("email"), Name: c.FormValue("name")}
	admin := &benchmark.User{Email: p.Email, DisplayName: p.Name, Role: benchmark.RoleAdmin, CreatedBy: "setup link"}
	admin.Normalize()
	password := c.FormValue("password")
	if err := admin.Validate(); err != nil {
		p.Errors = append(p.Errors, FieldError{Field: "email", Message: benchmark.ErrorMessage(err)})
	}
	if err := s.Passwords.Check(password, admin.Email); err != nil {
		p.Errors = append(p.Errors, FieldError{Field: "password", Message: benchmark.ErrorMessage(err)})
	}
	if len(p.Errors) > 0 {
		return s.render(c, http.StatusUnprocessableEntity, "setup", p)
	}
	if err := s.Setup.ConsumeSetupToken(c.Request().Context(), auth.HashToken(p.Token), admin, s.Hasher.Hash(password)); err != nil {
		return err
	}
	if err := s.startSession(c, admin); err != nil {
		return err
	}
	return redirect(c, "/", "You are the admin of svbench, signed in as "+admin.Actor()+". Add accounts with svbench users add.")
}

// setupDone sends a visitor to sign in once svbench has an admin; it
// returns true when it has answered.
func (s *Server) setupDone(c echo.Context) (bool, error) {
	need, err := s.Setup.NeedsSetup(c.Request().Context())
	if err != nil {
		return true, err
	}
	if need {
		return false, nil
	}
	return true, redirect(c, "/signin", "svbench already has an admin: sign in.")
}
