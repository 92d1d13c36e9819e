package ingest

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with an input file, located by its line (1 is
// the header row) and column name.
type Problem struct {
	Line    int    `json:"line"`
	Column  string `json:"column,omitempty"`
	Message string `json:"message"`
}

// String renders the problem as "line 4, column theme: message".
func (p Problem) String() string {
	switch {
	case p.Line > 0 && p.Column != "":
		return fmt.Sprintf("line %d, column %s: %s", p.Line, p.Column, p.Message)
	case p.Line > 0:
		return fmt.Sprintf("line %d: %s", p.Line, p.Message)
	case p.Column != "":
		return fmt.Sprintf("column %s: %s", p.Column, p.Message)
	}
	return p.Message
}

// Problems is every problem found in a file; as an error it lists them all.
type Problems []Problem

// Error implements the error interface: "2 problems in the file:", then
// one problem per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return plural(len(ps), "problem") + " in the file:\n" + strings.Join(lines, "\n")
}

// add appends a problem.
func (ps *Problems) add(line int, column, format string, args ...any) {
	*ps = append(*ps, Problem{Line: line, Column: column, Message: fmt.Sprintf(format, args...)})
}

// sorted returns the problems ordered by line, keeping the order of
// problems on the same line.
func (ps Problems) sorted() Problems {
	out := append(Problems(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

// MaxProblems is the most problems reported for one file; past it one
// last problem counts the rest.
const MaxProblems = 200

// err returns nil when there are no problems. It keeps the first
// MaxProblems by line and counts the rest in one closing problem.
func (ps Problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	out := ps.sorted()
	if len(out) > MaxProblems {
		rest := len(out) - MaxProblems
		out = append(out[:MaxProblems:MaxProblems], Problem{Message: fmt.Sprintf("%s more not listed: correct the ones above and upload the file again.", plural(rest, "problem"))})
	}
	return out
}
