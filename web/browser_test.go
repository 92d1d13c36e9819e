package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds the browser. Under CI=true a missing browser fails the
// test: `make test` installs it with .ci/install-test-deps.
func chromiumPath(tb testing.TB) string {
	tb.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal("chromium not found; run .ci/install-test-deps")
	}
	tb.Skip("chromium not found; run `make test`, which installs it")
	return ""
}

// newBrowser starts headless Chromium for one test and returns a context to
// drive it with chromedp; it stops when the test ends.
func newBrowser(tb testing.TB) context.Context {
	tb.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(tb)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	tb.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// axeViolation is one rule axe-core found broken on a page.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any `json:"target"`
	} `json:"nodes"`
}

// axeSource reads axe-core, installed from npm into web/e2e by
// .ci/install-test-deps.
func axeSource(tb testing.TB) string {
	tb.Helper()
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "e2e", "node_modules", "axe-core", "axe.min.js")
	data, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("axe-core missing (%v); run .ci/install-test-deps", err)
		}
		tb.Skipf("axe-core missing (%v); run `make test`, which installs it", err)
	}
	return string(data)
}

// checkAccessibility runs axe-core (WCAG 2.0-2.2 A and AA rules) on the page
// the browser shows and fails the test on any serious or critical violation.
func checkAccessibility(tb testing.TB, ctx context.Context, page string) {
	tb.Helper()
	script := axeSource(tb) + `;
		axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
		   .then(r => JSON.stringify(r.violations))`
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.Fatalf("%s: run axe: %v", page, err)
	}
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		tb.Fatalf("%s: read axe result: %v", page, err)
	}
	var bad []string
	for _, v := range vs {
		if v.Impact == "serious" || v.Impact == "critical" {
			bad = append(bad, fmt.Sprintf("%s (%s): %s at %v", v.ID, v.Impact, v.Help, v.Nodes))
		}
	}
	if len(bad) > 0 {
		tb.Errorf("%s: accessibility violations:\n%s", page, strings.Join(bad, "\n"))
	}
}
