package web

import (
	"net/url"
	"strings"
)

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
