package web

import (
	"time"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
)

// sessionCookie holds a signed-in browser's session token; storage keeps
// only its hash.
const sessionCookie = "svbench_session"

// loadSession puts the signed-in account and its session on the context
// when the browser's session cookie names a live session, recording the
// request now and then so that the idle timeout runs from the last one. A
// cookie naming a session that has ended is deleted, and the request
// marked, so that a save can keep what was typed.
func (s *Server) loadSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ck, err := c.Cookie(sessionCookie)
		if err != nil || ck.Value == "" {
			return next(c)
		}
		ctx := c.Request().Context()
		hash := auth.HashToken(ck.Value)
		sess, u, err := s.Sessions.FindSession(ctx, hash)
		switch code := benchmark.ErrorCode(err); {
		case code == benchmark.ENOTFOUND || code == benchmark.EUNAUTHORIZED:
			s.setCookie(c, sessionCookie, "", -1)
			c.Set(endedKey, true)
			return next(c)
		case err != nil:
			return err
		}
		if sess.NeedsTouch(time.Now()) {
			if err := s.Sessions.TouchSession(ctx, hash); err != nil && benchmark.ErrorCode(err) != benchmark.EUNAUTHORIZED {
				return err
			}
		}
		c.Set(userKey, u)
		c.Set(sessionKey, sess)
		return next(c)
	}
}

// startSession signs u in on a new session, ending the one the browser
// held (session rotation), and sets its cookie.
func (s *Server) startSession(c echo.Context, u *benchmark.User) error {
	ctx := c.Request().Context()
	if ck, err := c.Cookie(sessionCookie); err == nil && ck.Value != "" {
		if err := s.Sessions.DeleteSession(ctx, auth.HashToken(ck.Value)); err != nil && benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
			return err
		}
	}
	token := auth.NewToken()
	sess := &benchmark.Session{TokenHash: auth.HashToken(token), UserID: u.ID, CSRFToken: auth.NewToken()}
	if err := s.Sessions.CreateSession(ctx, sess); err != nil {
		return err
	}
	s.setCookie(c, sessionCookie, token, int(benchmark.SessionAbsoluteTimeout/time.Second))
	c.Set(userKey, u)
	c.Set(sessionKey, sess)
	return nil
}

// endSession signs the browser out: its session ends in storage and its
// cookie is deleted.
func (s *Server) endSession(c echo.Context) error {
	if ck, err := c.Cookie(sessionCookie); err == nil && ck.Value != "" {
		if err := s.Sessions.DeleteSession(c.Request().Context(), auth.HashToken(ck.Value)); err != nil && benchmark.ErrorCode(err) != benchmark.ENOTFOUND {
			return err
		}
	}
	s.setCookie(c, sessionCookie, "", -1)
	c.Set(userKey, nil)
	c.Set(sessionKey, nil)
	return nil
}
