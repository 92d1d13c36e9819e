package web

import (
	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// SignInForTest makes every request to s carry u as the signed-in
// account, standing in for sign-in in the tests of pages that need one.
func SignInForTest(s *Server, u *benchmark.User) {
	s.echo.Pre(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			c.Set(userKey, u)
			return next(c)
		}
	})
}
