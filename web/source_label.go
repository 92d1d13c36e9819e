package web

import (
	"net/url"
	"strings"
)

// sourceLabel is the words a source link shows: the site it is on and the
// last part of its address, e.g. "schoolsweek.co.uk: ministers withold 17m
// from five safety valve councils". A page of sources then reads as a
// list of places rather than a column of raw addresses (some of which
// carry dates and times of their own); the link itself is the full address.
func sourceLabel(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return raw
	}
	host := strings.TrimPrefix(u.Host, "www.")
	parts := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(parts) == 0 {
		return host
	}
	last := parts[len(parts)-1]
	if v, err := url.PathUnescape(last); err == nil {
		last = v
	}
	last = strings.TrimSuffix(strings.TrimSuffix(last, ".html"), ".htm")
	return host + ": " + strings.NewReplacer("-", " ", "_", " ").Replace(last)
}
