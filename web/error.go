package web

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// statusOf maps domain error codes to HTTP status codes, in one place.
var statusOf = map[string]int{
	benchmark.ECONFLICT:     http.StatusConflict,
	benchmark.EINVALID:      http.StatusUnprocessableEntity,
	benchmark.ENOTFOUND:     http.StatusNotFound,
	benchmark.EUNAUTHORIZED: http.StatusUnauthorized,
	benchmark.EINTERNAL:     http.StatusInternalServerError,
}

// errorTitles are the headings people see for each status; statuses not
// listed fall back to the 400 or 500 heading.
var errorTitles = map[int]string{
	http.StatusBadRequest:            "There is a problem with what was sent",
	http.StatusUnauthorized:          "Sign in first",
	http.StatusForbidden:             "You cannot do this",
	http.StatusNotFound:              "Page not found",
	http.StatusMethodNotAllowed:      "Page not found",
	http.StatusConflict:              "Someone else changed this first",
	http.StatusRequestEntityTooLarge: "The file is too large",
	http.StatusUnprocessableEntity:   "There is a problem",
	http.StatusInternalServerError:   "Sorry, there is a problem with svbench",
}

// expiredTitle heads the refusal of a form without its CSRF token.
const expiredTitle = "This page was open too long"

// errorTitle is the heading for status.
func errorTitle(status int) string {
	if t, ok := errorTitles[status]; ok {
		return t
	}
	if status >= 500 {
		return errorTitles[http.StatusInternalServerError]
	}
	return errorTitles[http.StatusBadRequest]
}

// errorPage is the data of the error page.
type errorPage struct {
	Page
	Status  int
	Message string
	// Kept is what a refused form held, so nothing typed is lost.
	Kept []keptField
}

// handleError renders every error a handler returns as a plain page, or as
// {"error": message} for the scripts that ask for JSON.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status, msg := http.StatusInternalServerError, benchmark.ErrorMessage(err)
	var he *echo.HTTPError
	var expired formExpiredError
	switch {
	case errors.As(err, &expired):
		status, msg = http.StatusForbidden, expired.Error()
	case errors.As(err, &he):
		status, msg = he.Code, plainHTTPMessage(he.Code)
		if m, ok := he.Message.(string); ok && he.Code < 500 && m != http.StatusText(he.Code) {
			msg = m
		}
	default:
		if code := benchmark.ErrorCode(err); code != "" {
			status = statusOf[code]
		}
	}
	if status >= 500 {
		s.Logger.Error("request failed", "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
		msg = plainHTTPMessage(status)
	}
	if wantsJSON(c) {
		_ = c.JSON(status, map[string]string{"error": msg})
		return
	}
	title := errorTitle(status)
	if errors.As(err, &expired) {
		title = expiredTitle
	}
	p := errorPage{Page: s.page(c, title, ""), Status: status, Message: msg}
	if errors.As(err, &expired) {
		p.Kept = keptFields(c)
	}
	if rerr := s.render(c, status, "error", p); rerr != nil {
		_ = c.String(status, msg)
	}
}

// plainHTTPMessage explains a status in words for when the code that
// refused the request gave none.
func plainHTTPMessage(status int) string {
	switch status {
	case http.StatusNotFound, http.StatusMethodNotAllowed:
		return "There is no page at this address. Check it, or start again from the list of agreements."
	case http.StatusRequestEntityTooLarge:
		return "The file is larger than " + strconv.Itoa(ingest.MaxFileSize>>20) + " MB, the most svbench accepts. Nothing was saved. Go back and choose a smaller file."
	}
	if status >= 500 {
		return "Something went wrong on our side and nothing was changed. Try again later."
	}
	return "svbench could not use what was sent. Go back and try again."
}
