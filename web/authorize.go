package web

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// rule is a route's authorisation: who may use it. The permissions
// themselves are the domain's (benchmark.User's Can methods); a rule only
// says which one a route asks, and of which authority.
type rule struct {
	// Name is how the route table and its test call the rule.
	Name string
	// public lets visitors who are not signed in through; every other
	// rule sends them to sign in first.
	public bool
	// allow reports whether the account may use the route.
	allow func(s *Server, c echo.Context, u *benchmark.User) (bool, error)
}

// The rules of the route table.
var (
	// public: the published documents and the pages that list only what
	// the visitor may read.
	public = rule{Name: "public", public: true, allow: func(*Server, echo.Context, *benchmark.User) (bool, error) { return true, nil }}
	// signedIn: any account; the page shows only what it may read.
	signedIn = rule{Name: "signedIn", allow: func(*Server, echo.Context, *benchmark.User) (bool, error) { return true, nil }}
	// canReadRound: the round named by :id is one the account may read.
	canReadRound = rule{Name: "canReadRound", allow: roundRule((*benchmark.User).CanRead)}
	// canEditRound: the account edits the authority of the round named
	// by :id.
	canEditRound = rule{Name: "canEditRound", allow: roundRule((*benchmark.User).CanEdit)}
	// editorAnywhere: an editor of some authority; the handler checks the
	// authority the form names.
	editorAnywhere = rule{Name: "editorAnywhere", allow: func(_ *Server, _ echo.Context, u *benchmark.User) (bool, error) {
		return u.IsEditor(), nil
	}}
	// canUpload: any editor may upload an agreement.
	canUpload = rule{Name: "canUpload", allow: func(_ *Server, _ echo.Context, u *benchmark.User) (bool, error) {
		return u.CanUpload(), nil
	}}
	// admin: an admin, who renames, reopens and deletes rounds and
	// removes uploaded agreements.
	admin = rule{Name: "admin", allow: func(_ *Server, _ echo.Context, u *benchmark.User) (bool, error) {
		return u.CanManage(), nil
	}}
	// canReviewMappings: any editor may review a theme mapping.
	canReviewMappings = rule{Name: "canReviewMappings", allow: func(_ *Server, _ echo.Context, u *benchmark.User) (bool, error) {
		return u.CanReviewMappings(), nil
	}}
)

// canShare: the account edits the authority named by :code, whose
// sharing with other authorities it decides.
var canShare = rule{Name: "canShare", allow: func(s *Server, c echo.Context, u *benchmark.User) (bool, error) {
	a, err := s.Authorities.FindAuthority(c.Request().Context(), c.Param("code"))
	if err != nil {
		return false, err
	}
	return u.CanShare(a.ONSCode), nil
}}

// roundRule asks can of the authority of the round named by :id.
func roundRule(can func(*benchmark.User, string) bool) func(*Server, echo.Context, *benchmark.User) (bool, error) {
	return func(s *Server, c echo.Context, u *benchmark.User) (bool, error) {
		id, err := pathID(c, "id")
		if err != nil {
			return false, err
		}
		a, err := s.Assessments.FindAssessmentByID(c.Request().Context(), id)
		if err != nil {
			return false, err
		}
		return can(u, a.AuthorityCode), nil
	}
}

// errForbidden refuses a signed-in account what its role or scope does
// not allow.
var errForbidden = echo.NewHTTPError(http.StatusForbidden,
	"Your account cannot do this: it does not work for this authority, or its role does not allow it. Nothing was changed.")

// route adds a route with its rule: the only way routes are added.
func (s *Server) route(method, path string, h echo.HandlerFunc, r rule) {
	s.rules[method+" "+path] = r
	if method == http.MethodGet {
		h = s.cachePages(h)
	}
	s.echo.Add(method, path, s.guard(r, h))
}

// Route is one entry of the route table, for tests that walk it.
type Route struct {
	Method, Path string
	// Rule names the route's authorisation rule, "" when it has none.
	Rule string
}

// Routes lists every route echo serves with the rule it was given.
func (s *Server) Routes() []Route {
	var out []Route
	for _, r := range s.echo.Routes() {
		out = append(out, Route{Method: r.Method, Path: r.Path, Rule: s.rules[r.Method+" "+r.Path].Name})
	}
	return out
}

// guard applies a route's rule. A visitor who is not signed in is sent to
// sign in (a script gets 401), with what a refused form held kept for
// after; a state-changing request must carry the browser's CSRF token;
// an account the rule refuses gets 403.
func (s *Server) guard(r rule, h echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		u := userFrom(c)
		write := c.Request().Method != http.MethodGet && c.Request().Method != http.MethodHead
		if u == nil && !r.public {
			back := c.Request().URL.RequestURI()
			if write {
				back = returnPath(c)
				s.keepForm(c)
			}
			return s.signInFirst(c, back)
		}
		if write {
			if err := s.checkCSRF(c); err != nil {
				return err
			}
		}
		if ok, err := r.allow(s, c, u); err != nil {
			return err
		} else if !ok {
			return errForbidden
		}
		return h(c)
	}
}

// signInFirst answers a visitor who must sign in: to the sign-in page
// and back to the page at back, or for a script 401 with {"signin": url}.
func (s *Server) signInFirst(c echo.Context, back string) error {
	to := "/signin?return=" + url.QueryEscape(back)
	setFlash(c, signInMessage(c))
	if wantsJSON(c) {
		return c.JSON(http.StatusUnauthorized, map[string]string{"signin": to, "error": signInMessage(c)})
	}
	return c.Redirect(http.StatusSeeOther, to)
}

// keepForm keeps what a visitor who must sign in posted, so that the page
// they return to can show what they typed (see stash).
func (s *Server) keepForm(c echo.Context) {
	if form, err := c.FormParams(); err == nil {
		form.Del("_csrf")
		s.stash.put(s.presession(c), c.Request().URL.Path, form)
	}
}

// signInMessage says why the visitor is asked to sign in.
func signInMessage(c echo.Context) string {
	if ended, _ := c.Get(endedKey).(bool); ended {
		return "Your session has ended. Sign in again: what you typed has been kept and nothing was saved yet."
	}
	return "Sign in to continue."
}

// returnPath is where a refused form's poster goes back to: the form's
// own return field, or the page it was posted from.
func returnPath(c echo.Context) string {
	if back := safeReturn(c.FormValue("return")); back != "/" {
		return back
	}
	if ref, err := url.Parse(c.Request().Referer()); err == nil && ref.Host == c.Request().Host {
		return safeReturn(ref.RequestURI())
	}
	return "/"
}
