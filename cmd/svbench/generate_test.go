package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
	"github.com/svbench/svbench/ingest"
)

// generatedContent digests what generate wrote that the seed decides: the
// rounds, their ratings and every rating's history, and the recommendations.
func generatedContent(t *testing.T, path string) (string, map[string]int) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_query_only=true")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := sha256.New()
	counts := map[string]int{}
	for _, tq := range [][2]string{
		{"assessments", `SELECT authority_code, title, assessed_on, source, follows_new, created_at FROM assessments WHERE source LIKE '%synthetic%' ORDER BY id`},
		{"ratings", `SELECT assessment_id, recommendation_id, rag, commentary, owner, version, updated_at, updated_by FROM ratings WHERE updated_by LIKE '%(synthetic)' ORDER BY 1, 2`},
		{"rating_changes", `SELECT assessment_id, recommendation_id, version, field, old_value, new_value, changed_by, changed_at FROM rating_changes ORDER BY id`},
		{"recommendations", `SELECT agreement_id, reference, text FROM recommendations ORDER BY id`},
	} {
		table, q := tq[0], tq[1]
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(h, table, vals)
			counts[table]++
		}
		rows.Close()
	}
	return fmt.Sprintf("%x", h.Sum(nil)), counts
}

// TestGenerate_Deterministic: the same seed writes the same rounds, ratings
// and history into two databases; another seed writes other ones. Each
// authority gets --rounds rounds, each over every agreement (the four
// shipped ones included), with a history of several saves per rating.
func TestGenerate_Deterministic(t *testing.T) {
	dir := t.TempDir()
	gen := func(name string, seed int) (string, map[string]int) {
		db := filepath.Join(dir, name)
		args := []string{"generate", "--db", db, "--authorities", "4", "--agreements", "6", "--rounds", "3", "--seed", fmt.Sprint(seed)}
		if code, _, stderr := run(t, args...); code != 0 {
			t.Fatalf("generate: exit %d: %s", code, stderr)
		}
		return generatedContent(t, db)
	}
	a, counts := gen("a.db", 1)
	b, _ := gen("b.db", 1)
	c, _ := gen("c.db", 2)
	if a != b {
		t.Error("the same seed wrote different data")
	}
	if a == c {
		t.Error("different seeds wrote the same data")
	}
	if counts["assessments"] != 4*3 {
		t.Errorf("%d rounds, want 4 authorities x 3", counts["assessments"])
	}
	store := openTestStore(t, filepath.Join(dir, "a.db"))
	ctx := context.Background()
	all, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	rounds, _ := store.FindAssessments(ctx, benchmark.AssessmentFilter{})
	for _, r := range rounds {
		if strings.HasPrefix(r.Title, "Synthetic round") && len(r.AgreementIDs) != len(all) {
			t.Errorf("%s covers %d agreements, want all %d", r.Title, len(r.AgreementIDs), len(all))
		}
	}
	// Each generated rating has two to six saves of one or more fields.
	generated := counts["ratings"]
	if n := counts["rating_changes"]; n < 2*generated || n > 6*5*generated {
		t.Errorf("%d history rows for %d generated ratings; want several saves each", n, generated)
	}
}

// TestGenerate_NationalCSVRows: 10,000 generated agreements make an ingest
// file of about 80,000 rows (one a recommendation mapping).
func TestGenerate_NationalCSVRows(t *testing.T) {
	store := openTestStore(t, filepath.Join(t.TempDir(), "svbench.db"))
	if code, _, stderr := run(t, "backup", filepath.Join(t.TempDir(), "seed.db"), "--db", store.DB.Path); code != 0 { // seeds the database
		t.Fatal(stderr)
	}
	ctx := context.Background()
	auths, _ := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	held, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	data, err := synthetic.Generate(synthetic.Options{Authorities: 153, Agreements: 10000, Seed: 1}, auths, held)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ingest.WriteAgreementsCSV(&buf, data.Agreements); err != nil {
		t.Fatal(err)
	}
	rows := bytes.Count(buf.Bytes(), []byte("\r\n")) - 1 // less the header
	if rows < 75_000 || rows > 95_000 {
		t.Errorf("%d rows, want about 80,000", rows)
	}
	if n := bytes.Count(buf.Bytes(), []byte("Synthetic Safety Valve agreement")); n < rows {
		t.Errorf("%d of %d rows name a synthetic agreement", n, rows)
	}
}

// TestGenerate_CSVDryRun: a generated file of several hundred agreements
// reads clean with 'import agreements --dry-run' into another database.
func TestGenerate_CSVDryRun(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "national.csv")
	if code, _, stderr := run(t, "generate", "--db", filepath.Join(dir, "gen.db"), "--authorities", "153", "--agreements", "300",
		"--rounds", "0", "--seed", "3", "--csv", file); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := run(t, "import", "agreements", file, "--dry-run", "--db", filepath.Join(dir, "other.db"))
	if code != 0 || stderr != "" || !strings.Contains(stdout, " created, ") {
		t.Fatalf("dry run: exit %d\n%.400s\n%s", code, stdout, stderr)
	}
	var created, revised int
	last := stdout[strings.LastIndex(strings.TrimSuffix(stdout, "\n"), "\n")+1:]
	if _, err := fmt.Sscanf(last, "%d created, %d revised, 0 unchanged.", &created, &revised); err != nil || created+revised != 300 {
		t.Errorf("dry run summary %q; want all 300 agreements read", last)
	}
}
