package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// handleHealth answers "ok" when the database can be read.
func (s *Server) handleHealth(c echo.Context) error {
	if _, err := s.Authorities.FindAuthorities(c.Request().Context(), benchmark.AuthorityFilter{Code: ptr("E08000002")}); err != nil {
		return c.JSON(http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

func ptr[T any](v T) *T { return &v }
