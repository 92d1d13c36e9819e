package web

import (
	"strconv"

	"github.com/svbench/svbench/ingest"
)

// MaxColumns is the most columns an uploaded file may have.
func (p uploadPage) MaxColumns() int { return ingest.MaxColumns }

// CommandMB is the largest file the command line imports, in MB.
func (p uploadPage) CommandMB() int { return ingest.MaxCommandFileSize >> 20 }

// CommandRows is the most rows the command line reads from one file,
// written with a thousands separator.
func (p uploadPage) CommandRows() string { return thousands(ingest.MaxCommandRows) }

// thousands writes a whole number with comma thousands separators, as
// the house style writes counts: 200,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
