package benchmark

import (
	"cmp"
	"context"
	"slices"
)

// MinContributors is the fewest authorities a national total is shown
// for: below it, one authority's ratings could be singled out.
const MinContributors = 5

// ThemeRatingRule says in words how an authority's rating of a theme is
// read from its round (ThemeScore.Rating); pages and exports print it.
const ThemeRatingRule = "An authority's rating of a theme is the rating most of its rated recommendations under the theme have in its latest final round; " +
	"where two ratings are equally common, the lower one (Red below Amber below Green). " +
	"A theme whose recommendations in the round are all not rated is Not rated, never Red."

// ThemeScore is one authority's recommendations under one theme (SubThemeID
// 0) or sub-theme in its latest final round, as storage counts them: how
// many the round covers and how many of them are rated each way. A
// recommendation counts once under a theme however many of its mappings
// fall under it.
type ThemeScore struct {
	AuthorityCode string  `json:"authority_code"`
	AuthorityName string  `json:"authority_name"` // its place name (PlaceName)
	Sharing       Sharing `json:"sharing"`
	// Counts is true when the authority shares its final rounds and
	// matches the filter: its rating counts in the totals. The viewing
	// authority's own scores come back even when it does not.
	Counts     bool `json:"counts"`
	RoundID    int  `json:"round_id"`
	ThemeID    int  `json:"theme_id"`
	SubThemeID int  `json:"sub_theme_id"`
	Covered    int  `json:"covered"`
	Green      int  `json:"green"`
	Amber      int  `json:"amber"`
	Red        int  `json:"red"`
}

// Rating is the authority's rating of the theme, by ThemeRatingRule: the
// most common rating among the rated, ties going to the lower.
func (s ThemeScore) Rating() RAG {
	switch {
	case s.Green+s.Amber+s.Red == 0:
		return NotRated
	case s.Red >= s.Amber && s.Red >= s.Green:
		return Red
	case s.Amber >= s.Green:
		return Amber
	}
	return Green
}

// NationalFilter selects the authorities the national view counts; nil
// fields are ignored.
type NationalFilter struct {
	// Kind is an authority kind, e.g. "unitary".
	Kind *string
	// HasAgreement keeps authorities that are (or are not) a party to a
	// current agreement.
	HasAgreement *bool
	// Own is the ONS code of the viewing authority, whose latest final
	// round's scores are returned even when it shares nothing.
	Own string
}

// NationalService reads what the national view is computed from.
type NationalService interface {
	// FindThemeScores returns, for every authority that shares and matches
	// filter and for filter.Own, its latest final round's ThemeScores.
	FindThemeScores(ctx context.Context, filter NationalFilter) ([]ThemeScore, error)
}

// NationalRow is one theme's or sub-theme's distribution: how many of the
// contributing authorities rate it each way, and the viewing authority's
// own position beside it.
type NationalRow struct {
	ThemeID    int    `json:"theme_id"`
	SubThemeID int    `json:"sub_theme_id"`
	Theme      string `json:"theme"`
	SubTheme   string `json:"sub_theme,omitempty"`
	// Contributors is how many counted authorities' rounds cover the theme.
	Contributors int `json:"contributors"`
	// Shown is false below MinContributors; Counts is then left empty.
	Shown  bool       `json:"shown"`
	Counts ThemeCount `json:"counts"`
	// HasOwn is true when the viewing authority's latest final round
	// covers the theme; Own is then its rating.
	HasOwn bool `json:"has_own"`
	Own    RAG  `json:"own"`
	// Ahead is how many other contributing authorities rate the theme
	// better than the viewing authority, of Others.
	Ahead  int `json:"ahead"`
	Others int `json:"others"`
}

// Label names the row: the theme, or "theme: sub-theme".
func (r NationalRow) Label() string {
	if r.SubTheme == "" {
		return r.Theme
	}
	return r.Theme + ": " + r.SubTheme
}

// ShareAhead is Ahead as a fraction of Others (0 when there are none).
func (r NationalRow) ShareAhead() float64 {
	if r.Others == 0 {
		return 0
	}
	return float64(r.Ahead) / float64(r.Others)
}

// NamedPosition is an authority that shares by name, with its rating of
// each theme (by theme ID; a theme its round does not cover is absent).
type NamedPosition struct {
	AuthorityCode string      `json:"authority_code"`
	Name          string      `json:"name"`
	Ratings       map[int]RAG `json:"ratings"`
}

