package web

import (
	"github.com/labstack/echo/v4"
)

// adminActor names the signed-in admin in what they change; the route
// table's admin rule lets only admins reach the handlers that call it.
func adminActor(c echo.Context) string { return userFrom(c).Actor() }
