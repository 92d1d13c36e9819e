package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// The pages the footer links to: help, accessibility, cookies and privacy.
// They are public and say only what svbench itself does.

// cookieInfo is one cookie svbench sets, as the cookies page lists it.
type cookieInfo struct {
	Name, Purpose, Expires string
}

// cookiesPage is the cookies page's data.
type cookiesPage struct {
	Page
	Cookies []cookieInfo
}

// infoPage is the data of the help, accessibility and privacy pages.
type infoPage struct {
	Page
	// IdleTimeout and SessionLife say how long a session lasts.
	IdleTimeout, SessionLife string
	// StashLife says how long a form kept across sign-in is held.
	StashLife string
}

// svbenchCookies lists every cookie the code sets (setCookie in
// account.go, flash.go, csrf.go and session.go), with what it is for and
// when it goes.
func svbenchCookies() []cookieInfo {
	return []cookieInfo{
		{Name: sessionCookie,
			Purpose: "Keeps you signed in. It holds a random token; svbench stores only a hash of it.",
			Expires: "After " + hours(benchmark.SessionAbsoluteTimeout) + ", when you sign out, or after " + hours(benchmark.SessionIdleTimeout) + " without using svbench"},
		{Name: presessionCookie,
			Purpose: "Protects forms you use before signing in from being sent by another site, and keeps what you typed when you are asked to sign in part way through.",
			Expires: "When you close your browser"},
		{Name: flashCookie,
			Purpose: "Carries a one-time message, such as “Rating saved”, to the next page you see.",
			Expires: "As soon as the message has been shown, or when you close your browser"},
	}
}

// hours writes a duration of whole hours or minutes in words: "12 hours",
// "1 hour", "30 minutes".
func hours(d time.Duration) string {
	if d%time.Hour != 0 {
		return plural(int(d/time.Minute), "minute")
	}
	return plural(int(d/time.Hour), "hour")
}

// plural writes a count with its noun, e.g. "1 hour", "2 hours".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func (s *Server) infoPage(c echo.Context, title string) infoPage {
	return infoPage{Page: s.page(c, title, ""), IdleTimeout: hours(benchmark.SessionIdleTimeout),
		SessionLife: hours(benchmark.SessionAbsoluteTimeout), StashLife: hours(stashLife)}
}

// handleCookies lists the cookies svbench sets.
func (s *Server) handleCookies(c echo.Context) error {
	return s.render(c, http.StatusOK, "cookies", cookiesPage{Page: s.page(c, "Cookies", ""), Cookies: svbenchCookies()})
}

// handleHelp explains how a round works.
func (s *Server) handleHelp(c echo.Context) error {
	return s.render(c, http.StatusOK, "help", s.infoPage(c, "How a round works"))
}

// handleAccessibility is the accessibility statement.
func (s *Server) handleAccessibility(c echo.Context) error {
	return s.render(c, http.StatusOK, "accessibility", s.infoPage(c, "Accessibility statement"))
}

// handlePrivacy says what svbench stores about people.
func (s *Server) handlePrivacy(c echo.Context) error {
	return s.render(c, http.StatusOK, "privacy", s.infoPage(c, "Privacy"))
}
