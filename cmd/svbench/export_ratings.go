package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
	"github.com/svbench/svbench/sqlite"
)

// runExportRatings is 'svbench export ratings --assessment ID|TITLE
// --format csv|xlsx -o FILE'.
func (m *Main) runExportRatings(ctx context.Context, args []string) error {
	usage := "export ratings --assessment ID|TITLE [--format csv|xlsx] -o FILE"
	fs, dbPath := m.newFlagSet("export ratings", usage)
	which := fs.String("assessment", "", "the round: its `ID` or its title")
	format := fs.String("format", "", "`FORMAT`: csv or xlsx; without it, xlsx for a FILE ending .xlsx, else csv")
	out := fs.String("o", "", "output `FILE`; - for standard output")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 || *out == "" || strings.TrimSpace(*which) == "" {
		return usagef("export ratings: give --assessment and -o FILE")
	}
	f := strings.ToLower(*format)
	if f == "" {
		f = "csv"
		if strings.EqualFold(filepath.Ext(*out), ".xlsx") {
			f = "xlsx"
		}
	}
	if f != "csv" && f != "xlsx" {
		return usagef("export ratings: unknown format %q; use csv or xlsx", *format)
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	a, err := findRound(ctx, store, *which)
	if err != nil {
		return err
	}
	models, err := loadModels()
	if err != nil {
		return err
	}
	r, err := export.Load(ctx, exportServices(store, models), a.ID)
	if err != nil {
		return err
	}
	return m.writeResult(*out, fmt.Sprintf("%s of %q (%s)", strings.ToUpper(f), a.Title, r.AuthorityName()), func(w io.Writer) error {
		if f == "xlsx" {
			return export.WriteWorkbook(w, r)
		}
		return export.WriteCSV(w, r)
	})
}

// findRound finds a round by ID or, failing that, by title; a title shared
// by several authorities' rounds is refused with their IDs.
func findRound(ctx context.Context, store *sqlite.Store, which string) (*benchmark.Assessment, error) {
	which = strings.TrimSpace(which)
	if id, err := strconv.Atoi(which); err == nil {
		return store.FindAssessmentByID(ctx, id)
	}
	list, err := store.FindAssessments(ctx, benchmark.AssessmentFilter{Title: &which})
	if err != nil {
		return nil, err
	}
	switch len(list) {
	case 0:
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "There is no assessment round with ID or title %q.", which)
	case 1:
		return list[0], nil
	}
	var ids []string
	for _, a := range list {
		ids = append(ids, fmt.Sprintf("%d (%s)", a.ID, a.Authority.Place()))
	}
	return nil, benchmark.Errorf(benchmark.EINVALID, "Several rounds are called %q: give one of the IDs %s.", which, strings.Join(ids, ", "))
}
