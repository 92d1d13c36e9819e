package web

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// statusOf maps domain error codes to HTTP status codes, in one place.
var statusOf = map[string]int{
	benchmark.ECONFLICT:     http.StatusConflict,
	benchmark.EINVALID:      http.StatusUnprocessableEntity,
	benchmark.ENOTFOUND:     http.StatusNotFound,
	benchmark.EUNAUTHORIZED: http.StatusUnauthorized,
	benchmark.EINTERNAL:     http.StatusInternalServerError,
}

// errorPage is the data of the error page.
type errorPage struct {
	Page
	Status  int
	Message string
}

// handleError renders every error a handler returns as a plain page.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status, msg := http.StatusInternalServerError, benchmark.ErrorMessage(err)
	var he *echo.HTTPError
	if errors.As(err, &he) {
		status, msg = he.Code, http.StatusText(he.Code)
		if m, ok := he.Message.(string); ok && he.Code < 500 {
			msg = m
		}
	} else if code := benchmark.ErrorCode(err); code != "" {
		status = statusOf[code]
	}
	if status >= 500 {
		s.Logger.Error("request failed", "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
	}
	p := errorPage{Page: s.page(c, http.StatusText(status), ""), Status: status, Message: msg}
	if rerr := s.render(c, status, "error", p); rerr != nil {
		_ = c.String(status, msg)
	}
}
