package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// userKey is the echo context key of the signed-in account.
const userKey = "user"

// signedInUser returns the account signed in on the request, or nil when
// nobody is. It is the one lookup requireAdmin and the admin handlers
// use: sign-in puts the account on the context under userKey.
func signedInUser(c echo.Context) *benchmark.User {
	u, _ := c.Get(userKey).(*benchmark.User)
	return u
}

// requireAdmin lets a request through only for a signed-in admin
// (benchmark.User.CanManage); anyone else is answered 403 and nothing
// runs. Every route that puts rounds right is wrapped in it.
func (s *Server) requireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if signedInUser(c).CanManage() {
			return next(c)
		}
		const msg = "Only an admin can rename, reopen or delete rounds and remove agreements. Nothing was changed."
		if wantsJSON(c) {
			return c.JSON(http.StatusForbidden, map[string]string{"error": msg})
		}
		p := errorPage{Page: s.page(c, "Only an admin can do this", ""), Status: http.StatusForbidden, Message: msg}
		return s.render(c, http.StatusForbidden, "error", p)
	}
}

// adminActor names the signed-in admin in what they change.
func adminActor(c echo.Context) string { return signedInUser(c).Actor() }
