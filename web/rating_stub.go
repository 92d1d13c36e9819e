package web

import "github.com/labstack/echo/v4"

func (s *Server) handleSummary(c echo.Context) error       { return echo.ErrNotFound }
func (s *Server) handleMovement(c echo.Context) error      { return echo.ErrNotFound }
