package export

import (
	"io"
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// SheetActions is the workbook's list of who owes what by when.
const SheetActions = "Actions"

// ActionColumns are the columns of the Actions sheet and the actions CSV.
var ActionColumns = []string{"Reference", "Recommendation", "Theme", "Owner", "Target date", "Overdue", "RAG", "Commentary"}

// Actions lists the round's actions (benchmark.RoundActions) as of the
// day, in the UK, the pack was exported.
func (r *Pack) Actions() []*benchmark.Action {
	return benchmark.RoundActions(r.Agreements, r.Ratings, benchmark.UKToday(r.Exported), benchmark.ActionFilter{})
}

// actionThemes names an action's themes, each once, joined by "; ".
func actionThemes(rec *benchmark.Recommendation) string {
	var out []string
	seen := map[string]bool{}
	for _, m := range rec.Mappings {
		if !seen[m.Theme] {
			seen[m.Theme] = true
			out = append(out, m.Theme)
		}
	}
	return strings.Join(out, "; ")
}

// actionRecord is one action's cells, in ActionColumns' order; a blank
// target date or owner reads "not stated".
func actionRecord(a *benchmark.Action) []string {
	overdue := "No"
	if a.Overdue {
		overdue = "Yes"
	}
	owner, due := a.Rating.Owner, benchmark.LongDate(a.Rating.TargetDate)
	if owner == "" {
		owner = "not stated"
	}
	if due == "" {
		due = "not stated"
	}
	return []string{Reference(a.Agreement, a.Recommendation), a.Recommendation.Text, actionThemes(a.Recommendation),
		owner, due, overdue, a.Rating.RAG.Label(), a.Rating.Commentary}
}

// WriteActionsCSV writes a list of actions as CSV for Excel (UTF-8 with a
// byte order mark, CRLF line ends, every cell neutralised).
func WriteActionsCSV(w io.Writer, list []*benchmark.Action) error {
	records := [][]string{ActionColumns}
	for _, a := range list {
		records = append(records, actionRecord(a))
	}
	return ingest.WriteExcelRecords(w, records)
}

// writeActions is the Actions sheet: every action of the round, soonest
// first, overdue ones marked in words.
func writeActions(s *sheet, r *Pack) {
	list := r.Actions()
	s.heading(r.Assessment.Title+": actions", append(roundInfo(r),
		info{"Overdue", strconv.Itoa(benchmark.Overdue(list)) + " of " + strconv.Itoa(len(list)) + " actions, as of " + benchmark.DayOf(r.Exported)}))
	s.columns(ActionColumns, []float64{14, 48, 24, 20, 16, 10, 10, 36})
	for _, a := range list {
		n := s.row
		for i, v := range actionRecord(a) {
			style := s.st.wrap
			if i == 6 {
				style = s.st.rag[a.Rating.RAG]
			}
			s.str(i+1, n, v, style)
		}
		s.row++
	}
	if len(list) == 0 {
		s.str(1, s.row, "No actions: no rating in the round names an owner or a target date.", s.st.wrap)
		s.row++
	}
	s.table()
	s.print(r.Assessment.Title)
}
