package sqlite_test

import (
	"context"
	"testing"

	"github.com/samber/lo"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
	"github.com/svbench/svbench/sqlite"
)

// sharedStore seeds a database and stores a synthetic national set: 40
// authorities, 10 agreements, 3 rounds each of which the first 2 are
// final, shared as the seed draws ("mixed").
func sharedStore(tb testing.TB) (*sqlite.Store, *synthetic.Data, []*benchmark.Agreement) {
	tb.Helper()
	ctx := context.Background()
	store := seededStore(tb)
	auths, _ := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	held, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	data, err := synthetic.Generate(synthetic.Options{Authorities: 40, Agreements: 10, Rounds: 3, Final: 2, Share: "mixed", Seed: 7}, auths, held)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := store.ImportAgreements(ctx, data.Agreements, false); err != nil {
		tb.Fatal(err)
	}
	all, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	ids := lo.Map(all, func(a *benchmark.Agreement, _ int) int { return a.ID })
	for i, a := range data.Assessments {
		a.AgreementIDs = ids
		r := data.Round(i, all)
		if err := store.CreateAssessmentWithHistory(ctx, a, r.Ratings, r.Changes); err != nil {
			tb.Fatal(err)
		}
	}
	for code, s := range data.Sharing {
		if err := store.SetSharing(ctx, code, s, "test"); err != nil {
			tb.Fatal(err)
		}
	}
	return store, data, all
}

// key is a theme (sub 0) or sub-theme by ID.
type key struct{ theme, sub int }

// expectedCounts counts, in plain Go over the generated data and not
// through storage, how many of the authorities in share rate each theme
// and sub-theme Green, Amber, Red or not rated in their latest final
// round: the most common rating among its rated recommendations under the
// theme, a tie going to the lower, none rated being not rated.
func expectedCounts(tb testing.TB, tax benchmark.Taxonomy, data *synthetic.Data, all []*benchmark.Agreement, share map[string]bool) map[key]benchmark.ThemeCount {
	tb.Helper()
	latest := map[string]int{} // authority -> index into data.Assessments
	for i, a := range data.Assessments {
		if a.Final && share[a.AuthorityCode] {
			latest[a.AuthorityCode] = i
		}
	}
	out := map[key]benchmark.ThemeCount{}
	for _, i := range latest {
		rags := map[int]benchmark.RAG{}
		for _, r := range data.Round(i, all).Ratings {
			rags[r.RecommendationID] = r.RAG
		}
		type tally struct{ g, a, r int }
		per := map[key]*tally{}
		for _, ag := range all {
			for _, rec := range ag.Recommendations {
				keys := map[key]bool{}
				for _, m := range rec.Mappings {
					th := tax.Theme(m.Theme)
					keys[key{th.ID, 0}] = true
					if m.SubTheme != "" {
						keys[key{th.ID, th.SubTheme(m.SubTheme).ID}] = true
					}
				}
				for k := range keys {
					t := per[k]
					if t == nil {
						t = &tally{}
						per[k] = t
					}
					switch rags[rec.ID] {
					case benchmark.Green:
						t.g++
					case benchmark.Amber:
						t.a++
					case benchmark.Red:
						t.r++
					}
				}
			}
		}
		for k, t := range per {
			c := out[k]
			switch {
			case t.g+t.a+t.r == 0:
				c.NotRated++
			case t.r >= t.a && t.r >= t.g:
				c.Red++
			case t.a >= t.g:
				c.Amber++
			default:
				c.Green++
			}
			out[k] = c
		}
	}
	return out
}

func TestNational_DistributionMatchesIndependentCount(t *testing.T) {
	store, data, all := sharedStore(t)
	ctx := context.Background()
	tax, err := store.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	share := map[string]bool{}
	for code, s := range data.Sharing {
		share[code] = s.Shared()
	}
	check := func(t *testing.T, share map[string]bool) benchmark.NationalView {
		scores, err := store.FindThemeScores(ctx, benchmark.NationalFilter{})
		if err != nil {
			t.Fatal(err)
		}
		v := benchmark.National(tax, scores, "")
		want := expectedCounts(t, tax, data, all, share)
		shown := 0
		for _, r := range v.Rows {
			w := want[key{r.ThemeID, r.SubThemeID}]
			if r.Contributors != w.Total() {
				t.Errorf("%s: %d contributors, want %d", r.Label(), r.Contributors, w.Total())
			}
			if !r.Shown {
				continue
			}
			shown++
			got := r.Counts
			got.Theme = ""
			if got != w {
				t.Errorf("%s: counts %+v, want %+v", r.Label(), got, w)
			}
		}
		if shown == 0 {
			t.Fatal("no row has a total: the test checks nothing")
		}
		return v
	}
	n := lo.CountBy(lo.Values(data.Sharing), benchmark.Sharing.Shared)
	if n < 10 || n == len(data.Sharing) {
		t.Fatalf("%d of %d generated authorities share: want a mix", n, len(data.Sharing))
	}
	v := check(t, share)
	if v.Contributors != n {
		t.Errorf("%d authorities counted, want the %d that share", v.Contributors, n)
	}

	// One that shared stops: it leaves every count.
	var stopped string
	for code, s := range data.Sharing {
		if s == benchmark.SharedNamed {
			stopped = code
			break
		}
	}
	if err := store.SetSharing(ctx, stopped, benchmark.NotShared, "test"); err != nil {
		t.Fatal(err)
	}
	share[stopped] = false
	v = check(t, share)
	if v.Contributors != n-1 {
		t.Errorf("%d counted after %s stopped sharing, want %d", v.Contributors, stopped, n-1)
	}
	for _, p := range v.Named {
		if p.AuthorityCode == stopped {
			t.Errorf("%s stopped sharing but is still named", stopped)
		}
	}
}

