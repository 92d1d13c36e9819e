package web

import (
	"bytes"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/export"
)

// nationalExport is the national view as the exports take it.
func (s *Server) nationalExport(c echo.Context) (*export.National, error) {
	d, err := s.loadNational(c)
	if err != nil {
		return nil, err
	}
	return &export.National{View: d.View, OwnName: d.OwnName(), Filter: d.Describe(), Exported: time.Now()}, nil
}

// handleNationalXLSX downloads the national view as a workbook with a chart.
func (s *Server) handleNationalXLSX(c echo.Context) error {
	n, err := s.nationalExport(c)
	if err != nil {
		return err
	}
	return download(c, "national-benchmark.xlsx", mimeXLSX, func(buf *bytes.Buffer) error { return export.WriteNationalXLSX(buf, n) })
}

// handleNationalCSV downloads the national table as CSV.
func (s *Server) handleNationalCSV(c echo.Context) error {
	n, err := s.nationalExport(c)
	if err != nil {
		return err
	}
	return download(c, "national-benchmark.csv", mimeCSV, func(buf *bytes.Buffer) error { return export.WriteNationalCSV(buf, n) })
}
