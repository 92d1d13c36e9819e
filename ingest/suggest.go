package ingest

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// Suggester proposes a theme and sub-theme for a recommendation from its
// text. Each label (a theme alone, or a theme with one sub-theme) is a
// document: its vocabulary and description from datasets/themes.csv and the
// words of every recommendation a publisher or reviewer mapped to it. A text
// is scored against each document with BM25 (so a word many labels share
// says little, and a long document is not favoured for its length), plus its
// likeness to the nearest mapped recommendations, plus the probability a
// softmax over the labels gives it (suggest_linear.go). The taxonomy's
// labelled examples are learnt from as mapped recommendations are.
// Vocabulary written "!term" is evidence against the label: what the label
// leaves out. A vocabulary phrase inside a longer one the text holds counts
// once, as the longer.
type Suggester struct {
	tax benchmark.Taxonomy
	// labels has a document per label; themes one per theme, the union of
	// its labels' documents at full weight, to choose the theme.
	labels, themes collection
	examples       []example
	exDF           map[string]int // examples holding each token
	ownExamples    int            // the first of examples are the taxonomy's own
	linear         *softmax
}

// labelKey names a theme with one of its sub-themes, or "" for the theme
// alone.
type labelKey struct{ theme, sub string }

// collection is a set of documents scored with BM25.
type collection struct {
	docs   []*labelDoc
	df     map[string]int // documents holding each term, for the idf
	avgLen float64
}

// labelDoc is one label's document: weighted term frequencies, the
// phrases that count against it, and its length.
type labelDoc struct {
	key      labelKey
	tf       map[string]float64
	vocab    map[string]bool // stemmed vocabulary phrases (their own evidence)
	excludes []string        // stemmed phrases that count against the label
	length   float64
}

// example is one mapped recommendation the suggester learns from.
type example struct {
	text   string
	from   string // the council a taxonomy example was first written from
	tokens map[string]bool
	labels []labelKey
	norm   float64 // length of its idf-weighted vector (weighExamples)
}

// Suggestion is the suggester's best mapping for one text.
type Suggestion struct {
	Theme    string
	SubTheme string // "" when the theme alone fits best
	// ThemeConfidence is how sure the theme is, 0 to 1.
	ThemeConfidence float64
	// Confidence is how sure the whole mapping is: the theme's times the
	// sub-theme's. Below benchmark.LowConfidence it is flagged for review.
	Confidence float64
	// Why lists the words and phrases of the text that matched the chosen
	// label, strongest first.
	Why []string
}

// Tuning of the suggester, chosen on leave-one-agreement-out evaluation
// of the shipped agreements and cross-validation over the labelled
// examples (never on the held-out set, testdata/heldout.md).
const (
	themeAloneTF    = 0.4 // share of a theme's own vocabulary and description in its theme-alone label
	themeDocShare   = 1
	bestLabelShare  = 0.5
	bm25K1          = 1.2
	bm25B           = 0.2
	vocabTF         = 6    // term frequency a vocabulary phrase adds to its label
	descriptionTF   = 1.0  // and a description word
	exampleTF       = 0.1  // and a word of a mapped example
	neighbourWeight = 2    // weight of nearest-neighbour likeness against BM25
	linearWeight    = 5    // and of the softmax's probability
	excludePenalty  = 2.0  // BM25 taken off a label for each excluded phrase found
	confidenceScale = 3    // evidence added to the top score when judging the lead
	confidencePower = 0.5  // spreads the lead's share over 0 to 1
	maxWhy          = 5    // words listed as the reason
	minWhyScore     = 0.05 // contribution below which a word is not listed
	whyShare        = 0.2  // nor one adding less than this share of the strongest
)

