package web

import (
	"bytes"
	"container/list"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// pageCache keeps rendered pages so that a page asked for again, by the
// same account, before anything stored has changed, is answered without
// reading the database or running a template. An entry's key holds the
// address, the account and what it may do, the UK date and the
// database's data version (benchmark.ChangeService), so any commit by any
// writer makes every older entry unreachable; the least recently used go
// first once the cache holds its budget of bytes.
//
// Downloads (the round's workbook and CSVs) are kept the same way: a
// workbook of a national round takes tens of milliseconds of CPU to write,
// and a team downloads the same round between changes. The date they say
// they were exported stays true, as the UK date is in the key; a kept
// workbook's file properties give the time it was written from this data.
//
// The CSRF token is the one part of a page that differs between two
// browsers of the same account: the page is kept split where the token
// stood and the asking browser's token is put back on the way out.
type pageCache struct {
	mu    sync.Mutex
	max   int
	size  int
	order *list.List // of *cachedPage, most recent first
	items map[string]*list.Element

	hits, misses atomic.Int64
}

// cachedPage is one kept answer.
type cachedPage struct {
	key    string
	status int
	header http.Header
	// parts are the page's bytes split where the CSRF token stood, so a
	// browser's own token is written between them.
	parts [][]byte
	size  int
}

// maxCachedPage is the largest answer kept: bigger ones are rare and
// would push out many small ones.
const maxCachedPage = 4 << 20

// DefaultPageCacheBytes is the page cache's budget unless SetPageCache
// says otherwise.
const DefaultPageCacheBytes = 32 << 20

func newPageCache(maxBytes int) *pageCache {
	if maxBytes <= 0 {
		return nil
	}
	return &pageCache{max: maxBytes, order: list.New(), items: map[string]*list.Element{}}
}

func (pc *pageCache) get(key string) (*cachedPage, bool) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	el, ok := pc.items[key]
	if !ok {
		pc.misses.Add(1)
		return nil, false
	}
	pc.hits.Add(1)
	pc.order.MoveToFront(el)
	return el.Value.(*cachedPage), true
}

func (pc *pageCache) put(p *cachedPage) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if el, ok := pc.items[p.key]; ok {
		pc.size -= el.Value.(*cachedPage).size
		pc.order.Remove(el)
	}
	pc.items[p.key] = pc.order.PushFront(p)
	pc.size += p.size
	for pc.size > pc.max {
		last := pc.order.Back()
		old := last.Value.(*cachedPage)
		pc.order.Remove(last)
		delete(pc.items, old.key)
		pc.size -= old.size
	}
}

// cacheable reports whether a request's answer may be kept: pages read
// with GET, not the sign-in and setup forms, not static files (the
// browser caches those), not
// a request carrying a one-time message for its page, and not one from a
// browser with a form kept from an ended session (its page shows it).
func (s *Server) cacheable(c echo.Context) bool {
	r := c.Request()
	if r.Method != http.MethodGet {
		return false
	}
	p := r.URL.Path
	switch {
	case strings.HasPrefix(p, "/static/"), p == "/healthz", p == "/signin", p == "/setup":
		return false
	}
	if ck, err := c.Cookie(flashCookie); err == nil && ck.Value != "" {
		return false
	}
	if ck, err := c.Cookie(presessionCookie); err == nil && s.stash.holds(ck.Value) {
		return false
	}
	return true
}

// pageKey is the key of a request's answer at data version v: what the
// answer depends on besides the stored data.
func pageKey(c echo.Context, v int64) string {
	var b strings.Builder
	r := c.Request()
	// The Accept header is part of the key: the same address answers the
	// grid's script with JSON and a browser with a page.
	fmt.Fprintf(&b, "%d|%s|%s|%s|", v, benchmark.UKTime(time.Now()).Format(time.DateOnly), r.URL.RequestURI(), r.Header.Get(echo.HeaderAccept))
	if u := userFrom(c); u != nil {
		fmt.Fprintf(&b, "%d|%s|%s|%t|%t|%s", u.ID, u.Actor(), u.Role, u.National, u.Disabled, strings.Join(u.Authorities, ","))
	}
	return b.String()
}

// cachePages answers a cacheable request from the page cache when it can,
// and keeps a successful answer otherwise. It runs after the route's
// rule, so a kept page is only ever handed to someone allowed it.
func (s *Server) cachePages(h echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if s.pages == nil || s.Changes == nil || !s.cacheable(c) {
			return h(c)
		}
		v, err := s.Changes.DataVersion(c.Request().Context())
		if err != nil {
			return h(c)
		}
		token, _ := c.Get("csrf").(string)
		key := pageKey(c, v)
		if p, ok := s.pages.get(key); ok {
			return p.serve(c, token)
		}
		res := c.Response()
		tee := &teeWriter{ResponseWriter: res.Writer}
		res.Writer = tee
		err = h(c)
		res.Writer = tee.ResponseWriter
		// Cache-Control speaks to the browser (downloads say no-store, so a
		// shared computer keeps no copy); this cache is the server's own.
		if err != nil || res.Status != http.StatusOK || tee.over || res.Header().Get("Set-Cookie") != "" {
			return err
		}
		body := tee.buf.Bytes()
		parts := [][]byte{body}
		if token != "" {
			parts = bytes.Split(body, []byte(token))
		}
		header := res.Header().Clone()
		header.Del("Content-Length")
		s.pages.put(&cachedPage{key: key, status: res.Status, header: header, parts: parts, size: len(body)})
		return nil
	}
}

// serve writes a kept page with the asking browser's CSRF token, in one
// write: a page holding many forms has the token many times, and writing
// each part on its own cost a system call apiece.
func (p *cachedPage) serve(c echo.Context, token string) error {
	h := c.Response().Header()
	for k, v := range p.header {
		h[k] = v
	}
	buf := servePool.Get().(*bytes.Buffer)
	defer servePool.Put(buf)
	buf.Reset()
	for i, part := range p.parts {
		if i > 0 {
			buf.WriteString(token)
		}
		buf.Write(part)
	}
	h.Set(echo.HeaderContentLength, strconv.Itoa(buf.Len()))
	w := c.Response()
	w.WriteHeader(p.status)
	_, err := w.Write(buf.Bytes())
	return err
}

// servePool holds the buffers serve assembles pages in.
var servePool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// teeWriter passes an answer on and keeps a copy, up to maxCachedPage.
type teeWriter struct {
	http.ResponseWriter
	buf  bytes.Buffer
	over bool
}

func (t *teeWriter) Write(b []byte) (int, error) {
	if !t.over {
		if t.buf.Len()+len(b) > maxCachedPage {
			t.over = true
			t.buf = bytes.Buffer{}
		} else {
			t.buf.Write(b)
		}
	}
	return t.ResponseWriter.Write(b)
}

// Flush passes a flush on, for answers that stream.
func (t *teeWriter) Flush() {
	if f, ok := t.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// SetPageCache sets the page cache's budget in bytes; 0 turns it off.
func (s *Server) SetPageCache(maxBytes int) { s.pages = newPageCache(maxBytes) }

// PageCacheStats reports how many answers came from the page cache and
// how many were built.
func (s *Server) PageCacheStats() (hits, misses int64) {
	if s.pages == nil {
		return 0, 0
	}
	return s.pages.hits.Load(), s.pages.misses.Load()
}
