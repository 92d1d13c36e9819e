package web

import "regexp"

// indentBetweenTags is a line break and the template's indentation between
// one tag and the next.
var indentBetweenTags = regexp.MustCompile(`>\n[ \t]*(?:\n[ \t]*)*<`)

// compactHTML drops the templates' indentation and blank lines between
// tags, keeping one line break: browsers show any run of white space there
// as one space, so the page reads the same and is smaller (the rating grid
// repeats its card's markup hundreds of times). Text people typed never
// holds a raw "<" or ">" (html/template escapes both), and no template
// has a <pre> or an inline script, so nothing else changes.
func compactHTML(b []byte) []byte {
	return indentBetweenTags.ReplaceAll(b, []byte(">\n<"))
}
