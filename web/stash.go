package web

import (
	"net/url"

	"github.com/labstack/echo/v4"
	"sync"
	"time"
)

// stashLife is how long a form posted after its session ended is kept for
// the person to sign in again; stashMax bounds how many are kept.
const (
	stashLife = time.Hour
	stashMax  = 10000
)

// stashed is one form posted when its session had ended: where it was
// posted and what it held.
type stashed struct {
	Path string
	Form url.Values
	at   time.Time
}

// stash keeps forms posted after a session ended, keyed by the browser's
// pre-session token, so that nothing typed is lost to signing in again.
// It is held in memory and safe for concurrent use.
type stash struct {
	mu    sync.Mutex
	forms map[string]stashed
}

func newStash() *stash { return &stash{forms: map[string]stashed{}} }

// put keeps form, posted to path, for the browser with the given key,
// replacing what it kept before.
func (st *stash) put(key, path string, form url.Values) {
	st.mu.Lock()
	defer st.mu.Unlock()
	now := time.Now()
	for k, v := range st.forms {
		if now.Sub(v.at) >= stashLife || len(st.forms) >= stashMax {
			delete(st.forms, k)
		}
	}
	st.forms[key] = stashed{Path: path, Form: form, at: now}
}

// take returns and forgets the browser's kept form when the path it was
// posted to matches.
func (st *stash) take(key string, match func(path string) bool) (stashed, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	v, ok := st.forms[key]
	if !ok || time.Since(v.at) >= stashLife || !match(v.Path) {
		return stashed{}, false
	}
	delete(st.forms, key)
	return v, true
}

// holds reports whether a form is kept for the browser with the given key.
func (st *stash) holds(key string) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	v, ok := st.forms[key]
	return ok && time.Since(v.at) < stashLife
}

// keptForm returns and forgets the form this browser posted to exactly
// path after its session ended, for the page that posts there to show it
// again.
func (s *Server) keptForm(c echo.Context, path string) (url.Values, bool) {
	ck, err := c.Cookie(presessionCookie)
	if err != nil {
		return nil, false
	}
	kept, ok := s.stash.take(ck.Value, func(p string) bool { return p == path })
	if !ok {
		return nil, false
	}
	return kept.Form, true
}
