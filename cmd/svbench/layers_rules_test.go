package main

import (
	"strings"
	"testing"
)

// TestLayersCatchTheOldArrows feeds the checker the imports svbench had
// before its layering was fixed (issue 11's points 1, 2, 3, 4 and 6) and
// expects each to be named, with its file and line.
func TestLayersCatchTheOldArrows(t *testing.T) {
	our := func(p string) string { return module + "/" + p }
	tests := []struct {
		name, pkg, file, imp string
		deps                 []string
		want                 string
	}{
		{"1: storage parses profile files", "sqlite", "profile.go", our("models/generic"), nil,
			"sqlite/profile.go:3: storage imports " + our("models/generic") + " (storage"},
		{"1: storage reaches excelize through another package", "sqlite", "profile.go", "example.com/reader",
			[]string{"github.com/xuri/excelize/v2"}, "which brings in github.com/xuri/excelize/v2"},
		{"2: a model reads CSV", "models/generic", "profile.go", our("ingest"), nil,
			"models/generic/profile.go:3: models imports " + our("ingest")},
		{"3: exports name Bury's model", "export", "worth.go", our("models/bury"), nil,
			"export/worth.go:3: export imports " + our("models/bury")},
		{"3: the web asserts Bury's type", "web", "model_view.go", our("models/bury"), nil,
			"web/model_view.go:3: web imports " + our("models/bury")},
		{"4: the web reads the shipped datasets", "web", "agreement.go", our("datasets"), nil,
			"web/agreement.go:3: web imports " + our("datasets")},
		{"6: storage inside the domain", "benchmark/sqlite", "db.go", "database/sql", nil,
			"benchmark/sqlite/db.go:3: domain imports database/sql"},
		{"6: exports inside the domain", "benchmark/export", "sheet.go", "github.com/xuri/excelize/v2", nil,
			"benchmark/export/sheet.go:3: domain imports github.com/xuri/excelize/v2"},
		{"6: the web builds storage", "web", "server.go", our("sqlite"), nil,
			"web/server.go:3: web imports " + our("sqlite")},
		{"auth keeps nothing: it never reaches storage", "auth", "session.go", our("sqlite"), nil,
			"auth/session.go:3: auth imports " + our("sqlite") + " (auth"},
		{"the domain imports no auth", "benchmark", "user.go", our("auth"), nil,
			"benchmark/user.go:3: domain imports " + our("auth")},
		{"a package outside every layer", "tools/x", "x.go", "fmt", nil,
			"package " + our("tools/x") + " belongs to no layer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pkgs := map[string]*pkg{
				our(tt.pkg): {path: our(tt.pkg), dir: tt.pkg,
					files: map[string][]fileImport{tt.file: {{path: tt.imp, line: 3}}}},
				tt.imp: {path: tt.imp, std: !strings.Contains(tt.imp, "."), deps: tt.deps},
			}
			for _, d := range tt.deps {
				pkgs[d] = &pkg{path: d}
			}
			got := checkLayers(layers(), pkgs)
			if len(got) != 1 || !strings.Contains(got[0], tt.want) {
				t.Errorf("got %q, want one line containing %q", got, tt.want)
			}
		})
	}
	// Allowed arrows stay quiet: the web reads files through ingest and
	// the domain's deficit contract.
	ok := map[string]*pkg{
		our("web"): {path: our("web"), dir: "web", files: map[string][]fileImport{"upload.go": {
			{path: our("ingest"), line: 3}, {path: our("benchmark/deficit"), line: 4}, {path: "fmt", line: 5}}}},
		our("ingest"):            {path: our("ingest"), deps: []string{"github.com/gocarina/gocsv"}},
		our("benchmark/deficit"): {path: our("benchmark/deficit")},
		"fmt":                    {path: "fmt", std: true, deps: []string{"os"}},
	}
	if got := checkLayers(layers(), ok); len(got) != 0 {
		t.Errorf("allowed imports reported: %q", got)
	}
}