// NewSuggester builds a suggester over the taxonomy, learning from its
// labelled examples and from the given recommendations' mappings (those
// with none are ignored; suggested mappings are not learnt from, so
// guesses do not teach themselves).
func NewSuggester(tax benchmark.Taxonomy, mapped []*benchmark.Recommendation) *Suggester {
	s := &Suggester{tax: tax, exDF: map[string]int{}}
	byKey := map[labelKey]*labelDoc{}
	themeDoc := map[string]*labelDoc{}
	for _, th := range tax {
		td := newDoc(labelKey{th.Name, ""})
		s.themes.docs = append(s.themes.docs, td)
		themeDoc[th.Name] = td
		td.add(th.Vocabulary, th.Description, 1)
		s.labels.adds(byKey, labelKey{th.Name, ""}, th.Vocabulary, th.Description, themeAloneTF)
		for _, st := range th.SubThemes {
			// A sub-theme's own name ("Early Intervention") is part of its
			// vocabulary.
			vocab := append([]string{st.Name}, st.Vocabulary...)
			td.add(vocab, st.Description, 1)
			s.labels.adds(byKey, labelKey{th.Name, st.Name}, vocab, st.Description, 1)
		}
	}
	for _, ex := range taxonomyExamples(tax) {
		s.learn(ex, byKey, themeDoc)
	}
	s.ownExamples = len(s.examples)
	for _, r := range mapped {
		var labels []labelKey
		for _, m := range r.Mappings {
			th := tax.Theme(m.Theme)
			if m.Source == benchmark.SourceSuggested || th == nil {
				continue
			}
			k := labelKey{th.Name, ""}
			if st := th.SubTheme(m.SubTheme); st != nil {
				k.sub = st.Name
			}
			labels = append(labels, k)
		}
		if len(labels) == 0 {
			continue
		}
		s.learn(example{text: r.Text, tokens: tokens(r.Text), labels: labels}, byKey, themeDoc)
	}
	s.labels.count()
	s.themes.count()
	s.weighExamples()
	s.linear = s.trainLinear()
	return s
}

// learn adds one labelled example: its words join the documents of its
// labels and of their themes, and it becomes a neighbour to compare with.
func (s *Suggester) learn(ex example, byKey map[labelKey]*labelDoc, themeDoc map[string]*labelDoc) {
	for t := range ex.tokens {
		s.exDF[t]++
		seen := map[string]bool{}
		for _, k := range ex.labels {
			byKey[k].tf[t] += exampleTF
			if !seen[k.theme] {
				seen[k.theme] = true
				themeDoc[k.theme].tf[t] += exampleTF
			}
		}
	}
	s.examples = append(s.examples, ex)
}

// taxonomyExamples gathers the taxonomy's labelled examples, one per
// text: a text written for two labels carries both.
func taxonomyExamples(tax benchmark.Taxonomy) []example {
	var out []example
	at := map[string]int{}
	add := func(ex benchmark.Example, k labelKey) {
		text := ex.Text
		i, ok := at[text]
		if !ok {
			i = len(out)
			at[text] = i
			out = append(out, example{text: text, from: ex.WrittenFrom, tokens: tokens(text)})
		}
		if !slices.Contains(out[i].labels, k) {
			out[i].labels = append(out[i].labels, k)
		}
	}
	for _, th := range tax {
		for _, ex := range th.Examples {
			add(ex, labelKey{th.Name, ""})
		}
		for _, st := range th.SubThemes {
			for _, ex := range st.Examples {
				add(ex, labelKey{th.Name, st.Name})
			}
		}
	}
	return out
}

// newDoc returns an empty document for k.
func newDoc(k labelKey) *labelDoc {
	return &labelDoc{key: k, tf: map[string]float64{}, vocab: map[string]bool{}}
}

// count fills the collection's document frequencies and lengths.
func (c *collection) count() {
	c.df = map[string]int{}
	total := 0.0
	for _, d := range c.docs {
		d.length = 0
		for _, t := range sortedKeys(d.tf) { // one order of addition, so one result
			c.df[t]++
			d.length += d.tf[t]
		}
		total += d.length
	}
	if len(c.docs) > 0 {
		c.avgLen = total / float64(len(c.docs))
	}
}

// adds makes the document of one label from its vocabulary and
// description, each at share of its full weight.
func (c *collection) adds(byKey map[labelKey]*labelDoc, k labelKey, vocab []string, desc string, share float64) {
	d := newDoc(k)
	d.add(vocab, desc, share)
	c.docs = append(c.docs, d)
	byKey[k] = d
}

// add puts vocabulary and a description into d at share of their weight.
func (d *labelDoc) add(vocab []string, desc string, share float64) {
	for _, v := range vocab {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(v), "!"); ok {
			if p := phrase(rest); p != "" {
				d.excludes = append(d.excludes, p)
			}
			continue
		}
		// A vocabulary word that is a stopword ("local", "review") is too
		// common in agreements to be evidence on its own.
		if p := phrase(v); p != "" && !stopwords[p] {
			d.vocab[p] = true
			d.tf[p] += vocabTF * share
		}
	}
	for t := range tokens(desc) {
		d.tf[t] += descriptionTF * share
	}
}

