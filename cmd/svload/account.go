package main

import (
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os/exec"
	"strings"

	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

// The load clients sign in as one synthetic editor of every authority, so
// they may read every round and save any rating.
const (
	loadEmail    = "load-client@svbench.invalid"
	loadPassword = "synthetic load client passphrase"
)

// addLoadAccount adds the load clients' account to db with svbench users
// add, the password on standard input as a person gives it.
func addLoadAccount(bin, db string) error {
	data, err := fs.ReadFile(datasets.FS, "authorities.csv")
	if err != nil {
		return err
	}
	list, err := ingest.ParseAuthorities(data)
	if err != nil {
		return err
	}
	args := []string{"users", "add", "--db", db, "--email", loadEmail, "--role", "editor", "--name", "Load client (synthetic)"}
	for _, a := range list {
		args = append(args, "--authority", a.ONSCode)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(loadPassword + "\n")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("svbench users add: %w\n%s", err, out)
	}
	return nil
}

// signIn signs a new client in through the sign-in form and keeps its
// session cookie and its session's CSRF token.
func signIn(srv *server, clients int) (*editor, error) {
	jar, _ := cookiejar.New(nil)
	cl := newClient(clients)
	cl.Jar = jar
	cl.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	e := &editor{http: cl}
	if err := e.readToken(srv.base + "/signin"); err != nil {
		return nil, err
	}
	resp, err := e.post(srv.base+"/signin", url.Values{"email": {loadEmail}, "password": {loadPassword}, "return": {"/"}})
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		return nil, fmt.Errorf("POST /signin: %d", resp.StatusCode)
	}
	// Signing in starts a new session with a token of its own.
	return e, e.readToken(srv.base + "/")
}

// readToken reads the CSRF token from the forms of the page at u.
func (e *editor) readToken(u string) error {
	resp, err := e.http.Get(u)
	if err != nil {
		return err
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := csrfField.FindSubmatch(page)
	if m == nil {
		return fmt.Errorf("no CSRF token on %s", u)
	}
	e.csrf = string(m[1])
	return nil
}
