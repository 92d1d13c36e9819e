package sqlite

import (
	"context"
	"slices"

	"github.com/svbench/svbench/benchmark"
)

// cachedSession is a session with its account, as FindSession returns it.
type cachedSession struct {
	sess *benchmark.Session
	user *benchmark.User
}

// copySession returns copies a caller may change.
func copySession(e cachedSession) cachedSession {
	s, u := *e.sess, *e.user
	u.Authorities = slices.Clone(u.Authorities)
	return cachedSession{&s, &u}
}

// findCachedSession answers FindSession from memory while the database has
// not changed since the session was read; expiry is checked on every use.
func (s *SessionService) findCachedSession(ctx context.Context, hash string) (*benchmark.Session, *benchmark.User, error) {
	e, err := cachedRead(ctx, s.db, &s.cache, scopeAccounts, hash, func() (cachedSession, error) {
		sess, u, err := s.findSession(ctx, hash)
		return cachedSession{sess, u}, err
	}, copySession, func(e cachedSession) error {
		if e.sess.Expired(s.db.Now()) {
			return benchmark.Errorf(benchmark.EUNAUTHORIZED, errSessionEnded)
		}
		return nil
	})
	return e.sess, e.user, err
}