func TestNational_UnsharedAndOpenRoundsNeverCount(t *testing.T) {
	store, data, _ := sharedStore(t)
	ctx := context.Background()
	final := map[int]bool{}
	for _, a := range data.Assessments {
		if a.Final {
			final[a.ID] = true
		}
	}
	scores, err := store.FindThemeScores(ctx, benchmark.NationalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range scores {
		if !data.Sharing[s.AuthorityCode].Shared() {
			t.Fatalf("%s does not share, yet its round %d is read", s.AuthorityCode, s.RoundID)
		}
		if !final[s.RoundID] {
			t.Fatalf("round %d of %s is not final, yet it is read", s.RoundID, s.AuthorityCode)
		}
	}
	// The viewing authority's own round comes back even unshared, and
	// does not count.
	var own string
	for code, s := range data.Sharing {
		if !s.Shared() {
			own = code
			break
		}
	}
	scores, err = store.FindThemeScores(ctx, benchmark.NationalFilter{Own: own})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range scores {
		if s.AuthorityCode == own {
			found = true
			if s.Counts {
				t.Errorf("%s does not share, yet its scores count", own)
			}
		}
	}
	if !found {
		t.Errorf("the viewing authority %s's own scores are missing", own)
	}
}

func TestNational_FewerThanFiveShowNoTotal(t *testing.T) {
	store, data, _ := sharedStore(t)
	ctx := context.Background()
	kept := 0
	for code, s := range data.Sharing {
		if s.Shared() && kept < benchmark.MinContributors-1 {
			kept++
			continue
		}
		if err := store.SetSharing(ctx, code, benchmark.NotShared, "test"); err != nil {
			t.Fatal(err)
		}
	}
	tax, _ := store.Taxonomy(ctx)
	scores, err := store.FindThemeScores(ctx, benchmark.NationalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	v := benchmark.National(tax, scores, "")
	if v.Contributors != benchmark.MinContributors-1 {
		t.Fatalf("%d counted, want %d", v.Contributors, benchmark.MinContributors-1)
	}
	for _, r := range v.Rows {
		if r.Shown || r.Counts.Total() != 0 {
			t.Errorf("%s: shown %v with %d counted by %d authorities, want no total", r.Label(), r.Shown, r.Counts.Total(), r.Contributors)
		}
	}
}

func TestNational_Filters(t *testing.T) {
	store, data, _ := sharedStore(t)
	ctx := context.Background()
	auths, _ := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	kindOf := lo.SliceToMap(auths, func(a *benchmark.Authority) (string, string) { return a.ONSCode, a.Kind })
	parties := map[string]bool{}
	agreements, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	for _, a := range agreements {
		for _, p := range a.Parties {
			parties[p.ONSCode] = true
		}
	}
	for _, tc := range []struct {
		name   string
		filter benchmark.NationalFilter
		keep   func(code string) bool
	}{
		{"unitary", benchmark.NationalFilter{Kind: lo.ToPtr("unitary")}, func(c string) bool { return kindOf[c] == "unitary" }},
		{"with agreement", benchmark.NationalFilter{HasAgreement: lo.ToPtr(true)}, func(c string) bool { return parties[c] }},
		{"without agreement", benchmark.NationalFilter{HasAgreement: lo.ToPtr(false)}, func(c string) bool { return !parties[c] }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := 0
			for code, s := range data.Sharing {
				if s.Shared() && tc.keep(code) {
					want++
				}
			}
			if want == 0 {
				t.Fatal("no authority matches: the test checks nothing")
			}
			scores, err := store.FindThemeScores(ctx, tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			got := lo.Uniq(lo.FilterMap(scores, func(s benchmark.ThemeScore, _ int) (string, bool) { return s.AuthorityCode, s.Counts }))
			if len(got) != want {
				t.Errorf("%d authorities counted, want %d", len(got), want)
			}
			for _, c := range got {
				if !tc.keep(c) {
					t.Errorf("%s counted but does not match", c)
				}
			}
		})
	}
}

func TestSharing_RecordsWhoAndWhen(t *testing.T) {
	store := seededStore(t)
	ctx := context.Background()
	got, err := store.FindSharing(ctx, "E08000002")
	if err != nil {
		t.Fatal(err)
	}
	if got.Sharing != benchmark.NotShared || got.ChangedBy != "" {
		t.Errorf("default = %+v, want not shared by nobody", got)
	}
	if err := store.SetSharing(ctx, "E08000002", benchmark.SharedTotals, "Ada Lovelace"); err != nil {
		t.Fatal(err)
	}
	got, _ = store.FindSharing(ctx, "E08000002")
	if got.Sharing != benchmark.SharedTotals || got.ChangedBy != "Ada Lovelace" || got.ChangedAt.IsZero() {
		t.Errorf("after set = %+v", got)
	}
	if err := store.SetSharing(ctx, "E99999999", benchmark.SharedNamed, "Ada"); benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
		t.Errorf("unknown authority: %v, want not found", err)
	}
	if err := store.SetSharing(ctx, "E08000002", "everyone", "Ada"); benchmark.ErrorCode(err) != benchmark.EINVALID {
		t.Errorf("bad choice: %v, want invalid", err)
	}
}

// TestNational_KeptSumsFollowReopening: the sums kept for a final round
// are read again once it is reopened, changed and finalised again.
func TestNational_KeptSumsFollowReopening(t *testing.T) {
	store, data, _ := sharedStore(t)
	ctx := context.Background()
	var round *benchmark.Assessment
	for _, a := range data.Assessments {
		if a.Final && data.Sharing[a.AuthorityCode].Shared() {
			round = a // the last is some authority's latest final round
		}
	}
	sumOf := func() (covered, red int) {
		scores, err := store.FindThemeScores(ctx, benchmark.NationalFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range scores {
			if s.RoundID == round.ID && s.SubThemeID == 0 {
				covered, red = covered+s.Covered, red+s.Red
			}
		}
		return covered, red
	}
	covered, red := sumOf()
	if covered == 0 {
		t.Fatalf("round %d is not read", round.ID)
	}
	ratings, err := store.FindRatings(ctx, round.ID)
	if err != nil {
		t.Fatal(err)
	}
	var rec *benchmark.Rating
	for _, r := range ratings {
		if r.RAG != benchmark.Red && r.RAG != benchmark.NotRated {
			rec = r
			break
		}
	}
	if rec == nil {
		t.Fatal("no rating to change")
	}
	if err := store.ReopenAssessment(ctx, round.ID, "a rating was wrong", "Admin"); err != nil {
		t.Fatal(err)
	}
	if _, err := store.UpdateRating(ctx, round.ID, rec.RecommendationID, benchmark.RatingUpdate{RAG: lo.ToPtr(benchmark.Red), Version: rec.Version, By: "Ed"}); err != nil {
		t.Fatal(err)
	}
	if err := store.FinalizeAssessment(ctx, round.ID, "Ed"); err != nil {
		t.Fatal(err)
	}
	_, after := sumOf()
	themes := len(lo.UniqBy(findMappings(t, store, rec.RecommendationID), func(m *benchmark.Mapping) string { return m.Theme }))
	if after != red+themes {
		t.Errorf("Reds under themes %d after one rating became Red under %d themes, want %d", after, themes, red+themes)
	}
}

// findMappings returns a recommendation's mappings.
func findMappings(tb testing.TB, store *sqlite.Store, recID int) []*benchmark.Mapping {
	tb.Helper()
	all, err := store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, a := range all {
		for _, r := range a.Recommendations {
			if r.ID == recID {
				return r.Mappings
			}
		}
	}
	tb.Fatalf("no recommendation %d", recID)
	return nil
}

// BenchmarkFindThemeScores_Cold sums every shared final round afresh, as
// the first national view after a start does; _Kept reads them again with
// the sums kept.
func BenchmarkFindThemeScores_Cold(b *testing.B) {
	store, _, _ := sharedStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := sqlite.NewNationalService(store.DB).FindThemeScores(ctx, benchmark.NationalFilter{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindThemeScores_Kept reads the scores with every round's sums
// kept from an earlier read.
func BenchmarkFindThemeScores_Kept(b *testing.B) {
	store, _, _ := sharedStore(b)
	ctx := context.Background()
	if _, err := store.FindThemeScores(ctx, benchmark.NationalFilter{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := store.FindThemeScores(ctx, benchmark.NationalFilter{}); err != nil {
			b.Fatal(err)
		}
	}
}