// queryTerms are the terms a text is scored on: its content words, its
// two-word phrases, and every vocabulary phrase (of any length) it holds.
func (s *Suggester) queryTerms(text string) map[string]bool {
	q := tokens(text)
	for t := range q {
		if strings.Trim(t, "0123456789 ") == "" {
			delete(q, t) // years and counts say nothing of the theme
		}
	}
	ws := phrase(text)
	var matched []string
	for _, d := range s.labels.docs {
		for p := range d.vocab {
			if containsPhrase(ws, p) && !slices.Contains(matched, p) {
				matched = append(matched, p)
				q[p] = true
			}
		}
	}
	// A vocabulary phrase inside a longer one the text holds ("performance"
	// in "key performance indicators") is not evidence a second time.
	for _, p := range matched {
		for _, longer := range matched {
			if longer != p && containsPhrase(longer, p) {
				delete(q, p)
				break
			}
		}
	}
	return q
}

// idf is BM25's inverse document frequency of t over the collection.
func (c *collection) idf(t string) float64 {
	n, df := float64(len(c.docs)), float64(c.df[t])
	return math.Log((n-df+0.5)/(df+0.5) + 1)
}

// contribution is what term t adds to d's BM25 score, 0 when d lacks it.
func (c *collection) contribution(t string, d *labelDoc) float64 {
	f := d.tf[t]
	if f == 0 {
		return 0
	}
	norm := bm25K1 * (1 - bm25B + bm25B*d.length/math.Max(c.avgLen, 1))
	return c.idf(t) * f * (bm25K1 + 1) / (f + norm)
}

// contributions returns what each of the query's terms adds to d's BM25
// score, leaving out those that add nothing.
func (c *collection) contributions(terms []string, d *labelDoc) map[string]float64 {
	out := map[string]float64{}
	for _, t := range terms {
		if v := c.contribution(t, d); v != 0 {
			out[t] = v
		}
	}
	return out
}

// score is d's BM25 score for the query's terms (sorted, so the sum is
// added in one order on every run), less the penalty for each phrase the
// label leaves out found in ws.
func (c *collection) score(terms []string, ws string, d *labelDoc) float64 {
	v := 0.0
	for _, t := range terms {
		v += c.contribution(t, d)
	}
	for _, p := range d.excludes {
		if containsPhrase(ws, p) {
			v -= excludePenalty
		}
	}
	return math.Max(v, 0)
}

// Suggest returns the best mapping for text. It always answers; a text with
// no evidence gets confidence 0.
func (s *Suggester) Suggest(text string) Suggestion {
	if len(s.tax) == 0 {
		return Suggestion{}
	}
	terms := termList(s.queryTerms(text))
	ws := phrase(text)
	sims := s.similarities(tokens(text))
	score := map[labelKey]float64{}
	p := make([]float64, len(s.labels.docs))
	s.linear.probs(terms, p)
	for i, d := range s.labels.docs {
		k := d.key
		score[k] = s.labels.score(terms, ws, d) + neighbourWeight*neighbourScore(sims, func(l labelKey) bool { return l == k }) + linearWeight*p[i]
	}
	themeScores := make([]float64, len(s.tax))
	for i, th := range s.tax {
		best := score[labelKey{th.Name, ""}]
		for _, st := range th.SubThemes {
			best = math.Max(best, score[labelKey{th.Name, st.Name}])
		}
		themeScores[i] = themeDocShare*s.themes.score(terms, ws, s.themes.docs[i]) + bestLabelShare*best +
			neighbourWeight*neighbourScore(sims, func(l labelKey) bool { return l.theme == th.Name })
	}
	best, conf := margin(themeScores)
	th := s.tax[best]
	out := Suggestion{Theme: th.Name, ThemeConfidence: conf}
	// The sub-theme is chosen only when its evidence beats the theme's own.
	chosen := labelKey{th.Name, ""}
	subScores := []float64{score[chosen]}
	for _, st := range th.SubThemes {
		subScores = append(subScores, score[labelKey{th.Name, st.Name}])
	}
	sb, sconf := margin(subScores)
	if sb > 0 {
		chosen.sub = th.SubThemes[sb-1].Name
	}
	out.SubTheme = chosen.sub
	out.Confidence = conf * sconf
	if themeScores[best] == 0 {
		out.Confidence, out.ThemeConfidence = 0, 0
	}
	out.Why = s.why(text, terms, chosen)
	return out
}

