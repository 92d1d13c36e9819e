package ingest

import "math"

// softmax is a multinomial logistic regression over the labels: a weight
// for each (term, label), learnt from the labelled examples and the
// taxonomy's own vocabulary, so that a word which marks one label apart
// from its neighbours counts for more than one every label shares.
type softmax struct {
	labels []labelKey
	index  map[string]int // term -> its row of w
	w      []float64      // len(index) rows of len(labels) weights
	bias   []float64
}

// Training of the softmax, chosen on cross-validation of the labelled
// examples.
const (
	softmaxRounds = 200
	softmaxRate   = 1
	softmaxL2     = 0.001
	// softmaxMost caps the examples it learns from: the taxonomy's own,
	// and at national scale (80,000 mapped recommendations) an even sample
	// of the mapped ones, so that building a suggester for an upload stays
	// well under a second.
	softmaxMost = 1000
)

// trainItem is one document the softmax learns from: its terms and the
// labels it carries, shared among them.
type trainItem struct {
	terms  []string
	labels []int
}

// trainSoftmax fits the weights by batch gradient descent on the mean
// cross-entropy, with an L2 penalty.
func trainSoftmax(labels []labelKey, items []trainItem) *softmax {
	nl := len(labels)
	m := &softmax{labels: labels, index: map[string]int{}, bias: make([]float64, nl)}
	rows := make([][]int, len(items))
	for i, it := range items {
		for _, t := range it.terms {
			r, ok := m.index[t]
			if !ok {
				r = len(m.index)
				m.index[t] = r
			}
			rows[i] = append(rows[i], r)
		}
	}
	m.w = make([]float64, len(m.index)*nl)
	if len(items) == 0 {
		return m
	}
	grad := make([]float64, len(m.w))
	gb := make([]float64, nl)
	p := make([]float64, nl)
	n := float64(len(items))
	for round := 0; round < softmaxRounds; round++ {
		clear(grad)
		clear(gb)
		for i, it := range items {
			m.rowProbs(rows[i], p)
			for _, l := range it.labels {
				p[l] -= 1 / float64(len(it.labels))
			}
			for _, r := range rows[i] {
				g := grad[r*nl : (r+1)*nl]
				for l := range p {
					g[l] += p[l]
				}
			}
			for l := range p {
				gb[l] += p[l]
			}
		}
		for j := range m.w {
			m.w[j] -= softmaxRate * (grad[j]/n + softmaxL2*m.w[j])
		}
		for l := range gb {
			m.bias[l] -= softmaxRate * gb[l] / n
		}
	}
	return m
}

// probs fills p with the probability of each label given the terms.
func (m *softmax) probs(terms []string, p []float64) {
	rows := make([]int, 0, len(terms))
	for _, t := range terms {
		if r, ok := m.index[t]; ok {
			rows = append(rows, r)
		}
	}
	m.rowProbs(rows, p)
}

// rowProbs is probs for terms given by their rows of the weights.
func (m *softmax) rowProbs(rows []int, p []float64) {
	nl := len(m.labels)
	copy(p, m.bias)
	for _, r := range rows {
		w := m.w[r*nl : (r+1)*nl]
		for l := range p {
			p[l] += w[l]
		}
	}
	top := math.Inf(-1)
	for _, v := range p {
		top = math.Max(top, v)
	}
	sum := 0.0
	for l, v := range p {
		p[l] = math.Exp(v - top)
		sum += p[l]
	}
	for l := range p {
		p[l] /= sum
	}
}

// trainLinear fits the softmax to the suggester's examples, and to each
// label's vocabulary and description as one more example of it.
func (s *Suggester) trainLinear() *softmax {
	index := map[labelKey]int{}
	labels := make([]labelKey, len(s.labels.docs))
	var items []trainItem
	for i, d := range s.labels.docs {
		index[d.key], labels[i] = i, d.key
	}
	for _, th := range s.tax {
		k := labelKey{th.Name, ""}
		items = append(items, trainItem{terms: s.labelTerms(k, th.Description), labels: []int{index[k]}})
		for _, st := range th.SubThemes {
			k := labelKey{th.Name, st.Name}
			items = append(items, trainItem{terms: s.labelTerms(k, st.Description), labels: []int{index[k]}})
		}
	}
	// Every labelled example of the taxonomy, then as many of the mapped
	// recommendations as the cap leaves room for.
	own := s.examples[:s.ownExamples]
	learnt := append(own[:len(own):len(own)], sample(s.examples[s.ownExamples:], max(softmaxMost-len(own), 0))...)
	for _, ex := range learnt {
		it := trainItem{terms: termList(s.queryTerms(ex.text))}
		for _, k := range ex.labels {
			it.labels = append(it.labels, index[k])
		}
		items = append(items, it)
	}
	return trainSoftmax(labels, items)
}

// labelTerms are the terms of label k's own vocabulary (as its document
// holds them) and its description, as a text holding them all would give.
func (s *Suggester) labelTerms(k labelKey, desc string) []string {
	q := tokens(desc)
	for _, d := range s.labels.docs {
		if d.key == k {
			for p := range d.vocab {
				q[p] = true
			}
		}
	}
	return termList(q)
}

// sample returns at most n of list, evenly spaced and in order, the
// first always among them.
func sample[T any](list []T, n int) []T {
	if len(list) <= n {
		return list
	}
	out := make([]T, n)
	for i := range out {
		out[i] = list[i*len(list)/n]
	}
	return out
}

// termList lists the terms of a set, sorted.
func termList(q map[string]bool) []string {
	// In order, so that sums over them are added in the same order on
	// every run and a suggestion never changes by a rounding.
	return sortedKeys(q)
}
