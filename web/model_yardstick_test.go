package web_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest/ingesttest"
	"github.com/svbench/svbench/models/bury"
	"github.com/svbench/svbench/models/generic"
)

// kentInfo describes Bury's figures as another authority's model, so a
// label the pages take from the model's Info reads "Kent" and a label typed
// in the web would still read "Bury".
var kentInfo = deficit.Info{Name: "kent", Title: "Kent's plan", Authority: "Kent", AuthorityCode: "E10000016",
	Plan: "recovery plan (March 2023)", Forecast: "March 2023 forecast"}

// kentSaver is Bury's model under kentInfo, savings by theme included.
type kentSaver struct{ *bury.Model }

func (kentSaver) Info() deficit.Info { return kentInfo }

// kentPlain is Bury's model under kentInfo with no savings by theme.
type kentPlain struct{ deficit.Model }

func (kentPlain) Info() deficit.Info { return kentInfo }

// kentDriver opens m as model "kent".
type kentDriver struct{ m deficit.Model }

func (kentDriver) About() deficit.About {
	return deficit.About{Name: kentInfo.Name, Title: kentInfo.Title}
}
func (d kentDriver) Open(deficit.Options) (deficit.Model, error) { return d.m, nil }

// kentApp serves the app with m as the yardstick, beside the generic model.
func kentApp(t *testing.T, m deficit.Model) *testApp {
	reg := deficit.NewRegistry()
	reg.Register(kentDriver{m})
	reg.Register(generic.Driver())
	if err := reg.SetYardstick(kentInfo.Name); err != nil {
		t.Fatal(err)
	}
	return newTestServerWith(t, reg)
}

// TestYardstickLabelsFromInfo: the worth block, the header's link, the
// authority page and the generic page's chart name the yardstick from its
// Info, and link to it by its registry name.
func TestYardstickLabelsFromInfo(t *testing.T) {
	app := kentApp(t, kentSaver{buryModel(t)})
	ada := newVisitor(t, app, "Ada")
	bristol, _ := bristolRoundID(t, app)
	_, b := ada.get(t, "/assessments/"+strconv.Itoa(bristol)+"/summary")
	doc := parseHTML(t, b)
	nav := findAll(elementByID(t, doc, "navigation"), "a", func(n *html.Node) bool { return text(n) == "Deficit model" })
	if len(nav) != 1 || attr(nav[0], "href") != "/model/kent" {
		t.Errorf("header links the model %d times, want once to /model/kent", len(nav))
	}
	worth := text(mustElement(t, doc, "table", "worth"))
	for _, want := range []string{"Reds in this round and Kent's savings by theme", "Kent's transfers (£m)", "Kent's schemes", "No Kent scheme maps to this theme"} {
		if !strings.Contains(worth, want) {
			t.Errorf("worth table lacks %q", want)
		}
	}
	if strings.Contains(worth, "Bury") {
		t.Errorf("worth table names Bury: %q", worth)
	}
	if !strings.Contains(b, "Kent's recovery plan (March 2023) attached savings schemes to these themes.") {
		t.Error("no sentence naming Kent's plan")
	}
	if links := findAll(doc, "a", func(n *html.Node) bool { return attr(n, "href") == "/model/kent" && text(n) == "Kent's deficit model" }); len(links) != 1 {
		t.Errorf("%d links to Kent's deficit model, want 1", len(links))
	}

	_, b = ada.get(t, "/authorities/E08000002")
	if !strings.Contains(b, "to project it beside Kent.") {
		t.Error("authority page does not offer a projection beside Kent")
	}

	ctx := context.Background()
	years := ingesttest.ProfileYears(t)
	if err := app.Store.SaveProfile(ctx, &benchmark.Profile{AuthorityCode: "E08000002", Name: "bury.csv", Years: years, CreatedBy: "Ada"}); err != nil {
		t.Fatal(err)
	}
	_, b = ada.get(t, "/model/generic?profile=1")
	if !strings.Contains(b, "Beside Kent, normalised") || !strings.Contains(b, "Kent (March 2023 forecast): deficit as % of High Needs funding") {
		t.Error("generic page does not draw the profile beside Kent's March 2023 forecast")
	}
}

// TestNoWorthWithoutSavingsByTheme: a yardstick that maps no savings to
// themes leaves the worth block off the summary and the report.
func TestNoWorthWithoutSavingsByTheme(t *testing.T) {
	app := kentApp(t, kentPlain{buryModel(t)})
	ada := newVisitor(t, app, "Ada")
	bristol, _ := bristolRoundID(t, app)
	for _, page := range []string{"summary", "report"} {
		_, b := ada.get(t, "/assessments/"+strconv.Itoa(bristol)+"/"+page)
		if doc := parseHTML(t, b); byID(doc, "worth-heading") != nil {
			t.Errorf("%s shows the worth block", page)
		}
	}
}
