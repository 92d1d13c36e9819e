package web_test

import (
	"context"
	"database/sql"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// largeAgreementCSV writes a valid agreement file of at least size bytes:
// one Bristol agreement whose recommendations are long enough that a few
// thousand rows reach it. It returns the file and its number of rows.
func largeAgreementCSV(size int) ([]byte, int) {
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation,theme,sub_theme\r\n")
	filler := strings.Repeat("Create resourced provision places in mainstream schools and review them termly. ", 24)
	n := 0
	for b.Len() < size {
		n++
		ref := strconv.Itoa(n)
		// The theme and sub-theme are the shipped taxonomy's (datasets/themes).
		b.WriteString("Bristol,Large agreement: Bristol,2025-26," + ref + ",Recommendation " + ref + ". " + filler +
			",Local Placement Sufficiency and Managing Demand,School Provision and Process\r\n")
	}
	return []byte(b.String()), n
}

func TestUpload_LargeValidFileConfirmsThroughTheWeb(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	data, rows := largeAgreementCSV(48 << 20 / 10) // 4.8 MB
	if len(data) >= ingest.MaxFileSize || len(data) < 48<<20/10 {
		t.Fatalf("the file is %d bytes; want 4.8 MB, under the %d-byte cap", len(data), ingest.MaxFileSize)
	}
	before := agreementCount(t, app)
	resp, page := cl.postFile(t, "/upload/agreements", "large.csv", data, nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("preview = %d: %q", resp.StatusCode, errorSummary(t, page))
	}
	doc := parseHTML(t, page)
	token := hiddenValue(doc, "upload")
	if token == "" || strings.Contains(page, `name="data"`) {
		t.Fatal("the preview does not carry a token, or still carries the file")
	}
	form := url.Values{"upload": {token}}
	resp = cl.post(t, "/upload/agreements/confirm", form, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm = %d", resp.StatusCode)
	}
	if agreementCount(t, app) != before+1 {
		t.Fatalf("%d agreements, want %d", agreementCount(t, app), before+1)
	}
	id, err := strconv.Atoi(strings.TrimPrefix(resp.Header.Get("Location"), "/agreements/"))
	if err != nil {
		t.Fatalf("confirm leads to %q", resp.Header.Get("Location"))
	}
	a, err := app.Store.FindAgreementByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Recommendations) != rows {
		t.Fatalf("the agreement holds %d recommendations, want every row: %d", len(a.Recommendations), rows)
	}
	last := a.Recommendations[rows-1]
	if last.Reference != strconv.Itoa(rows) || !strings.HasPrefix(last.Text, "Recommendation "+strconv.Itoa(rows)+". Create resourced") {
		t.Errorf("last recommendation = %s %.40q", last.Reference, last.Text)
	}
	// The checked file is forgotten once imported: the token works once.
	resp = cl.post(t, "/upload/agreements/confirm", form, false)
	if got := errorSummary(t, body(t, resp)); resp.StatusCode != http.StatusUnprocessableEntity || len(got) != 1 || got[0] != benchmark.ErrUploadUnknown {
		t.Errorf("second confirm = %d %q", resp.StatusCode, got)
	}
	if agreementCount(t, app) != before+1 {
		t.Error("the second confirm wrote to the database")
	}
}

// ageUploads makes every checked upload older than its lifetime, as the
// clock would an hour later, straight in the database file.
func ageUploads(t *testing.T, app *testApp) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+app.Store.DB.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	old := time.Now().Add(-benchmark.PendingUploadLifetime - time.Minute).UTC().Format(time.RFC3339Nano)
	if _, err := db.Exec(`UPDATE pending_uploads SET created_at = ?, expires_at = ?`, old, old); err != nil {
		t.Fatal(err)
	}
}

func TestUpload_ConfirmRefusesTokenUnknownExpiredOrOthers(t *testing.T) {
	app := newTestServer(t)
	ada := newVisitor(t, app, "Ada")
	ben := newVisitor(t, app, "Ben")
	before := agreementCount(t, app)
	_, page := ada.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	token := hiddenValue(parseHTML(t, page), "upload")
	for _, c := range []struct {
		name string
		who  *visitor
		form url.Values
		want string
	}{
		{"no token", ada, url.Values{}, benchmark.ErrUploadUnknown},
		{"unknown token", ada, url.Values{"upload": {token + "x"}}, benchmark.ErrUploadUnknown},
		{"another account's token", ben, url.Values{"upload": {token}}, benchmark.ErrUploadOtherAccount},
	} {
		resp := c.who.post(t, "/upload/agreements/confirm", c.form, false)
		if got := errorSummary(t, body(t, resp)); resp.StatusCode != http.StatusUnprocessableEntity || len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: %d %q, want 422 %q", c.name, resp.StatusCode, got, c.want)
		}
	}
	ageUploads(t, app)
	resp := ada.post(t, "/upload/agreements/confirm", url.Values{"upload": {token}}, false)
	if got := errorSummary(t, body(t, resp)); resp.StatusCode != http.StatusUnprocessableEntity || len(got) != 1 || got[0] != benchmark.ErrUploadExpired {
		t.Errorf("expired: %d %q", resp.StatusCode, got)
	}
	if agreementCount(t, app) != before {
		t.Error("a refused confirm wrote to the database")
	}
	// The next check deletes the expired file.
	ada.postFile(t, "/upload/agreements", "bristol.csv", []byte(uploadCSV), nil)
	db, err := sql.Open("sqlite3", "file:"+app.Store.DB.Path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM pending_uploads`).Scan(&n); err != nil || n != 1 {
		t.Errorf("%d checked uploads kept (%v), want only the new one", n, err)
	}
}

func TestUploadForm_StatesTheLimits(t *testing.T) {
	app := newTestServer(t)
	_, page := newVisitor(t, app, "Ada").get(t, "/upload/agreements")
	// The limits are ingest's: MaxFileSize, MaxRows, MaxColumns,
	// MaxCommandFileSize and MaxCommandRows (ingest/decode.go).
	for _, want := range []string{
		"up to 5 MB and 50,000 rows",
		"A file here may be up to 5 MB and 50,000 rows, the header included, with at most 50 columns.",
		"Larger files, up to 100 MB and 200,000 rows, are imported on the command line",
	} {
		if !strings.Contains(text(parseHTML(t, page)), want) {
			t.Errorf("the upload page does not say %q", want)
		}
	}
}
