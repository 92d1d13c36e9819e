package web

// gridAllUpTo is the most recommendations a round's grid shows at once;
// the seeds' round (27) shows every card. A larger round (the national set
// has 361) is a long round: it opens in the compact view and shows one
// section at a time, each at most sectionRows long, with a list of the
// sections and their progress to reach the others.
const gridAllUpTo = 100

// sectionRows is the most recommendations a long round's section holds in
// each view; a longer theme or agreement is cut into parts.
var sectionRows = map[string]int{viewCompact: 20, viewCards: 15}

// longRound reports whether a round of total recommendations is shown a
// section at a time.
func longRound(total int) bool { return total > gridAllUpTo }

// chooseView fills in the view when the address names none: compact for a
// long round, which keeps its first view small, and cards otherwise.
func chooseView(f gridFilter, total int) gridFilter {
	if f.View == "" {
		f.View = viewCards
		if longRound(total) {
			f.View = viewCompact
		}
	}
	return f
}

// splitGroups cuts every group longer than n recommendations into parts
// of at most n, in order, each headed with its part ("Financial
// Efficiencies, part 2 of 3"); a sub-theme cut in two heads both parts.
func splitGroups(groups []*gridGroup, n int) []*gridGroup {
	var out []*gridGroup
	for _, g := range groups {
		var parts []*gridGroup
		cur, count := &gridGroup{Heading: g.Heading}, 0
		for _, sec := range g.Sections {
			for start := 0; start < len(sec.Items); {
				if count == n {
					parts = append(parts, cur)
					cur, count = &gridGroup{Heading: g.Heading}, 0
				}
				end := min(len(sec.Items), start+n-count)
				cur.Sections = append(cur.Sections, &gridSection{Heading: sec.Heading, Items: sec.Items[start:end]})
				count += end - start
				start = end
			}
		}
		if count > 0 {
			parts = append(parts, cur)
		}
		if len(parts) > 1 {
			for i, p := range parts {
				p.Heading += ", part " + itoa(i+1) + " of " + itoa(len(parts))
			}
		}
		out = append(out, parts...)
	}
	return out
}
