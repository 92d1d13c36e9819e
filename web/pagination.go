package web

import (
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"
)

// pageSize is how many rows a paged list shows at a time.
const pageSize = 25

// pagination is one page of a long list and the links to the others, as
// GOV.UK's pagination component shows them.
type pagination struct {
	// Number is the page shown, from 1; Pages how many there are.
	Number, Pages int
	// Total counts the rows of every page.
	Total int
	// Links has one entry per page number shown, with gaps as Ellipsis.
	Links            []pageLink
	Previous, Next   string
	base             url.Values
	path             string
	offset, pageSize int
}

// pageLink is one numbered link of the pagination, or a gap.
type pageLink struct {
	Number   int
	Href     string
	Current  bool
	Ellipsis bool
}

// readPage reads ?page=N (1 when absent or wrong) for a list of total
// rows at size a page; a page past the end shows the last.
func readPage(c echo.Context, total, size int) pagination {
	return pageAt(c.Request().URL.Path, c.QueryParams(), total, size)
}

// pageAt is readPage for the list at path under the query base, whose
// "page" is the page asked for: a form posted back to another address
// shows the page it was posted from, with links to the list's own pages.
func pageAt(path string, base url.Values, total, size int) pagination {
	n, _ := strconv.Atoi(base.Get("page"))
	pages := max(1, (total+size-1)/size)
	n = min(max(n, 1), pages)
	p := pagination{Number: n, Pages: pages, Total: total, path: path,
		base: base, offset: (n - 1) * size, pageSize: size}
	if n > 1 {
		p.Previous = p.href(n - 1)
	}
	if n < pages {
		p.Next = p.href(n + 1)
	}
	for i := 1; i <= pages; i++ {
		switch {
		case i == 1 || i == pages || (i >= n-1 && i <= n+1):
			p.Links = append(p.Links, pageLink{Number: i, Href: p.href(i), Current: i == n})
		case len(p.Links) > 0 && !p.Links[len(p.Links)-1].Ellipsis:
			p.Links = append(p.Links, pageLink{Ellipsis: true})
		}
	}
	return p
}

// href is the address of page n, keeping the rest of the query.
func (p pagination) href(n int) string {
	q := url.Values{}
	for k, v := range p.base {
		q[k] = v
	}
	if n == 1 {
		q.Del("page")
	} else {
		q.Set("page", strconv.Itoa(n))
	}
	if len(q) == 0 {
		return p.path
	}
	return p.path + "?" + q.Encode()
}

// Many reports whether the list needs more than one page.
func (p pagination) Many() bool { return p.Pages > 1 }

// Limit is how many rows a page holds.
func (p pagination) Limit() int { return p.pageSize }

// Offset is how many rows come before the page's first.
func (p pagination) Offset() int { return p.offset }

// First and Last number the page's rows from 1, for "Showing 26 to 50".
func (p pagination) First() int { return min(p.offset+1, p.Total) }

// Last is the number of the page's last row.
func (p pagination) Last() int { return min(p.offset+p.pageSize, p.Total) }
