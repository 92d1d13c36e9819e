package ingest

import (
	"errors"
	"io"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// RatingColumns are the columns of the appendix ratings format, the shape of
// Bristol's Appendix A; the last three are optional.
var RatingColumns = []string{"LA", "Recommendation", "Theme", "Sub-Theme", "RAG", "Commentary", "Owner", "Evidence"}

// RatingRow is one row of the appendix ratings format. Each tag's first
// name is the column as written (RatingColumns, in field order); the second
// is the normalised name a file is read by.
type RatingRow struct {
	LA             string `csv:"LA,la"`
	Recommendation string `csv:"Recommendation,recommendation"`
	Theme          string `csv:"Theme,theme"`
	SubTheme       string `csv:"Sub-Theme,subtheme"`
	RAG            string `csv:"RAG,rag"`
	Commentary     string `csv:"Commentary,commentary"`
	Owner          string `csv:"Owner,owner"`
	Evidence       string `csv:"Evidence,evidence"`
}

// fields are the row's cells, in column order.
func (r *RatingRow) fields() []*string {
	return []*string{&r.LA, &r.Recommendation, &r.Theme, &r.SubTheme, &r.RAG, &r.Commentary, &r.Owner, &r.Evidence}
}

// WriteRatingsCSV writes rows in the appendix ratings format, every cell
// neutralised against spreadsheet formulas, as Excel reads CSV best: UTF-8
// with a byte order mark and CRLF line ends. ParseRatings reads it back.
func WriteRatingsCSV(w io.Writer, rows []*RatingRow) error {
	for _, row := range rows {
		for _, p := range row.fields() {
			*p = NeutraliseCell(*p)
		}
	}
	return WriteExcelCSV(w, rows)
}

// ParseRatings reads a file in the appendix ratings format and matches each
// row to a recommendation of the given agreements by its authorities ("/"
// joins the parties of a combined agreement) and normalised text. A
// recommendation listed twice (two mappings) must carry the same rating in
// both rows. It returns one rating per recommendation named, or every problem.
func ParseRatings(data []byte, ref *Reference, agreements []*benchmark.Agreement) ([]*benchmark.Rating, error) {
	var rows []*RatingRow
	t, err := readRows(data, &rows, "LA", "Recommendation", "RAG")
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, Problems{{Line: 2, Message: "The file has a header row but no ratings under it."}}
	}
	type seen struct {
		rating *benchmark.Rating
		line   int
	}
	byRec := map[int]seen{}
	var out []*benchmark.Rating
	var ps Problems
	index := newRecIndex(agreements)
	for i, row := range rows {
		line := t.lines[i]
		rec := matchRecommendation(&ps, line, ref, index, row)
		rag, ok := benchmark.ParseRAG(row.RAG)
		if !ok {
			ps.add(line, "RAG", "%q is not a rating; use Green, Amber (or Yellow), Red, or leave it blank for not rated.", row.RAG)
			continue
		}
		if rec == nil {
			continue
		}
		r := &benchmark.Rating{RecommendationID: rec.ID, RAG: rag, Commentary: strings.TrimSpace(row.Commentary),
			Owner: strings.TrimSpace(row.Owner), Evidence: strings.TrimSpace(row.Evidence)}
		checkRatingFields(&ps, line, r)
		if prev, dup := byRec[rec.ID]; dup {
			if prev.rating.RAG != r.RAG {
				ps.add(line, "RAG", "This recommendation is rated %s here but %s on line %d; one recommendation has one rating.",
					r.RAG.Label(), prev.rating.RAG.Label(), prev.line)
			}
			for _, f := range []struct{ column, here, there string }{
				{"Commentary", r.Commentary, prev.rating.Commentary},
				{"Owner", r.Owner, prev.rating.Owner},
				{"Evidence", r.Evidence, prev.rating.Evidence},
			} {
				if f.here != "" && f.here != f.there {
					ps.add(line, f.column, "This differs from the %s on line %d for the same recommendation; give it once, or the same in both rows.",
						strings.ToLower(f.column), prev.line)
				}
			}
			continue
		}
		byRec[rec.ID] = seen{r, line}
		out = append(out, r)
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return out, nil
}

// ratingColumns names the file's column for each rating field the form
// checks.
var ratingColumns = map[string]string{
	benchmark.FieldCommentary: "Commentary",
	benchmark.FieldOwner:      "Owner",
	benchmark.FieldEvidence:   "Evidence",
}

// checkRatingFields applies the rating form's checks (lengths, evidence
// links) to a row, so a file cannot store what the form would refuse.
func checkRatingFields(ps *Problems, line int, r *benchmark.Rating) {
	u := benchmark.RatingUpdate{Commentary: &r.Commentary, Owner: &r.Owner, Evidence: &r.Evidence, By: "import"}
	err := u.Validate()
	var invalid *benchmark.InvalidRatingError
	if !errors.As(err, &invalid) {
		return
	}
	for _, p := range invalid.Problems {
		if col, ok := ratingColumns[p.Field]; ok {
			ps.add(line, col, "%s.", strings.TrimSuffix(p.Message, "."))
		}
	}
}

// recIndex finds recommendations by their agreement's party key, then by
// their normalised text; it is built once per file.
type recIndex map[string]map[string]*benchmark.Recommendation

// newRecIndex indexes the recommendations of agreements; where two share
// parties and text, the first (in agreement order) is kept.
func newRecIndex(agreements []*benchmark.Agreement) recIndex {
	x := recIndex{}
	for _, a := range agreements {
		key := a.PartyKey()
		texts := x[key]
		if texts == nil {
			texts = map[string]*benchmark.Recommendation{}
			x[key] = texts
		}
		for _, rec := range a.Recommendations {
			text := benchmark.NormalizeText(rec.Text)
			if texts[text] == nil {
				texts[text] = rec
			}
		}
	}
	return x
}

// matchRecommendation finds the recommendation a ratings row names.
func matchRecommendation(ps *Problems, line int, ref *Reference, index recIndex, row *RatingRow) *benchmark.Recommendation {
	var codes []string
	for _, name := range strings.Split(row.LA, "/") {
		a, err := ref.resolve(name)
		if err != nil {
			ps.add(line, "LA", "%s", err)
			return nil
		}
		codes = append(codes, a.ONSCode)
	}
	key := benchmark.PartyKey(codes)
	texts, ok := index[key]
	if !ok {
		ps.add(line, "LA", "No agreement held has exactly these parties: %s.", strings.TrimSpace(row.LA))
		return nil
	}
	if rec := texts[benchmark.NormalizeText(row.Recommendation)]; rec != nil {
		return rec
	}
	ps.add(line, "Recommendation", "No recommendation of this agreement has this text.")
	return nil
}
