package web_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"testing"
)

// BenchmarkRatingGrid renders Bristol's round's rating grid over HTTP, from
// a real SQLite file.
func BenchmarkRatingGrid(b *testing.B) {
	app := newTestServer(b)
	round, _ := bristolRoundID(b, app)
	ada := newVisitor(b, app, "Ada")
	path := app.HTTP.URL + "/assessments/" + strconv.Itoa(round) + "/ratings"
	b.ReportAllocs()
	for b.Loop() {
		resp, err := ada.http.Get(path)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("grid = %d", resp.StatusCode)
		}
		b.SetBytes(n)
	}
}

// BenchmarkRatingSave saves one rating over HTTP as the grid's script does,
// each save against the version the last one returned, so every save
// lands and is written to the rating's history.
func BenchmarkRatingSave(b *testing.B) {
	app := newTestServer(b)
	round, recs := bristolRoundID(b, app)
	ada := newVisitor(b, app, "Ada")
	path := ratingPath(round, recs[0].ID)
	version := int(savedRating(b, ada, round, recs[0].ID)["version"].(float64))
	rags := []string{"green", "amber"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		resp := ada.post(b, path, ratingForm(rags[i%2], "benchmark", version), true)
		var out struct {
			Rating struct {
				Version int `json:"version"`
			} `json:"rating"`
		}
		err := json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || err != nil {
			b.Fatalf("save = %d, %v", resp.StatusCode, err)
		}
		version = out.Rating.Version
		i++
	}
}
