package ingest

import (
	"math"
	"sort"

	"github.com/svbench/svbench/benchmark"
)

// Suggester proposes a theme and sub-theme for a recommendation from its
// text. It learns from two sources: the description and vocabulary of each
// theme and sub-theme (datasets/themes.csv), and every recommendation
// already mapped by a publisher or a reviewer, by nearest neighbours.
type Suggester struct {
	tax      benchmark.Taxonomy
	terms    map[labelKey][]term
	examples []example
	df       map[string]int // examples holding each token
}

// labelKey names a theme with one of its sub-themes, or "" for the theme
// alone.
type labelKey struct{ theme, sub string }

// term is one vocabulary phrase of a label with its weight: phrases shared
// by several labels say less than ones only one label uses.
type term struct {
	phrase string
	weight float64
}

// example is one mapped recommendation the suggester learns from.
type example struct {
	tokens map[string]bool
	labels []labelKey
}

// Suggestion is the suggester's best mapping for one text.
type Suggestion struct {
	Theme    string
	SubTheme string // "" when the theme alone fits best
	// ThemeConfidence is the top theme's share of the evidence, 0 to 1.
	ThemeConfidence float64
	// Confidence is the confidence of the whole mapping: the theme's times
	// the sub-theme's.
	Confidence float64
}

// Tuning of the suggester, chosen by leave-one-out evaluation.
const (
	neighbourWeight  = 3.0  // weight of nearest-neighbour similarity against vocabulary
	descriptionShare = 0.25 // weight of a description word against a vocabulary term
	noSubThemePrior  = 0.35 // evidence for "theme alone" before any is found
)

// NewSuggester builds a suggester over the taxonomy, learning from the
// given recommendations' mappings (those with none are ignored; suggested
// mappings are not learnt from, so guesses do not teach themselves).
func NewSuggester(tax benchmark.Taxonomy, mapped []*benchmark.Recommendation) *Suggester {
	s := &Suggester{tax: tax, terms: map[labelKey][]term{}, df: map[string]int{}}
	s.buildTerms()
	for _, r := range mapped {
		var labels []labelKey
		for _, m := range r.Mappings {
			if m.Source == benchmark.SourceSuggested || tax.Theme(m.Theme) == nil {
				continue
			}
			labels = append(labels, labelKey{tax.Theme(m.Theme).Name, m.SubTheme})
		}
		if len(labels) == 0 {
			continue
		}
		ex := example{tokens: tokens(r.Text), labels: labels}
		for t := range ex.tokens {
			s.df[t]++
		}
		s.examples = append(s.examples, ex)
	}
	return s
}

// buildTerms turns every label's vocabulary and description into weighted
// phrases.
func (s *Suggester) buildTerms() {
	raw := map[labelKey]map[string]float64{}
	owners := map[string]int{}
	add := func(k labelKey, p string, w float64) {
		if p == "" {
			return
		}
		if raw[k] == nil {
			raw[k] = map[string]float64{}
		}
		if _, ok := raw[k][p]; !ok {
			owners[p]++
		}
		raw[k][p] = math.Max(raw[k][p], w)
	}
	for _, th := range s.tax {
		s.addLabelTerms(labelKey{th.Name, ""}, th.Vocabulary, th.Description, add)
		for _, st := range th.SubThemes {
			s.addLabelTerms(labelKey{th.Name, st.Name}, st.Vocabulary, st.Description, add)
		}
	}
	for k, ps := range raw {
		for p, w := range ps {
			s.terms[k] = append(s.terms[k], term{p, w / float64(owners[p])})
		}
		sort.Slice(s.terms[k], func(i, j int) bool { return s.terms[k][i].phrase < s.terms[k][j].phrase })
	}
}

func (s *Suggester) addLabelTerms(k labelKey, vocab []string, desc string, add func(labelKey, string, float64)) {
	for _, v := range vocab {
		p := phrase(v)
		n := len(words(v))
		add(k, p, 1+0.5*float64(n-1))
	}
	for t := range tokens(desc) {
		if len(words(t)) == 1 {
			add(k, t, descriptionShare)
		}
	}
}

