package ingest

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/svbench/svbench/benchmark"
)

// Evaluation measures the suggester on recommendations whose mappings are
// known, each predicted by a suggester that never saw it.
type Evaluation struct {
	// Recommendations is how many were predicted.
	Recommendations int
	// ThemeCorrect counts suggestions whose theme is one of the known ones.
	ThemeCorrect int
	// SubThemeCases counts recommendations known to have a sub-theme, and
	// SubThemeCorrect those whose suggested (theme, sub-theme) is a known one.
	SubThemeCases, SubThemeCorrect int
	// PairCorrect counts suggestions whose theme and sub-theme (or lack of
	// one) together match a known mapping.
	PairCorrect int
	// Confident counts suggestions not flagged for review (confidence at
	// least benchmark.LowConfidence), and ConfidentThemeCorrect those of
	// them with the right theme.
	Confident, ConfidentThemeCorrect int
	// Wrong counts suggestions not right in theme and sub-theme together,
	// WrongFlagged those of them flagged for review, and RightFlagged the
	// right ones flagged anyway (a reviewer's wasted look).
	Wrong, WrongFlagged, RightFlagged int
	// Bands counts suggestions by confidence, in quarters from 0 to 1, and
	// BandsRight the right ones of each: how far a confidence can be
	// read as the chance of being right.
	Bands, BandsRight [4]int
	// Misses describes each wrong suggestion.
	Misses []string
}

// ThemeAccuracy is the share of suggested themes that were right.
func (e Evaluation) ThemeAccuracy() float64 { return ratio(e.ThemeCorrect, e.Recommendations) }

// SubThemeAccuracy is the share of recommendations with a known sub-theme
// whose suggested sub-theme was right.
func (e Evaluation) SubThemeAccuracy() float64 { return ratio(e.SubThemeCorrect, e.SubThemeCases) }

// PairAccuracy is the share of suggestions right in theme and sub-theme,
// counting "no sub-theme" as an answer.
func (e Evaluation) PairAccuracy() float64 { return ratio(e.PairCorrect, e.Recommendations) }

// FlaggedShare is the share of wrong suggestions flagged for review.
func (e Evaluation) FlaggedShare() float64 { return ratio(e.WrongFlagged, e.Wrong) }

// String renders the figures on five lines, then a line for each
// confidence band.
func (e Evaluation) String() string {
	return e.figures() + e.bands()
}

// bands renders how many suggestions of each confidence band were right.
func (e Evaluation) bands() string {
	var b strings.Builder
	for i, n := range e.Bands {
		if n > 0 {
			fmt.Fprintf(&b, "\nconfidence %.2f to %.2f: %d/%d right = %.1f%%", float64(i)/4, float64(i+1)/4, e.BandsRight[i], n, 100*ratio(e.BandsRight[i], n))
		}
	}
	return b.String()
}

func (e Evaluation) figures() string {
	return fmt.Sprintf("theme:     %d/%d = %.1f%%\nsub-theme: %d/%d = %.1f%%\nexact:     %d/%d = %.1f%%\nwrong suggestions flagged for review: %d/%d = %.1f%%\nright suggestions flagged anyway: %d/%d",
		e.ThemeCorrect, e.Recommendations, 100*e.ThemeAccuracy(),
		e.SubThemeCorrect, e.SubThemeCases, 100*e.SubThemeAccuracy(),
		e.PairCorrect, e.Recommendations, 100*e.PairAccuracy(),
		e.WrongFlagged, e.Wrong, 100*e.FlaggedShare(), e.RightFlagged, e.Recommendations-e.Wrong)
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// LeaveOneAgreementOut predicts each mapped recommendation from the other
// agreements only, as for an agreement never seen before. The
// taxonomy's examples are learnt from throughout.
func LeaveOneAgreementOut(tax benchmark.Taxonomy, agreements []*benchmark.Agreement) Evaluation {
	return evaluate(tax, agreementItems(agreements, agreementGroup, nil))
}

// CrossValidate predicts every labelled recommendation there is, the
// agreements' and the taxonomy's examples alike: an agreement's
// recommendations from a suggester that has not seen that agreement, and
// an example from one that has seen no example written from the same
// council's reforms (an example written twice counts once, under the
// council it is first written from).
func CrossValidate(tax benchmark.Taxonomy, agreements []*benchmark.Agreement) Evaluation {
	items := append(agreementItems(agreements, agreementGroup, nil), exampleItems(tax)...)
	return evaluate(withoutExamples(tax), items)
}

// agreementGroup puts an agreement's recommendations together: its
// parties and round.
func agreementGroup(a *benchmark.Agreement, _ *benchmark.Recommendation) string {
	return a.PartyKey() + "|" + a.FinancialYear
}

// evalItem is one recommendation to predict: its text and known
// mappings, the group whose members its suggester may not learn from,
// and whether it is scored (otherwise it is only learnt from).
type evalItem struct {
	rec    *benchmark.Recommendation
	group  string
	label  string
	scored bool
}

// agreementItems lists the mapped recommendations of agreements, grouped
// by group; only agreements that score accepts (all when score is nil)
// are scored.
func agreementItems(agreements []*benchmark.Agreement, group func(*benchmark.Agreement, *benchmark.Recommendation) string, score func(*benchmark.Agreement) bool) []evalItem {
	var items []evalItem
	for _, a := range agreements {
		for _, r := range a.Recommendations {
			if known(r) {
				items = append(items, evalItem{r, group(a, r), a.PartyNames() + " " + r.Reference, score == nil || score(a)})
			}
		}
	}
	return items
}

// exampleItems lists the taxonomy's examples as recommendations mapped by
// hand, grouped by the council they were written from.
func exampleItems(tax benchmark.Taxonomy) []evalItem {
	exs := taxonomyExamples(tax)
	items := make([]evalItem, len(exs))
	for i, ex := range exs {
		r := &benchmark.Recommendation{Text: ex.text}
		for _, k := range ex.labels {
			r.Mappings = append(r.Mappings, &benchmark.Mapping{Theme: k.theme, SubTheme: k.sub, Source: benchmark.SourcePublished})
		}
		items[i] = evalItem{r, "example|" + ex.from, fmt.Sprintf("%s example %q", ex.from, shorten(ex.text)), true}
	}
	return items
}

// withoutExamples copies tax with no examples, so that an evaluation
// decides which of them each suggester learns from.
func withoutExamples(tax benchmark.Taxonomy) benchmark.Taxonomy {
	out := make(benchmark.Taxonomy, len(tax))
	for i, th := range tax {
		ct := *th
		ct.Examples = nil
		ct.SubThemes = make([]*benchmark.SubTheme, len(th.SubThemes))
		for j, st := range th.SubThemes {
			cs := *st
			cs.Examples = nil
			ct.SubThemes[j] = &cs
		}
		out[i] = &ct
	}
	return out
}

// evaluate predicts each scored item from a suggester trained on the
// items of other groups.
func evaluate(tax benchmark.Taxonomy, items []evalItem) Evaluation {
	// The training set depends only on the group, so each group's
	// suggester is built once, the groups side by side.
	var groups []string
	for _, it := range items {
		if it.scored && !slices.Contains(groups, it.group) {
			groups = append(groups, it.group)
		}
	}
	built := make([]*Suggester, len(groups))
	var wg sync.WaitGroup
	work := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(groups)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				var train []*benchmark.Recommendation
				for _, o := range items {
					if o.group != groups[i] {
						train = append(train, o.rec)
					}
				}
				built[i] = NewSuggester(tax, train)
			}
		}()
	}
	for i := range groups {
		work <- i
	}
	close(work)
	wg.Wait()
	var e Evaluation
	for _, it := range items {
		if it.scored {
			e.add(it, built[slices.Index(groups, it.group)].Suggest(it.rec.Text))
		}
	}
	return e
}

