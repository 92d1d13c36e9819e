package auth_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/svbench/svbench/auth"
)

// clock is a settable time for the throttle.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newThrottle() (*auth.Throttle, *clock) {
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	th := auth.NewThrottle()
	th.Now = c.now
	return th, c
}

// failTimes tries and fails n sign-ins, one a second, and returns how many
// were allowed.
func failTimes(th *auth.Throttle, c *clock, n int, email, addr string) int {
	allowed := 0
	for range n {
		if th.Allow(email, addr) {
			allowed++
			th.Fail(email, addr)
		}
		c.t = c.t.Add(time.Second)
	}
	return allowed
}

// TestThrottle_EleventhRefused: issue 12 says more than 10 failed sign-ins
// for one account within a minute are refused for a while.
func TestThrottle_EleventhRefused(t *testing.T) {
	th, c := newThrottle()
	if got := failTimes(th, c, 10, "ada@b.uk", ""); got != 10 {
		t.Fatalf("%d of the first 10 allowed", got)
	}
	if th.Allow("ADA@b.uk ", "") {
		t.Fatal("the eleventh sign-in within a minute was allowed")
	}
	if !th.Allow("ben@b.uk", "") {
		t.Error("another account is refused")
	}
	c.t = c.t.Add(th.Lockout - time.Second)
	if th.Allow("ada@b.uk", "") {
		t.Error("allowed again before the lockout ended")
	}
	c.t = c.t.Add(time.Second)
	if !th.Allow("ada@b.uk", "") {
		t.Error("still refused after the lockout")
	}
	if got := failTimes(th, c, 10, "ada@b.uk", ""); got != 10 {
		t.Errorf("after recovering, %d of 10 allowed; the count starts again", got)
	}
}

// Ten failures spread over more than a minute never lock an account.
func TestThrottle_Window(t *testing.T) {
	th, c := newThrottle()
	for range 30 {
		if !th.Allow("ada@b.uk", "") {
			t.Fatal("refused with fewer than 10 failures in any minute")
		}
		th.Fail("ada@b.uk", "")
		c.t = c.t.Add(7 * time.Second)
	}
}

// One address trying many accounts is refused on its eleventh failure,
// and a good sign-in to its own account does not reset it.
func TestThrottle_Address(t *testing.T) {
	th, c := newThrottle()
	for i := range 10 {
		email := fmt.Sprintf("user%d@b.uk", i)
		if !th.Allow(email, "198.51.100.7") {
			t.Fatalf("attempt %d refused", i+1)
		}
		th.Fail(email, "198.51.100.7")
		c.t = c.t.Add(time.Second)
	}
	th.Succeed("mine@b.uk")
	if th.Allow("user10@b.uk", "198.51.100.7") {
		t.Error("the eleventh failure from one address within a minute was allowed")
	}
	if !th.Allow("user10@b.uk", "203.0.113.9") {
		t.Error("the same account from another address is refused")
	}
}

func TestThrottle_SucceedClearsAccount(t *testing.T) {
	th, c := newThrottle()
	failTimes(th, c, 9, "ada@b.uk", "")
	th.Succeed("ada@b.uk")
	if got := failTimes(th, c, 10, "ada@b.uk", ""); got != 10 {
		t.Errorf("after a good sign-in, %d of 10 allowed", got)
	}
}

// The throttle is safe for concurrent use (run with -race) and counts
// every failure.
func TestThrottle_Concurrent(t *testing.T) {
	th, _ := newThrottle()
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() { th.Fail("ada@b.uk", "") })
		wg.Go(func() { th.Allow("ben@b.uk", "") })
	}
	wg.Wait()
	if th.Allow("ada@b.uk", "") {
		t.Error("10 concurrent failures did not lock the account")
	}
}
