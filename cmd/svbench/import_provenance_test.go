package main

import (
	"context"
	"os"
	"os/user"
	"path/filepath"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

func TestImportAgreements_RecordsFileAndCommandLineUser(t *testing.T) {
	u, err := user.Current()
	if err != nil {
		t.Skipf("os/user knows no current user: %v", err)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "svbench.db")
	file := filepath.Join(dir, "bristol-2022.csv")
	os.WriteFile(file, []byte("authority,agreement,round,reference,recommendation\n"+
		"Bristol,Safety Valve agreement: Bristol,2022-23,1,Create new resourced provision places in mainstream schools.\n"), 0o600)
	if code, _, stderr := run(t, "import", "agreements", file, "--db", db); code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}

	d := sqlite.NewDB(db)
	if err := d.Open(); err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	bristol := "E06000023"
	list, err := sqlite.NewStore(d).FindAgreements(context.Background(), benchmark.AgreementFilter{Party: &bristol})
	if err != nil || len(list) != 1 {
		t.Fatalf("Bristol's agreements: %v, %v", list, err)
	}
	want := benchmark.Provenance{Origin: benchmark.OriginFile, File: "bristol-2022.csv",
		NumberedBy: benchmark.NumberedBySource, By: "cli:" + u.Username}
	if got := list[0].Provenance; got != want {
		t.Errorf("provenance = %+v, want %+v", got, want)
	}
}
