package web

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"unicode"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
)

// Content types of the downloads.
const (
	mimeXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	mimeCSV  = "text/csv; charset=utf-8"
)

// exportServices are the services the export package reads.
func (s *Server) exportServices() export.Services {
	return export.Services{Services: s.Services.Services, Models: s.Models}
}

// loadExport gathers the round named by the :id path parameter for export.
func (s *Server) loadExport(c echo.Context) (*export.Pack, error) {
	id, err := pathID(c, "id")
	if err != nil {
		return nil, err
	}
	return export.Load(c.Request().Context(), s.exportServices(), id)
}

// handleExportXLSX downloads a round as an XLSX workbook.
func (s *Server) handleExportXLSX(c echo.Context) error {
	r, err := s.loadExport(c)
	if err != nil {
		return err
	}
	return download(c, fileName(r.AuthorityName(), r.Assessment.Title)+".xlsx", mimeXLSX, func(buf *bytes.Buffer) error {
		return export.WriteWorkbook(buf, r)
	})
}

// handleExportCSV downloads a round's ratings as CSV in the appendix's
// shape, which the ratings import reads back.
func (s *Server) handleExportCSV(c echo.Context) error {
	r, err := s.loadExport(c)
	if err != nil {
		return err
	}
	return download(c, fileName(r.AuthorityName(), r.Assessment.Title)+".csv", mimeCSV, func(buf *bytes.Buffer) error {
		return export.WriteCSV(buf, r)
	})
}

// download writes a file into a buffer first, so a failure is a clean
// error page rather than half a file, then sends it as an attachment.
func download(c echo.Context, name, mime string, write func(*bytes.Buffer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	c.Response().Header().Set(echo.HeaderContentDisposition, fmt.Sprintf("attachment; filename=%q", name))
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.Blob(http.StatusOK, mime, buf.Bytes())
}

// fileName makes a download's name from its parts: lower case ASCII
// letters and digits joined by hyphens, e.g. "bristol-city-of-mitigation".
func fileName(parts ...string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(strings.Join(parts, " ")) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "svbench"
	}
	return b.String()
}

// loadSides reads each listed round and its ratings for a comparison.
func (s *Server) loadSides(ctx context.Context, ids []int) ([]benchmark.Side, error) {
	var out []benchmark.Side
	for _, id := range ids {
		a, err := s.Assessments.FindAssessmentByID(ctx, id)
		if err != nil {
			return nil, err
		}
		r, err := s.Assessments.FindRatings(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, benchmark.Side{Assessment: a, Ratings: r})
	}
	return out, nil
}
