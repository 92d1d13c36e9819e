package web

import "testing"

func TestCompactHTML(t *testing.T) {
	for in, want := range map[string]string{
		"<div>\n    <p>a</p>\n\n  \n  <p>b</p>\n</div>": "<div>\n<p>a</p>\n<p>b</p>\n</div>",
		// Text between tags, and white space inside text, are kept.
		"<p>one\n   two</p>\n  text\n  <b>x</b>": "<p>one\n   two</p>\n  text\n  <b>x</b>",
		"<textarea>\n  line</textarea>":          "<textarea>\n  line</textarea>",
		"<span>a</span> <span>b</span>":          "<span>a</span> <span>b</span>",
	} {
		if got := string(compactHTML([]byte(in))); got != want {
			t.Errorf("compactHTML(%q) = %q, want %q", in, got, want)
		}
	}
}
