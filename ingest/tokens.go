package ingest

import (
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// stopwords carry no theme: function words and the verbs every condition
// of an agreement opens with.
var stopwords = toSet(strings.Fields(`a an and are as at be been by for from has have in into is it its
	of on or that the their them these this those through to was were which will with within while
	by during each all any other more most than so such not no can should would must also
	including include includes limited but beginning continuing throughout period agreement authority
	authorities council councils local year years 2019 2020 2021 2022 2023 2024 2025 2026 2027 2028
	ensure improve improvement increase develop development deliver implement implementation review reform
	new further level way ways robust work working number arrangement arrangements
	january february march april may june july august september october november december end later
	where when what who whom whose how why if then there here both only own same very just about
	after before between over under up down out off again once we our us they you your he she his her
	do does did done use used using us make made making get got take taken set put keep kept give given meet met
	one two three enough across still whole many much every well already currently able being become borough county city
	add bring carry check continue expand help invest manage move provide show start strengthen look agree aim
	programme good better closer`))

// toSet makes a set of the stems of words, since text is matched by its
// stems ("includes", "including" and "include" all meet "includ").
func toSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[stem(w)] = true
	}
	return m
}

// stem folds a lower-case word to a crude stem so that "placements",
// "placement" and "placing" meet, and "negotiate", "negotiated" and
// "negotiating"; it need only be consistent.
func stem(w string) string {
	w = suffixStem(w)
	if len(w) > 4 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") {
		return w[:len(w)-1]
	}
	return w
}

// suffixStem strips one plural or verb ending.
func suffixStem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 6 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// words returns the stemmed words of text, stopwords included, in order.
func words(text string) []string {
	f := strings.Fields(benchmark.NormalizeText(text))
	out := f[:0]
	for i, w := range f {
		// "financial year" dates a condition; it says nothing of finance.
		if w == "financial" && i+1 < len(f) && stem(f[i+1]) == "year" {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// tokens returns the stemmed content words of text and its two-word
// phrases ("annual review"), each once.
func tokens(text string) map[string]bool {
	out := map[string]bool{}
	var prev string
	for _, w := range words(text) {
		if stopwords[w] || len(w) < 2 {
			prev = ""
			continue
		}
		out[w] = true
		if prev != "" {
			out[prev+" "+w] = true
		}
		prev = w
	}
	return out
}

// phrase renders a vocabulary term the way text is matched: stemmed words
// joined by single spaces.
func phrase(term string) string {
	return strings.Join(words(term), " ")
}

// containsPhrase reports whether the stemmed word sequence ws holds p as
// whole words.
func containsPhrase(ws string, p string) bool {
	if p == "" {
		return false
	}
	return strings.Contains(" "+ws+" ", " "+p+" ")
}
