package ingest_test

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

func TestSeed_RecordsProvenance(t *testing.T) {
	list, err := seededStore(t).FindAgreements(context.Background(), benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// The appendix gives no recommendation numbers: svbench numbered them
	// in its order (README, "Datasets"); all four come from one shipped file.
	want := benchmark.Provenance{Origin: benchmark.OriginDataset, File: "agreements/2020-21.csv",
		Source: "Bristol's appendix", NumberedBy: benchmark.NumberedBySvbench, By: ingest.SeededBy}
	if len(list) != 4 {
		t.Fatalf("agreements = %d, want 4", len(list))
	}
	for _, a := range list {
		if a.Provenance != want || !a.Provenance.AssignedNumbers() {
			t.Errorf("%s: provenance %+v, want %+v", a.PartyNames(), a.Provenance, want)
		}
	}
}

func TestImportAgreements_RecordsFileAndWho(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	res, err := ingest.ImportAgreements(ctx, store, []byte(goodCSV), ingest.FromFile("bristol.csv", "Ada Lovelace"), false)
	if err != nil {
		t.Fatal(err)
	}
	a, err := store.FindAgreementByID(ctx, res.Outcomes[0].AgreementID)
	if err != nil {
		t.Fatal(err)
	}
	want := benchmark.Provenance{Origin: benchmark.OriginFile, File: "bristol.csv", NumberedBy: benchmark.NumberedBySource, By: "Ada Lovelace"}
	if a.Provenance != want || a.Provenance.AssignedNumbers() {
		t.Errorf("provenance = %+v, want %+v", a.Provenance, want)
	}
}

// shippedWith is the shipped datasets with agreements.csv replaced.
func shippedWith(t *testing.T, manifest string) fs.FS {
	t.Helper()
	out := fstest.MapFS{"agreements.csv": {Data: []byte(manifest)}}
	err := fs.WalkDir(datasets.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || name == "agreements.csv" {
			return err
		}
		data, err := fs.ReadFile(datasets.FS, name)
		out[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSeed_AgreementFilesMustBeDescribed(t *testing.T) {
	for _, tc := range []struct{ name, manifest, want string }{
		{"file not listed", "file,source,numbered_by\nagreements/2021-22.csv,,source\n", "agreements/2020-21.csv is not listed"},
		{"unknown numbering", "file,source,numbered_by\nagreements/2020-21.csv,Bristol's appendix,DfE\n", `numbered_by "DfE"`},
		{"svbench numbers without a source", "file,source,numbered_by\nagreements/2020-21.csv,,svbench\n", "name the source"},
		{"column missing", "file,source\nagreements/2020-21.csv,Bristol's appendix\n", "numbered_by"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := sqlite.NewDB(filepath.Join(t.TempDir(), "svbench.db"))
			if err := db.Open(); err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			store := sqlite.NewStore(db)
			_, err := ingest.Seed(context.Background(), shippedWith(t, tc.manifest), store)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("seed: %v, want an error naming %q", err, tc.want)
			}
			if list, _ := store.FindAgreements(context.Background(), benchmark.AgreementFilter{}); len(list) != 0 {
				t.Errorf("%d agreements seeded from an undescribed file", len(list))
			}
		})
	}
}
