// Package web serves svbench's pages: an echo server with server-rendered,
// embedded templates and static files. It reads and writes only through the
// benchmark services; it never writes SQL.
package web

import "embed"

//go:embed templates
var templateFS embed.FS

//go:embed static
var staticFS embed.FS