// margin returns the index of the highest score and a confidence from its
// lead over the runner-up, as a share of the top score (held down when
// the top score itself is small): 0 with no lead, nearing 1 as the lead
// grows.
func margin(scores []float64) (int, float64) {
	best, second := 0, -1
	for i, v := range scores {
		if v > scores[best] {
			best, second = i, best
		} else if i != best && (second < 0 || v > scores[second]) {
			second = i
		}
	}
	if len(scores) == 1 {
		return best, 1
	}
	lead := scores[best] - scores[second]
	return best, math.Pow(lead/(scores[best]+confidenceScale), confidencePower)
}

// why lists the surface words of text behind the chosen label's score:
// the label's own terms and those of its theme alone, strongest first.
func (s *Suggester) why(text string, terms []string, k labelKey) []string {
	contrib := map[string]float64{}
	for _, d := range s.labels.docs {
		if d.key == k || d.key == (labelKey{k.theme, ""}) {
			for t, c := range s.labels.contributions(terms, d) {
				contrib[t] = math.Max(contrib[t], c)
			}
		}
	}
	top := 0.0
	for _, c := range contrib {
		top = math.Max(top, c)
	}
	// Words most labels hold ("needs", "children") are no reason to name.
	common := len(s.labels.docs) / 3
	reasons := make([]string, 0, len(contrib))
	for t, c := range contrib {
		if c >= minWhyScore && c >= whyShare*top && s.labels.df[t] <= common {
			reasons = append(reasons, t)
		}
	}
	sort.Slice(reasons, func(i, j int) bool {
		if contrib[reasons[i]] != contrib[reasons[j]] {
			return contrib[reasons[i]] > contrib[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	// A word inside a phrase already listed adds nothing.
	var out []string
	for _, t := range reasons {
		dup := false
		for _, o := range out {
			if containsPhrase(phrase(o), t) {
				dup = true
			}
		}
		w := surface(text, t)
		if dup || slices.Contains(out, w) {
			continue
		}
		out = append(out, w)
		if len(out) == maxWhy {
			break
		}
	}
	return out
}

// surface finds the words of text whose stems make the term t, as the
// text writes them (lower-cased); t itself when not found.
func surface(text string, t string) string {
	raw := strings.Fields(benchmark.NormalizeText(text))
	want := strings.Fields(t)
	for i := 0; i+len(want) <= len(raw); i++ {
		ok := true
		for j, w := range want {
			if stem(raw[i+j]) != w {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(raw[i:i+len(want)], " ")
		}
	}
	return t
}

// similarity is how alike a text is to one example.
type similarity struct {
	sim    float64
	labels []labelKey
}

// similarities scores toks against every example by idf-weighted cosine.
func (s *Suggester) similarities(toks map[string]bool) []similarity {
	terms := termList(toks)
	qn := 0.0
	for _, t := range terms {
		w := s.exIDF(t)
		qn += w * w
	}
	qn = math.Sqrt(qn)
	out := make([]similarity, len(s.examples))
	for i, ex := range s.examples {
		dot := 0.0
		for _, t := range terms {
			if ex.tokens[t] {
				w := s.exIDF(t)
				dot += w * w
			}
		}
		out[i] = similarity{0, ex.labels}
		if d := qn * ex.norm; d > 0 {
			out[i].sim = dot / d
		}
	}
	return out
}

// exIDF is how rare t is among the examples.
func (s *Suggester) exIDF(t string) float64 {
	return math.Log((float64(len(s.examples)) + 1) / (float64(s.exDF[t]) + 0.5))
}

// weighExamples gives each example the length of its idf-weighted vector,
// once every example is known, for similarities to divide by.
func (s *Suggester) weighExamples() {
	for i := range s.examples {
		ex := &s.examples[i]
		sum := 0.0
		for _, t := range termList(ex.tokens) {
			w := s.exIDF(t)
			sum += w * w
		}
		ex.norm = math.Sqrt(sum)
	}
}

// sortedKeys lists the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
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

// Mapping returns the suggestion for text as a suggested mapping, its
// confidence rounded to two places and its reasons kept; nil when the
// taxonomy is empty.
func (s *Suggester) Mapping(text string) *benchmark.Mapping {
	sg := s.Suggest(text)
	if sg.Theme == "" {
		return nil
	}
	th := s.tax.Theme(sg.Theme)
	m := &benchmark.Mapping{Theme: th.Name, ThemeID: th.ID, SubTheme: sg.SubTheme, Source: benchmark.SourceSuggested,
		Confidence: math.Round(sg.Confidence*100) / 100, Why: sg.Why}
	if st := th.SubTheme(sg.SubTheme); st != nil {
		m.SubThemeID = st.ID
	}
	return m
}
