package web

import (
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"
)

// The editor is the display name a person gives once; it is kept in a
// cookie and written into every change they make. When accounts arrive,
// loadEditor is the one place to take the name from the signed-in user.
const editorCookie = "svbench_editor"

// maxEditorName bounds the display name.
const maxEditorName = 80

// loadEditor puts the editor's display name, if known, on the context.
func (s *Server) loadEditor(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if ck, err := c.Cookie(editorCookie); err == nil {
			if name, err := url.QueryUnescape(ck.Value); err == nil {
				c.Set("editor", strings.TrimSpace(name))
			}
		}
		return next(c)
	}
}

// editorFrom returns the editor's display name, or "".
func editorFrom(c echo.Context) string {
	name, _ := c.Get("editor").(string)
	return name
}

// editorPage is the "who is editing" form.
type editorPage struct {
	Page
	Name   string
	Return string
}

func (s *Server) handleEditorForm(c echo.Context) error {
	p := editorPage{Page: s.page(c, "Your name", ""), Name: editorFrom(c), Return: safeReturn(c.QueryParam("return"))}
	return s.render(c, http.StatusOK, "editor", p)
}

func (s *Server) handleEditorSave(c echo.Context) error {
	name := strings.TrimSpace(c.FormValue("name"))
	ret := safeReturn(c.FormValue("return"))
	var msg string
	switch {
	case name == "":
		msg = "Enter your name"
	case utf8.RuneCountInString(name) > maxEditorName:
		msg = "Name must be 80 characters or fewer"
	}
	if msg != "" {
		p := editorPage{Page: s.page(c, "Your name", ""), Name: name, Return: ret}
		p.Errors = []FieldError{{Field: "name", Message: msg}}
		return s.render(c, http.StatusUnprocessableEntity, "editor", p)
	}
	c.SetCookie(&http.Cookie{Name: editorCookie, Value: url.QueryEscape(name), Path: "/", MaxAge: 365 * 24 * 3600,
		HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return redirect(c, ret, "Changes you make will be recorded as made by "+name+".")
}

// safeReturn keeps a return path on this site: an absolute path with no
// scheme, host, backslash or control character (browsers drop tabs and
// line breaks, so "/\t/evil.example" would otherwise leave the site).
func safeReturn(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsAny(p, "\\") {
		return "/"
	}
	for _, r := range p {
		if r < 0x20 || r == 0x7f {
			return "/"
		}
	}
	if u, err := url.Parse(p); err != nil || u.Scheme != "" || u.Host != "" {
		return "/"
	}
	return p
}
