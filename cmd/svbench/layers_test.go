package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The layering of docs/architecture.md, as data: every package of the
// module belongs to one layer, and each layer lists the imports it must
// never have, directly or through another package.

const module = "github.com/svbench/svbench"

// layer names one layer and the package paths (relative to the module)
// that belong to it; a path ending in "/..." takes its sub-packages too.
type layer struct {
	name     string
	packages []string
	// forbidden are import paths this layer must not reach, with the
	// reason; "our/" stands for the module path.
	forbidden []forbid
}

// forbid is one import a layer must not have and why.
type forbid struct {
	path, why string
}

var (
	ioLibraries = []forbid{
		{"database/sql", "the domain does no I/O"},
		{"net/http", "the domain does no I/O"},
		{"os", "the domain does no I/O"},
		{"os/exec", "the domain does no I/O"},
		{"io/fs", "the domain reads no files"},
		{"embed", "the domain reads no files"},
		{"encoding/csv", "the domain reads no files"},
		{"github.com/labstack/echo/v4/...", "the domain does no I/O"},
		{"github.com/xuri/excelize/v2/...", "the domain reads no files"},
		{"github.com/gocarina/gocsv", "the domain reads no files"},
		{"github.com/mattn/go-sqlite3", "the domain does no I/O"},
	}
	adapters = []string{"our/auth/...", "our/sqlite/...", "our/ingest/...", "our/export/...", "our/models/...", "our/web/...", "our/datasets/...", "our/cmd/..."}
)

func deny(why string, paths ...string) []forbid {
	out := make([]forbid, len(paths))
	for i, p := range paths {
		out[i] = forbid{p, why}
	}
	return out
}

func layers() []layer {
	return []layer{
		{name: "domain", packages: []string{"benchmark/..."},
			forbidden: append(deny("the domain imports no adapter", adapters...), ioLibraries...)},
		{name: "storage", packages: []string{"sqlite/..."},
			forbidden: deny("storage stores what the domain hands it and parses no files",
				"our/models/...", "our/ingest/...", "our/export/...", "our/web/...", "our/datasets/...",
				"github.com/gocarina/gocsv", "github.com/xuri/excelize/v2/...", "encoding/csv", "net/http", "github.com/labstack/echo/v4/...")},
		{name: "ingest", packages: []string{"ingest/..."},
			forbidden: deny("ingest reads files into domain values and never touches storage, models or HTTP",
				"our/sqlite/...", "our/models/...", "our/export/...", "our/web/...", "database/sql", "net/http", "github.com/labstack/echo/v4/...")},
		{name: "export", packages: []string{"export/..."},
			forbidden: deny("exports read through the domain and reach models through the deficit interfaces",
				"our/models/...", "our/sqlite/...", "our/web/...", "our/datasets/...", "database/sql", "net/http", "github.com/labstack/echo/v4/...")},
		{name: "models", packages: []string{"models/..."},
			forbidden: deny("a model is a pure function of parsed inputs: it reads no files and no storage",
				"our/ingest/...", "our/sqlite/...", "our/export/...", "our/web/...", "our/datasets/...",
				"github.com/gocarina/gocsv", "github.com/xuri/excelize/v2/...", "encoding/csv", "os", "io/fs", "embed", "database/sql", "net/http")},
		{name: "web", packages: []string{"web/..."},
			forbidden: deny("the web reads through domain services and deficit interfaces, never storage, datasets or one model",
				"our/sqlite/...", "our/datasets/...", "our/models/...", "database/sql", "github.com/mattn/go-sqlite3")},
		{name: "auth", packages: []string{"auth/..."},
			forbidden: deny("auth hashes and throttles for sign-in; it keeps nothing and reads no files",
				"our/sqlite/...", "our/web/...", "our/ingest/...", "our/export/...", "our/models/...", "our/datasets/...", "our/cmd/...",
				"database/sql", "net/http", "github.com/labstack/echo/v4/...", "github.com/mattn/go-sqlite3")},
		{name: "datasets", packages: []string{"datasets"},
			forbidden: deny("datasets only embeds files", "our/..."),
		},
		{name: "wiring", packages: []string{"cmd/...", "internal/shipped"}},
	}
}

