package main

import (
	"bytes"
	"context"
	"database/sql"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// TestImport_KilledMidway builds svbench, then 20 times starts it importing
// a large agreement file into a fresh copy of a seeded database and kills
// it with SIGKILL at a moment drawn from a fixed seed. After each kill the
// database passes integrity_check and holds all of the file's agreements,
// each with all its recommendations, or none of them; then the import runs
// to the end and holds them all.
func TestImport_KilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("builds svbench and imports 21 times")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "svbench")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	template := filepath.Join(dir, "template.db")
	seededDB(t, template)
	file, agreements, recs := largeAgreementFile(t, dir, template)

	fresh := func(name string) string {
		data, err := os.ReadFile(template)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	importInto := func(db string) *exec.Cmd {
		cmd := exec.Command(bin, "import", "agreements", file, "--db", db)
		cmd.Stdout, cmd.Stderr = &bytes.Buffer{}, &bytes.Buffer{}
		return cmd
	}

	// One import to the end says how long one takes.
	began := time.Now()
	if cmd := importInto(fresh("whole.db")); cmd.Run() != nil {
		t.Fatalf("import: %s", cmd.Stderr)
	}
	whole := time.Since(began)
	t.Logf("importing %d agreements (%d recommendations) takes %v", agreements, recs, whole.Round(time.Millisecond))

	rng := rand.New(rand.NewPCG(13, 13))
	killed := 0
	for i := range 20 {
		db := fresh("killed.db")
		for _, suffix := range []string{"-wal", "-shm"} {
			os.Remove(db + suffix)
		}
		at := time.Duration(rng.Int64N(int64(whole)))
		cmd := importInto(db)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(at)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killed++
		}
		if got := integrity(t, db); got != "ok" {
			t.Fatalf("kill %d at %v: integrity_check: %s", i+1, at, got)
		}
		gotAgreements, gotRecs := syntheticHeld(t, db)
		if !(gotAgreements == 0 && gotRecs == 0) && !(gotAgreements == agreements && gotRecs == recs) {
			t.Fatalf("kill %d at %v: %d agreements with %d recommendations held; want none or all %d with %d",
				i+1, at, gotAgreements, gotRecs, agreements, recs)
		}
		again := importInto(db)
		if err := again.Run(); err != nil {
			t.Fatalf("kill %d: import after the kill: %v\n%s", i+1, err, again.Stderr)
		}
		if a, r := syntheticHeld(t, db); a != agreements || r != recs {
			t.Fatalf("kill %d: after the import %d agreements with %d recommendations; want %d with %d", i+1, a, r, agreements, recs)
		}
	}
	t.Logf("killed %d of 20 imports before they finished", killed)
}

// largeAgreementFile writes an agreement file of 200 synthetic agreements
// drawn from the database at path, and returns its name, how many
// agreements and recommendations it holds.
func largeAgreementFile(t *testing.T, dir, path string) (string, int, int) {
	t.Helper()
	ctx := context.Background()
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	store := sqlite.NewStore(db)
	auths, _ := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	held, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	data, err := synthetic.Generate(synthetic.Options{Authorities: 153, Agreements: 200, Seed: 21}, auths, held)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ingest.WriteAgreementsCSV(&buf, data.Agreements); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "large.csv")
	if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return file, len(data.Agreements), len(ingest.Recommendations(data.Agreements))
}

// syntheticHeld counts the synthetic agreements and their recommendations
// in the database at path.
func syntheticHeld(t *testing.T, path string) (int, int) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var agreements, recs int
	q := `SELECT COUNT(DISTINCT a.id), COUNT(r.id) FROM agreements a LEFT JOIN recommendations r ON r.agreement_id = a.id
		WHERE a.title LIKE 'Synthetic Safety Valve agreement %'`
	if err := db.QueryRow(q).Scan(&agreements, &recs); err != nil && !strings.Contains(err.Error(), "no such table") {
		t.Fatal(err)
	}
	return agreements, recs
}
