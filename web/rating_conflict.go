package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// conflictPage shows a refused save beside the rating saved meanwhile, so
// the editor chooses which to keep.
type conflictPage struct {
	Page
	Assessment *benchmark.Assessment
	Label      string
	Mine       *benchmark.Rating
	Saved      *benchmark.Rating
	Rows       []conflictRow
	// Back is the grid page to return to.
	Back string
}

// conflictRow is one row of a conflict table: one field of the two
// versions of a rating, or one mapping of two reviews (Field empty).
type conflictRow struct {
	Field, Label, Mine, Saved string
	Differs                   bool
}

// renderConflict answers a stale save with 409 and both values.
func (s *Server) renderConflict(c echo.Context, d *roundData, label string, mine, saved *benchmark.Rating, back string) error {
	p := conflictPage{Page: s.page(c, "Someone else saved this rating", "assessments"), Assessment: d.Assessment,
		Label: label, Mine: mine, Saved: saved, Back: back}
	for _, f := range benchmark.RatingFields {
		m, sv := mine.Field(f), saved.Field(f)
		p.Rows = append(p.Rows, conflictRow{Field: f, Label: benchmark.FieldLabel(f), Mine: historyValue(f, m), Saved: historyValue(f, sv), Differs: m != sv})
	}
	return s.render(c, http.StatusConflict, "rating_conflict", p)
}
