package web

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

const flashCookie = "svbench_flash"

// setFlash keeps a one-time message for the next page the user sees.
func setFlash(c echo.Context, msg string) {
	c.SetCookie(&http.Cookie{Name: flashCookie, Value: url.QueryEscape(msg), Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// popFlash returns the pending message, if any, and clears it.
func popFlash(c echo.Context) string {
	ck, err := c.Cookie(flashCookie)
	if err != nil || ck.Value == "" {
		return ""
	}
	c.SetCookie(&http.Cookie{Name: flashCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	msg, _ := url.QueryUnescape(ck.Value)
	return msg
}
