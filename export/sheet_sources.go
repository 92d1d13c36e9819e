package export

import (
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// SheetSources lists the source documents with their web addresses, so
// the heading of every other sheet can name them in one short line.
const SheetSources = "Sources"

// Document is a source behind a pack's figures: its title and, when
// known, its web address.
type Document struct {
	Title, Address string
}

// documents lists a round's own source (when it names one) and each
// agreement with its address, in order.
func documents(rounds []*benchmark.Assessment, agreements []*benchmark.Agreement) []Document {
	var out []Document
	for _, a := range rounds {
		if a.Source != "" {
			out = append(out, Document{Title: a.Source})
		}
	}
	for _, a := range agreements {
		out = append(out, Document{Title: a.Title, Address: a.SourceURL})
	}
	return out
}

// Documents are the round's source documents (documents).
func (r *Pack) Documents() []Document {
	return documents([]*benchmark.Assessment{r.Assessment}, r.Agreements)
}

// sourcesLine is the heading's short line pointing at the Sources sheet.
func sourcesLine(docs []Document) string {
	if len(docs) == 1 {
		return fmt.Sprintf("%s; its address is on the %s sheet", docs[0].Title, SheetSources)
	}
	return fmt.Sprintf("%d documents, listed with their addresses on the %s sheet", len(docs), SheetSources)
}

// writeSources writes the Sources sheet: each document, its address as a
// link, or "not stated" where the data gives none.
func writeSources(s *sheet, title string, lines []info, docs []Document) {
	s.heading(title+": sources", lines)
	s.columns([]string{"Document", "Web address"}, []float64{60, 80})
	for _, d := range docs {
		n := s.row
		s.str(1, n, d.Title, s.st.wrap)
		if d.Address == "" {
			s.str(2, n, "not stated", s.st.wrap)
		} else {
			s.str(2, n, d.Address, s.st.wrap)
			if s.err == nil {
				s.do(s.f.SetCellHyperLink(s.name, s.cell(2, n), d.Address, "External"))
			}
		}
		s.row++
	}
	s.table()
	s.print(title)
}
