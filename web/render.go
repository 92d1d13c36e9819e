package web

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// Page is what every page's data carries for the layout.
type Page struct {
	Title string
	// Section names the header navigation item to mark as current.
	Section string
	CSRF    string
	Flash   string
	// User is the signed-in account, nil for a visitor who is not.
	User *benchmark.User
	// Path is the request path, for links that return here.
	Path string
	// Errors, when set, are shown in an error summary at the top.
	Errors []FieldError
	// Yardstick is the model the header's "Deficit model" links to.
	Yardstick yardstick
}

// FieldError is one problem with a form or upload, linked to its field.
type FieldError struct {
	Field   string // the input's id, for the error summary link
	Message string
}

// page fills the common page fields from the request.
func (s *Server) page(c echo.Context, title, section string) Page {
	p := Page{Title: title, Section: section, User: userFrom(c), Path: c.Request().URL.RequestURI(), Yardstick: s.yardstick}
	if tok, ok := c.Get("csrf").(string); ok {
		p.CSRF = tok
	}
	p.Flash = popFlash(c)
	return p
}

// CanEdit reports whether the signed-in account edits the authority with
// the ONS code given, for templates that offer changes.
func (p Page) CanEdit(authorityCode string) bool { return p.User.CanEdit(authorityCode) }

// ErrorFor is the message of the first error on the field with the given
// input id, or "".
func (p Page) ErrorFor(field string) string {
	for _, e := range p.Errors {
		if e.Field == field {
			return e.Message
		}
	}
	return ""
}

// parseTemplates builds one template set per page: the layout, every
// partial, and the page itself.
func parseTemplates() (map[string]*template.Template, error) {
	partials, err := fs.Glob(templateFS, "templates/partials/*.html")
	if err != nil {
		return nil, err
	}
	pages, err := fs.Glob(templateFS, "templates/pages/*.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, p := range pages {
		files := append([]string{"templates/layout.html"}, partials...)
		files = append(files, p)
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, files...)
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", p, err)
		}
		out[strings.TrimSuffix(path.Base(p), ".html")] = t
	}
	return out, nil
}

// render executes the named page into a buffer first, so a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(c echo.Context, status int, name string, data any) error {
	t, ok := s.templates[name]
	if !ok {
		return fmt.Errorf("no template %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	return c.HTMLBlob(status, compactHTML(buf.Bytes()))
}

// redirect answers a successful form post: a flash message and 303.
func redirect(c echo.Context, to, flash string) error {
	if flash != "" {
		setFlash(c, flash)
	}
	return c.Redirect(http.StatusSeeOther, to)
}
