package benchmark

// ThemeCount counts a group's recommendations by rating. A recommendation
// counts once per theme however many of its mappings fall under it.
type ThemeCount struct {
	Theme    string `json:"theme"`
	Green    int    `json:"green"`
	Amber    int    `json:"amber"`
	Red      int    `json:"red"`
	NotRated int    `json:"not_rated"`
}

// Total is the number of recommendations counted.
func (c ThemeCount) Total() int { return c.Green + c.Amber + c.Red + c.NotRated }

// Count returns the number with rating r.
func (c ThemeCount) Count(r RAG) int {
	switch r {
	case Green:
		return c.Green
	case Amber:
		return c.Amber
	case Red:
		return c.Red
	}
	return c.NotRated
}

// Share returns the fraction of all counted recommendations rated r (0 when
// none are counted). Not rated is its own share, never folded into Red.
func (c ThemeCount) Share(r RAG) float64 {
	if c.Total() == 0 {
		return 0
	}
	return float64(c.Count(r)) / float64(c.Total())
}

func (c *ThemeCount) add(r RAG) {
	switch r {
	case Green:
		c.Green++
	case Amber:
		c.Amber++
	case Red:
		c.Red++
	default:
		c.NotRated++
	}
}

// Summary is a round's counts per theme (taxonomy order) and overall.
type Summary struct {
	Themes []ThemeCount `json:"themes"`
	All    ThemeCount   `json:"all"`
}

// Summarize counts the recommendations of the given agreements by theme and
// rating. ratings is keyed by recommendation ID; a missing rating is not
// rated. Themes with no recommendations are left out.
func Summarize(tax Taxonomy, agreements []*Agreement, ratings map[int]*Rating) Summary {
	byTheme := map[string]*ThemeCount{}
	var s Summary
	s.All.Theme = "All themes"
	for _, a := range agreements {
		for _, rec := range a.Recommendations {
			r := NotRated
			if rt := ratings[rec.ID]; rt != nil {
				r = rt.RAG
			}
			s.All.add(r)
			for _, th := range rec.Themes() {
				c := byTheme[th]
				if c == nil {
					c = &ThemeCount{Theme: th}
					byTheme[th] = c
				}
				c.add(r)
			}
		}
	}
	for _, th := range tax {
		if c := byTheme[th.Name]; c != nil {
			s.Themes = append(s.Themes, *c)
			delete(byTheme, th.Name)
		}
	}
	for _, c := range byTheme { // themes outside the taxonomy, should any exist
		s.Themes = append(s.Themes, *c)
	}
	return s
}