// pkg is what the checker needs of one package: its files' imports and,
// for every package in the build, what it depends on.
type pkg struct {
	path, dir string
	std       bool
	// files maps a file name to its imports and their lines.
	files map[string][]fileImport
	deps  []string
}

type fileImport struct {
	path string
	line int
}

// match reports whether import path p matches pattern pat ("our/" is the
// module, a trailing "/..." takes sub-packages).
func match(pat, p string) bool {
	pat = strings.Replace(pat, "our/", module+"/", 1)
	if pat == module+"/..." {
		return strings.HasPrefix(p, module+"/") || p == module
	}
	if base, ok := strings.CutSuffix(pat, "/..."); ok {
		return p == base || strings.HasPrefix(p, base+"/")
	}
	return p == pat
}

// layerOf finds the layer of one of our packages, or nil.
func layerOf(ls []layer, p string) *layer {
	rel := strings.TrimPrefix(p, module+"/")
	for i := range ls {
		for _, pat := range ls[i].packages {
			if match("our/"+pat, module+"/"+rel) {
				return &ls[i]
			}
		}
	}
	return nil
}

// checkLayers returns one line per forbidden arrow, naming the file, the
// import and, when the import only leads there, what it brings in.
func checkLayers(ls []layer, pkgs map[string]*pkg) []string {
	var out []string
	for _, p := range pkgs {
		if p.std || !match("our/...", p.path) {
			continue
		}
		l := layerOf(ls, p.path)
		if l == nil {
			out = append(out, fmt.Sprintf("%s: package %s belongs to no layer of docs/architecture.md", p.dir, p.path))
			continue
		}
		for file, imps := range p.files {
			for _, imp := range imps {
				if msg := forbidden(l, pkgs, imp.path); msg != "" {
					out = append(out, fmt.Sprintf("%s:%d: %s imports %s%s", filepath.Join(p.dir, file), imp.line, l.name, imp.path, msg))
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// forbidden explains why layer l may not import path, directly or through
// what path brings in; it is "" when the import is allowed. Standard
// library packages are judged only when imported directly (fmt imports os).
func forbidden(l *layer, pkgs map[string]*pkg, path string) string {
	for _, f := range l.forbidden {
		if match(f.path, path) {
			return " (" + f.why + ")"
		}
	}
	if dep, ok := pkgs[path]; ok {
		for _, d := range dep.deps {
			dp, ok := pkgs[d]
			if ok && dp.std {
				continue
			}
			for _, f := range l.forbidden {
				if match(f.path, d) {
					return ", which brings in " + d + " (" + f.why + ")"
				}
			}
		}
	}
	return ""
}

// listPackages runs go list over the module and reads every file's
// imports with their lines.
func listPackages(t *testing.T) map[string]*pkg {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "list", "-deps", "-json", "./...")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	data, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	pkgs := map[string]*pkg{}
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var lp struct {
			ImportPath, Dir   string
			Standard          bool
			GoFiles, CgoFiles []string
			Deps              []string
		}
		if err := dec.Decode(&lp); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		p := &pkg{path: lp.ImportPath, std: lp.Standard, deps: lp.Deps, files: map[string][]fileImport{}}
		if !lp.Standard && match("our/...", lp.ImportPath) {
			p.dir, _ = filepath.Rel(root, lp.Dir)
			for _, name := range append(lp.GoFiles, lp.CgoFiles...) {
				p.files[name] = fileImports(t, filepath.Join(lp.Dir, name))
			}
		}
		pkgs[p.path] = p
	}
	return pkgs
}

func fileImports(t *testing.T, name string) []fileImport {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	var out []fileImport
	for _, s := range f.Imports {
		p, err := strconv.Unquote(s.Path.Value)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fileImport{path: p, line: fset.Position(s.Pos()).Line})
	}
	return out
}

// TestLayers fails, naming the file and import, when a package imports
// across the layering of docs/architecture.md (test files are exempt:
// tests may wire real parts together).
func TestLayers(t *testing.T) {
	pkgs := listPackages(t)
	if _, ok := pkgs[module+"/benchmark"]; !ok {
		t.Fatal("go list did not list the domain package")
	}
	for _, v := range checkLayers(layers(), pkgs) {
		t.Error(v)
	}
}