// add counts one suggestion against the item's known mappings.
func (e *Evaluation) add(it evalItem, sg Suggestion) {
	e.Recommendations++
	themeOK, pairOK, hasSub := false, false, false
	for _, m := range it.rec.Mappings {
		themeOK = themeOK || m.Theme == sg.Theme
		pairOK = pairOK || (m.Theme == sg.Theme && m.SubTheme == sg.SubTheme)
		hasSub = hasSub || m.SubTheme != ""
	}
	if themeOK {
		e.ThemeCorrect++
	}
	if sg.Confidence >= benchmark.LowConfidence {
		e.Confident++
		if themeOK {
			e.ConfidentThemeCorrect++
		}
	}
	if pairOK {
		e.PairCorrect++
	}
	if hasSub {
		e.SubThemeCases++
		if pairOK {
			e.SubThemeCorrect++
		}
	}
	band := min(int(sg.Confidence*4), 3)
	e.Bands[band]++
	if pairOK {
		e.BandsRight[band]++
	}
	flagged := sg.Confidence < benchmark.LowConfidence
	switch {
	case !pairOK:
		e.Wrong++
		if flagged {
			e.WrongFlagged++
		}
		e.Misses = append(e.Misses, fmt.Sprintf("%s: suggested %s / %s (%.2f%s, why: %s), known %s", it.label, sg.Theme, sg.SubTheme, sg.Confidence,
			map[bool]string{true: ", flagged", false: ""}[flagged], strings.Join(sg.Why, ", "), mappingText(it.rec)))
	case flagged:
		e.RightFlagged++
	}
}

// known reports whether r has a mapping made by a person or publisher.
func known(r *benchmark.Recommendation) bool {
	for _, m := range r.Mappings {
		if m.Source != benchmark.SourceSuggested {
			return true
		}
	}
	return false
}

func mappingText(r *benchmark.Recommendation) string {
	parts := make([]string, len(r.Mappings))
	for i, m := range r.Mappings {
		parts[i] = m.Theme + " / " + m.SubTheme
	}
	return strings.Join(parts, "; ")
}

// HeldOut evaluates a suggester trained on train's mappings and the
// taxonomy's examples against the known mappings of test.
func HeldOut(tax benchmark.Taxonomy, train, test []*benchmark.Agreement) Evaluation {
	all := append(append([]*benchmark.Agreement(nil), train...), test...)
	inTest := map[*benchmark.Agreement]bool{}
	for _, a := range test {
		inTest[a] = true
	}
	group := func(a *benchmark.Agreement, _ *benchmark.Recommendation) string {
		if inTest[a] {
			return "test"
		}
		return "train"
	}
	return evaluate(tax, agreementItems(all, group, func(a *benchmark.Agreement) bool { return inTest[a] }))
}

// CompareReaders measures how far a second reader, labelling the same
// recommendations apart, agrees with the labels of first, counted as a
// suggestion is: the second reader's label of each recommendation (keyed
// by its place names and reference, "Lincolnshire 3", as misses name it)
// against every label first gives it.
// Recommendations the second reader did not label are left out.
func CompareReaders(first []*benchmark.Agreement, second map[string]benchmark.Mapping) Evaluation {
	var e Evaluation
	for _, it := range agreementItems(first, agreementGroup, nil) {
		m, ok := second[it.label]
		if !ok {
			continue
		}
		e.add(it, Suggestion{Theme: m.Theme, SubTheme: m.SubTheme, ThemeConfidence: 1, Confidence: 1})
	}
	return e
}
