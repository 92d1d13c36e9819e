package web

import (
	"encoding/base64"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// keptFileMax is the largest checked ratings file the preview keeps in its
// confirm form, so that confirming does not post the file again; a larger
// one is chosen again on the preview page. A national round of 361
// ratings is about 100 KB of CSV.
const keptFileMax = 1 << 20

// ratingsPreviewPage shows what a checked ratings file would create, with
// the form that confirms it.
type ratingsPreviewPage struct {
	Page
	Preview  *ingest.RatingsPreview
	FileName string
	// Kept is the file, base64, when it is small enough to keep in the
	// confirm form; "" asks for it again.
	Kept string
	Rows []previewRating
	// Total counts the recommendations of the new round; Rated those the
	// file rates Green, Amber or Red; Counts the ratings by RAG.
	Total, Rated int
	Counts       []ragCount
}

// previewRating is one rating the import would create.
type previewRating struct {
	Label  string
	Rating *benchmark.Rating
}

// ragCount is how many of the file's ratings have one RAG.
type ragCount struct {
	RAG benchmark.RAG
	N   int
}

// newRatingsPreviewPage lays out a checked file's preview.
func newRatingsPreviewPage(page Page, p *ingest.RatingsPreview, name string, data []byte) ratingsPreviewPage {
	out := ratingsPreviewPage{Page: page, Preview: p, FileName: name}
	if len(data) <= keptFileMax {
		out.Kept = base64.StdEncoding.EncodeToString(data)
	}
	byRec := map[int]*benchmark.Rating{}
	for _, r := range p.Ratings {
		byRec[r.RecommendationID] = r
	}
	for _, a := range p.Agreements {
		for _, rec := range a.Recommendations {
			out.Total++
			if r := byRec[rec.ID]; r != nil {
				out.Rows = append(out.Rows, previewRating{Label: recLabel(a, rec), Rating: r})
			}
		}
	}
	for _, rag := range benchmark.RAGs {
		out.Counts = append(out.Counts, ragCount{RAG: rag, N: p.Count(rag)})
		if rag != benchmark.NotRated {
			out.Rated += p.Count(rag)
		}
	}
	return out
}

// keptRatingsFile is the file a preview's confirm form carries: kept in
// the form, or chosen again when it was too large to keep.
func keptRatingsFile(c echo.Context) ([]byte, string) {
	if kept := c.FormValue("kept"); kept != "" {
		data, err := base64.StdEncoding.DecodeString(kept)
		if err != nil || len(data) == 0 || len(data) > keptFileMax {
			return nil, "The checked file did not come back whole: upload it again"
		}
		return data, ""
	}
	_, data, msg := readUploadFile(c, "file", ingest.MaxFileSize, "Select the same CSV or Excel file again")
	return data, msg
}
