package web

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// mappingConflictPage shows a refused review beside the mappings another
// reviewer saved meanwhile, so the reviewer chooses which to keep.
type mappingConflictPage struct {
	Page
	Agreement      *benchmark.Agreement
	Recommendation *benchmark.Recommendation
	// Posted are the form's pairs as sent, posted again to keep them.
	Posted []mappingPair
	Saved  *benchmark.MappingReview
	// Rows are the two reviews mapping by mapping, by position (Field is
	// empty: a row is a mapping, not a field).
	Rows []conflictRow
	Show string
	// Back is the review page to return to, keeping the saved mappings.
	Back string
}

// renderMappingConflict answers a stale review with 409 and both reviews.
func (s *Server) renderMappingConflict(c echo.Context, f *mappingForm, mine, saved *benchmark.MappingReview, show string) error {
	ag, rec, err := s.findRecommendation(c, f.RecommendationID)
	if err != nil {
		return err
	}
	p := mappingConflictPage{Page: s.page(c, "Someone else reviewed these themes", "mappings"), Agreement: ag, Recommendation: rec,
		Posted: f.Pairs, Saved: saved, Show: show, Back: mappingsURL(show) + "#rec-" + itoa(rec.ID)}
	m, sv := mine.Labels(), saved.Labels()
	for i := 0; i < max(len(m), len(sv)); i++ {
		o := mappingPair{N: i + 1}.Ordinal()
		row := conflictRow{Label: strings.ToUpper(o[:1]) + o[1:] + " mapping", Mine: "None", Saved: "None"}
		if i < len(m) {
			row.Mine = m[i]
		}
		if i < len(sv) {
			row.Saved = sv[i]
		}
		row.Differs = row.Mine != row.Saved
		p.Rows = append(p.Rows, row)
	}
	return s.render(c, http.StatusConflict, "mapping_conflict", p)
}

// findRecommendation finds a current recommendation with its agreement,
// or answers ENOTFOUND.
func (s *Server) findRecommendation(c echo.Context, id int) (*benchmark.Agreement, *benchmark.Recommendation, error) {
	list, err := s.Agreements.FindAgreements(c.Request().Context(), benchmark.AgreementFilter{})
	if err != nil {
		return nil, nil, err
	}
	for _, a := range list {
		for _, r := range a.Recommendations {
			if r.ID == id {
				return a, r, nil
			}
		}
	}
	return nil, nil, benchmark.Errorf(benchmark.ENOTFOUND, "Recommendation %d not found.", id)
}