// Suggest returns the best mapping for text. It always answers; a text with
// no evidence gets confidence 0.
func (s *Suggester) Suggest(text string) Suggestion {
	ws := phrase(text)
	toks := tokens(text)
	sims := s.similarities(toks)

	themeScores := make([]float64, len(s.tax))
	for i, th := range s.tax {
		v := s.vocabScore(ws, labelKey{th.Name, ""})
		for _, st := range th.SubThemes {
			v += s.vocabScore(ws, labelKey{th.Name, st.Name})
		}
		themeScores[i] = v + neighbourWeight*neighbourScore(sims, func(k labelKey) bool { return k.theme == th.Name })
	}
	best, conf := argmax(themeScores)
	if len(s.tax) == 0 {
		return Suggestion{}
	}
	th := s.tax[best]
	out := Suggestion{Theme: th.Name, ThemeConfidence: conf}
	if len(th.SubThemes) == 0 {
		out.Confidence = conf
		return out
	}
	subScores := make([]float64, len(th.SubThemes)+1)
	subScores[0] = noSubThemePrior + neighbourWeight*neighbourScore(sims, func(k labelKey) bool { return k == labelKey{th.Name, ""} })
	for i, st := range th.SubThemes {
		k := labelKey{th.Name, st.Name}
		subScores[i+1] = s.vocabScore(ws, k) + neighbourWeight*neighbourScore(sims, func(l labelKey) bool { return l == k })
	}
	sb, sconf := argmax(subScores)
	if sb > 0 {
		out.SubTheme = th.SubThemes[sb-1].Name
	}
	out.Confidence = conf * sconf
	return out
}

// vocabScore sums the weights of k's phrases found in the stemmed text ws.
func (s *Suggester) vocabScore(ws string, k labelKey) float64 {
	v := 0.0
	for _, t := range s.terms[k] {
		if containsPhrase(ws, t.phrase) {
			v += t.weight
		}
	}
	return v
}

// similarity is how alike a text is to one example.
type similarity struct {
	sim    float64
	labels []labelKey
}

// similarities scores toks against every example by idf-weighted cosine.
func (s *Suggester) similarities(toks map[string]bool) []similarity {
	n := float64(len(s.examples))
	idf := func(t string) float64 { return math.Log((n + 1) / (float64(s.df[t]) + 0.5)) }
	norm := func(m map[string]bool) float64 {
		sum := 0.0
		for t := range m {
			w := idf(t)
			sum += w * w
		}
		return math.Sqrt(sum)
	}
	qn := norm(toks)
	out := make([]similarity, len(s.examples))
	for i, ex := range s.examples {
		dot := 0.0
		for t := range toks {
			if ex.tokens[t] {
				w := idf(t)
				dot += w * w
			}
		}
		if d := qn * norm(ex.tokens); d > 0 {
			out[i] = similarity{dot / d, ex.labels}
		} else {
			out[i] = similarity{0, ex.labels}
		}
	}
	return out
}

// neighbourScore is the best similarity among examples carrying a label
// that match accepts, plus half the second best.
func neighbourScore(sims []similarity, match func(labelKey) bool) float64 {
	var first, second float64
	for _, sm := range sims {
		ok := false
		for _, l := range sm.labels {
			ok = ok || match(l)
		}
		if !ok {
			continue
		}
		if sm.sim > first {
			first, second = sm.sim, first
		} else if sm.sim > second {
			second = sm.sim
		}
	}
	return first + second/2
}

// argmax returns the index of the highest score and its share of the total
// (0 when every score is 0).
func argmax(scores []float64) (int, float64) {
	best, total := 0, 0.0
	for i, v := range scores {
		total += v
		if v > scores[best] {
			best = i
		}
	}
	if total == 0 {
		return best, 0
	}
	return best, scores[best] / total
}

// Mapping returns the suggestion for text as a suggested mapping, its
// confidence rounded to two places; nil when the taxonomy is empty.
func (s *Suggester) Mapping(text string) *benchmark.Mapping {
	sg := s.Suggest(text)
	if sg.Theme == "" {
		return nil
	}
	th := s.tax.Theme(sg.Theme)
	m := &benchmark.Mapping{Theme: th.Name, ThemeID: th.ID, SubTheme: sg.SubTheme, Source: benchmark.SourceSuggested,
		Confidence: math.Round(sg.Confidence*100) / 100}
	if st := th.SubTheme(sg.SubTheme); st != nil {
		m.SubThemeID = st.ID
	}
	return m
}