// NationalView is the national benchmark: every theme and sub-theme in
// taxonomy order with its distribution, the authorities named, and the
// themes where the viewing authority is furthest behind.
type NationalView struct {
	Rows []NationalRow `json:"rows"`
	// Contributors is how many authorities count anywhere.
	Contributors int             `json:"contributors"`
	Named        []NamedPosition `json:"named"`
	// Own is the viewing authority's ONS code ("" for none); OwnRound its
	// latest final round (0 when it has none).
	Own      string `json:"own"`
	OwnRound int    `json:"own_round"`
	// OwnShared says whether the viewing authority's own ratings count.
	OwnShared bool `json:"own_shared"`
	// Behind are the rows where others are most often ahead of the
	// viewing authority, most behind first, at most MaxBehind.
	Behind []NationalRow `json:"behind"`
}

// MaxBehind is how many themes "furthest behind" lists.
const MaxBehind = 5

// ragRank orders ratings for "ahead": Green over Amber over Red; not rated
// is ahead of nobody.
func ragRank(r RAG) int {
	switch r {
	case Green:
		return 3
	case Amber:
		return 2
	case Red:
		return 1
	}
	return 0
}

// National computes the national view from storage's scores. An authority
// counts in a theme's row when its scores count (it shares and matches the
// filter) and its round covers the theme; the row's totals are shown only
// where at least MinContributors authorities count. Own (an ONS code, may
// be "") is the viewing authority; its position is shown whether or not it
// shares, and it is compared only with the others.
func National(tax Taxonomy, scores []ThemeScore, own string) NationalView {
	type key struct{ theme, sub int }
	byKey := map[key][]ThemeScore{}
	counted := map[string]bool{}
	named := map[string]*NamedPosition{}
	v := NationalView{Own: own}
	for _, s := range scores {
		byKey[key{s.ThemeID, s.SubThemeID}] = append(byKey[key{s.ThemeID, s.SubThemeID}], s)
		if s.AuthorityCode == own && own != "" {
			v.OwnRound, v.OwnShared = s.RoundID, s.Counts
		}
		if !s.Counts {
			continue
		}
		counted[s.AuthorityCode] = true
		if s.Sharing == SharedNamed && s.SubThemeID == 0 {
			p := named[s.AuthorityCode]
			if p == nil {
				p = &NamedPosition{AuthorityCode: s.AuthorityCode, Name: s.AuthorityName, Ratings: map[int]RAG{}}
				named[s.AuthorityCode] = p
			}
			p.Ratings[s.ThemeID] = s.Rating()
		}
	}
	v.Contributors = len(counted)
	row := func(th *Theme, st *SubTheme) NationalRow {
		r := NationalRow{ThemeID: th.ID, Theme: th.Name}
		k := key{th.ID, 0}
		if st != nil {
			r.SubThemeID, r.SubTheme, k.sub = st.ID, st.Name, st.ID
		}
		list := byKey[k]
		for _, s := range list {
			if s.AuthorityCode == own && own != "" {
				r.HasOwn, r.Own = true, s.Rating()
			}
		}
		for _, s := range list {
			if !s.Counts {
				continue
			}
			r.Contributors++
			r.Counts.add(s.Rating())
			if s.AuthorityCode != own {
				r.Others++
				if r.HasOwn && ragRank(s.Rating()) > ragRank(r.Own) && r.Own != NotRated {
					r.Ahead++
				}
			}
		}
		r.Shown = r.Contributors >= MinContributors
		if !r.Shown {
			r.Counts = ThemeCount{}
		}
		r.Counts.Theme = r.Label()
		return r
	}
	for _, th := range tax {
		v.Rows = append(v.Rows, row(th, nil))
		for _, st := range th.SubThemes {
			v.Rows = append(v.Rows, row(th, st))
		}
	}
	for _, r := range v.Rows {
		if r.Shown && r.HasOwn && r.Ahead > 0 {
			v.Behind = append(v.Behind, r)
		}
	}
	slices.SortStableFunc(v.Behind, func(a, b NationalRow) int { return cmp.Compare(b.ShareAhead(), a.ShareAhead()) })
	if len(v.Behind) > MaxBehind {
		v.Behind = v.Behind[:MaxBehind]
	}
	for _, p := range named {
		v.Named = append(v.Named, *p)
	}
	slices.SortFunc(v.Named, func(a, b NamedPosition) int { return cmp.Compare(a.Name, b.Name) })
	return v
}
