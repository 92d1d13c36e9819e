package export

import "github.com/svbench/svbench/benchmark"

// movementWords describe a movement's direction.
var movementWords = map[int]string{1: "Improved", 0: "No change", -1: "Worse"}

// writeMovement is sheet 4: each recommendation's rating in the earlier
// round and this one, then each theme's counts in both. Without an earlier
// round it says so.
func writeMovement(s *sheet, r *Pack) {
	lines := roundInfo(r)
	c, ok := r.Movement()
	if !ok {
		s.heading(r.Assessment.Title+": movement since the earlier round", lines)
		s.note("No earlier round of " + r.AuthorityName() + " is held, so there is no movement to show yet.")
		s.print(r.Assessment.Title)
		return
	}
	earlier := r.Earlier.Title
	if r.Earlier.AssessedOn != "" {
		earlier += " (" + benchmark.LongDate(r.Earlier.AssessedOn) + ")"
	}
	lines = append(lines, info{"Earlier round", earlier})
	s.heading(r.Assessment.Title+": movement since "+r.Earlier.Title, lines)
	s.columns([]string{"LA", "Recommendation", "Themes", "Earlier RAG", "This round's RAG", "Movement"},
		[]float64{26, 70, 34, 14, 16, 14})
	for _, m := range c.Movements {
		n := s.row
		s.str(1, n, LA(m.Agreement), s.st.wrap)
		s.str(2, n, m.Recommendation.Text, s.st.wrap)
		s.str(3, n, joinThemes(m.Recommendation), s.st.wrap)
		s.str(4, n, m.FromLabel(), s.cellStyle(m.From, m.NotInFrom))
		s.str(5, n, m.ToLabel(), s.cellStyle(m.To, m.NotInTo))
		s.str(6, n, movementWords[m.Direction()], s.st.text)
		s.row++
	}
	s.table()
	s.row++
	s.str(1, s.row, "By theme", s.st.label)
	s.row++
	cols := []string{"Theme"}
	for _, when := range []string{"Earlier", "Now"} {
		for _, rag := range benchmark.RAGs {
			cols = append(cols, when+": "+rag.Label())
		}
	}
	cols = append(cols, "Earlier: share Green", "Now: share Green", "Change in share Green")
	s.columns(cols, nil)
	for _, tm := range c.Themes {
		n := s.row
		s.str(1, n, tm.Theme, s.st.wrap)
		for i, rag := range benchmark.RAGs {
			s.count(2+i, n, tm.From.Count(rag), s.st.count)
			s.count(6+i, n, tm.To.Count(rag), s.st.count)
		}
		from, to := tm.From.Share(benchmark.Green), tm.To.Share(benchmark.Green)
		s.num(10, n, from, s.st.share)
		s.num(11, n, to, s.st.share)
		s.num(12, n, to-from, s.st.share)
		s.row++
	}
	s.print(r.Assessment.Title)
}

// joinThemes lists a recommendation's themes with their sub-themes.
func joinThemes(rec *benchmark.Recommendation) string {
	out := ""
	for i, m := range rec.Mappings {
		if i > 0 {
			out += "; "
		}
		out += m.Theme
		if m.SubTheme != "" {
			out += " – " + m.SubTheme
		}
	}
	return out
}
