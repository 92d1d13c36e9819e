package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/svbench/svbench/auth"
)

// syncBuffer is a bytes.Buffer safe to write from the server and read
// from the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var setupLink = regexp.MustCompile(`http://127\.0\.0\.1:\d+/setup\?token=[A-Za-z0-9_-]+`)

// serveUntil runs 'svbench serve' on a free loopback port until stdout
// shows want (or a minute passes), then returns its stdout and a function
// that stops it.
func serveUntil(t *testing.T, db string, want *regexp.Regexp) (*syncBuffer, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	m := NewMain()
	m.Hasher = auth.NewHasher(auth.TestParams)
	out := &syncBuffer{}
	m.Stdout, m.Stderr, m.Stdin = out, &syncBuffer{}, strings.NewReader("")
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--db", db}) }()
	stop := func() { cancel(); <-done; m.Close() }
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if want.MatchString(out.String()) {
			return out, stop
		}
	}
	stop()
	t.Fatalf("serve printed %q, want a match for %s", out.String(), want)
	return nil, nil
}

// TestServe_PrintsSetupLink: on a database with no admin, serve prints a
// one-time link whose page creates the first admin.
func TestServe_PrintsSetupLink(t *testing.T) {
	db := filepath.Join(t.TempDir(), "svbench.db")
	out, stop := serveUntil(t, db, setupLink)
	defer stop()
	link := setupLink.FindString(out.String())
	resp, err := http.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "Create the first admin") {
		t.Errorf("GET %s = %d, want the setup form", link, resp.StatusCode)
	}
}

// TestServe_NoLinkOnceAnAdminExists: with an admin, serve prints no link.
func TestServe_NoLinkOnceAnAdminExists(t *testing.T) {
	db := filepath.Join(t.TempDir(), "svbench.db")
	mustRun(t, goodPassword, "users", "add", "--email", "admin@b.uk", "--role", "admin", "--db", db)
	out, stop := serveUntil(t, db, regexp.MustCompile(`is serving`))
	time.Sleep(100 * time.Millisecond)
	stop()
	if strings.Contains(out.String(), "setup?token=") {
		t.Errorf("serve printed a setup link with an admin: %q", out.String())
	}
}
