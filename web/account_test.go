package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
)

// testHasher hashes the test accounts' passwords cheaply.
var testHasher = auth.NewHasher(auth.TestParams)

// testPassword is every test account's password.
const testPassword = "correct horse battery staple"

// accountSeq numbers the test accounts' emails.
var accountSeq atomic.Int64

// createAccount stores u (given an email when it has none) with
// testPassword.
func createAccount(tb testing.TB, app *testApp, u *benchmark.User) *benchmark.User {
	tb.Helper()
	if u.Email == "" {
		u.Email = fmt.Sprintf("account%d@council.example", accountSeq.Add(1))
	}
	if err := app.Store.CreateUser(context.Background(), u, testHasher.Hash(testPassword)); err != nil {
		tb.Fatalf("create account %s: %v", u.Email, err)
	}
	return u
}

// signedInAs stores u and returns a visitor signed in as it through the
// sign-in form, holding its session's CSRF token.
func signedInAs(tb testing.TB, app *testApp, u *benchmark.User) *visitor {
	tb.Helper()
	createAccount(tb, app, u)
	cl := anonymousVisitor(tb, app)
	cl.signIn(tb, u.Email, testPassword)
	return cl
}

// signIn signs the visitor in and reads its new session's CSRF token.
func (cl *visitor) signIn(tb testing.TB, email, password string) {
	tb.Helper()
	resp := cl.post(tb, "/signin", url.Values{"email": {email}, "password": {password}, "return": {"/"}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		tb.Fatalf("sign in as %s = %d", email, resp.StatusCode)
	}
	cl.refreshToken(tb, "/")
}
