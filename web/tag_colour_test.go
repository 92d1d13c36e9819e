package web_test

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// ragTagClasses are the tag colours kept for Green, Amber and Red ratings
// (ragClass in funcs.go).
var ragTagClasses = map[string]string{"govuk-tag--green": "Green", "govuk-tag--orange": "Amber", "govuk-tag--red": "Red"}

const vagueCSV = "authority,agreement,round,reference,recommendation,theme,sub_theme\r\n" +
	"Bury,Safety Valve agreement: Bury,2024-25,1,Agree partnership workforce planning with schools and health.,,\r\n"

// TestTags_RAGColoursOnlyForRAG: on the pages that show tags (an upload
// preview with a low-confidence theme, the mappings review, a rated round,
// its grid and summary), a red, amber or green tag always says that rating;
// everything else, "Low confidence" included, is in another colour.
func TestTags_RAGColoursOnlyForRAG(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Tag checker")
	_, preview := cl.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	uploadForReview(t, app, cl)
	round, _ := bristolRoundID(t, app)
	id := strconv.Itoa(round)
	// A recommendation whose words match no theme well gets a
	// low-confidence suggestion.
	_, vague := cl.postFile(t, "/upload/agreements", "vague.csv", []byte(vagueCSV), nil)
	pages := map[string]string{"upload preview": preview, "vague upload preview": vague}
	for _, p := range []string{"/mappings", "/assessments/" + id, "/assessments/" + id + "/ratings", "/assessments/" + id + "/summary", "/agreements/1"} {
		_, pages[p] = cl.get(t, p)
	}
	rag, lowConfidence := 0, 0
	for name, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range findAll(doc, "strong", func(n *html.Node) bool { return hasClass(n, "govuk-tag") }) {
			words := strings.TrimSpace(text(tag))
			if strings.HasPrefix(words, "Low confidence") {
				lowConfidence++
			}
			for class, label := range ragTagClasses {
				if !hasClass(tag, class) {
					continue
				}
				rag++
				if words != label {
					t.Errorf("%s: tag %q has the %s rating's colour (%s)", name, words, label, class)
				}
			}
		}
	}
	// Bristol's round rates 10 recommendations (the appendix in
	// testdata's seed), so its pages show RAG tags.
	if rag == 0 {
		t.Error("no RAG tag found: the check saw nothing")
	}
	if lowConfidence == 0 {
		t.Error("no Low confidence tag found on the upload preview or mappings page")
	}
}
