package auth

import (
	"sync"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// Throttle limits failed sign-ins: after Limit failures for one account,
// or from one address, within Window, further attempts for it are refused
// for Lockout. It is held in memory and safe for concurrent use.
type Throttle struct {
	Limit   int
	Window  time.Duration
	Lockout time.Duration
	// Now returns the current time; tests may replace it.
	Now func() time.Time

	mu       sync.Mutex
	failures map[string][]time.Time
	locked   map[string]time.Time // key -> refused until
	swept    time.Time
}

// NewThrottle returns the sign-in throttle issue 12 asks for: more than
// 10 failures within a minute are refused for five minutes.
func NewThrottle() *Throttle {
	return &Throttle{Limit: 10, Window: time.Minute, Lockout: 5 * time.Minute, Now: time.Now,
		failures: map[string][]time.Time{}, locked: map[string]time.Time{}}
}

// keys are the throttle's counters for one attempt: the account (by its
// normalised email) and the address, when known.
func keys(email, addr string) []string {
	out := []string{"account:" + benchmark.NormalizeEmail(email)}
	if addr != "" {
		out = append(out, "addr:"+addr)
	}
	return out
}

// Allow reports whether a sign-in for email from addr may be tried now.
// It is false while either is locked out, and locks out whichever has had
// Limit failures within Window.
func (t *Throttle) Allow(email, addr string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.Now()
	ok := true
	for _, k := range keys(email, addr) {
		if until, locked := t.locked[k]; locked && now.Before(until) {
			ok = false
			continue
		}
		delete(t.locked, k)
		if len(t.recent(k, now)) >= t.Limit {
			t.locked[k] = now.Add(t.Lockout)
			delete(t.failures, k)
			ok = false
		}
	}
	return ok
}

// Fail records a failed sign-in for email from addr.
func (t *Throttle) Fail(email, addr string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.Now()
	t.sweep(now)
	for _, k := range keys(email, addr) {
		t.failures[k] = append(t.recent(k, now), now)
	}
}

// Succeed clears the account's failures after a good sign-in. The
// address keeps its count, so that one good account cannot reset the
// count of an address trying many others.
func (t *Throttle) Succeed(email string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.failures, keys(email, "")[0])
}

// recent returns k's failures within Window of now, dropping older ones.
func (t *Throttle) recent(k string, now time.Time) []time.Time {
	list := t.failures[k]
	i := 0
	for i < len(list) && now.Sub(list[i]) >= t.Window {
		i++
	}
	if i == len(list) {
		delete(t.failures, k)
		return nil
	}
	t.failures[k] = list[i:]
	return list[i:]
}

// sweep forgets, at most once a Window, counters and lockouts that have
// run out, so the maps do not grow with every address ever seen.
func (t *Throttle) sweep(now time.Time) {
	if now.Sub(t.swept) < t.Window {
		return
	}
	t.swept = now
	for k := range t.failures {
		t.recent(k, now)
	}
	for k, until := range t.locked {
		if !now.Before(until) {
			delete(t.locked, k)
		}
	}
}
