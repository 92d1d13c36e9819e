package web_test

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/svbench/svbench/benchmark"
)

// editorAccount stores an editor of every authority shown as name.
func editorAccount(tb testing.TB, app *testApp, name string) *benchmark.User {
	tb.Helper()
	all, err := app.Store.FindAuthorities(context.Background(), benchmark.AuthorityFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	u := &benchmark.User{DisplayName: name, Role: benchmark.RoleEditor}
	for _, a := range all {
		u.Authorities = append(u.Authorities, a.ONSCode)
	}
	return createAccount(tb, app, u)
}

// fillSignIn fills in the sign-in page the browser shows as u and sends it.
func fillSignIn(u *benchmark.User) chromedp.Action[chromedp.Void] {
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.WaitVisible(chromedp.ID("email")),
		chromedp.SendKeys(chromedp.ID("email"), u.Email),
		chromedp.SendKeys(chromedp.ID("password"), testPassword+kb.Enter),
	}
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		for _, step := range steps {
			if _, err := step(ctx, t); err != nil {
				return chromedp.Void{}, err
			}
		}
		return chromedp.Void{}, nil
	}
}

// newSignedInBrowser starts Chromium signed in as an editor of every
// authority shown as name.
func newSignedInBrowser(tb testing.TB, app *testApp, name string) context.Context {
	tb.Helper()
	ctx := newBrowser(tb)
	u := editorAccount(tb, app, name)
	if err := chromedp.Do(ctx, chromedp.Navigate(app.HTTP.URL+"/signin"), fillSignIn(u),
		chromedp.WaitVisible(chromedp.CSS(".sv-header__signout"))); err != nil {
		tb.Fatalf("sign in: %v", err)
	}
	return ctx
}
