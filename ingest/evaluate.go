package ingest

import (
	"fmt"
	"strings"

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

// String renders the figures on five lines.
func (e Evaluation) String() string {
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

// LeaveOneOut evaluates the suggester on every mapped recommendation of the
// agreements, each predicted from all the others.
func LeaveOneOut(tax benchmark.Taxonomy, agreements []*benchmark.Agreement) Evaluation {
	return evaluate(tax, agreements, func(a *benchmark.Agreement, r *benchmark.Recommendation) string {
		return fmt.Sprintf("%p", r)
	}, nil)
}

// LeaveOneAgreementOut is stricter: each recommendation is predicted from
// the other agreements only, as for an agreement never seen before.
func LeaveOneAgreementOut(tax benchmark.Taxonomy, agreements []*benchmark.Agreement) Evaluation {
	return evaluate(tax, agreements, func(a *benchmark.Agreement, r *benchmark.Recommendation) string {
		return a.PartyKey() + "|" + a.FinancialYear
	}, nil)
}

// evaluate predicts each mapped recommendation from a suggester trained on
// those in other groups.
// Only agreements that score accepts (all when score is nil) are predicted.
func evaluate(tax benchmark.Taxonomy, agreements []*benchmark.Agreement, group func(*benchmark.Agreement, *benchmark.Recommendation) string, score func(*benchmark.Agreement) bool) Evaluation {
	type item struct {
		rec   *benchmark.Recommendation
		group string
		label string
		score bool
	}
	var items []item
	for _, a := range agreements {
		for _, r := range a.Recommendations {
			if known(r) {
				items = append(items, item{r, group(a, r), a.PartyNames() + " " + r.Reference, score == nil || score(a)})
			}
		}
	}
	// The training set depends only on the group, so each group's
	// suggester is built once.
	suggesters := map[string]*Suggester{}
	suggester := func(group string) *Suggester {
		if s := suggesters[group]; s != nil {
			return s
		}
		var train []*benchmark.Recommendation
		for _, o := range items {
			if o.group != group {
				train = append(train, o.rec)
			}
		}
		s := NewSuggester(tax, train)
		suggesters[group] = s
		return s
	}
	var e Evaluation
	for _, it := range items {
		if !it.score {
			continue
		}
		sg := suggester(it.group).Suggest(it.rec.Text)
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
	return e
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

// VocabularyOnly evaluates the suggester with no examples at all: only the
// taxonomy's descriptions and vocabulary speak.
func VocabularyOnly(tax benchmark.Taxonomy, agreements []*benchmark.Agreement) Evaluation {
	return evaluate(tax, agreements, func(*benchmark.Agreement, *benchmark.Recommendation) string { return "" }, nil)
}

// HeldOut evaluates a suggester trained on train's mappings against the
// known mappings of test.
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
	return evaluate(tax, all, group, func(a *benchmark.Agreement) bool { return inTest[a] })
}
