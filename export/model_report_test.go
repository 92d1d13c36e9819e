package export_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/export"
)

// otherModel is Bury's model described as another authority's, and not a
// deficit.ThemeSaver: only deficit.Model's methods are promoted.
type otherModel struct {
	deficit.Model
	info deficit.Info
}

func (m otherModel) Info() deficit.Info { return m.info }

// otherDriver opens an otherModel.
type otherDriver struct{ m otherModel }

func (d otherDriver) About() deficit.About                        { return deficit.About{Name: d.m.info.Name} }
func (d otherDriver) Open(deficit.Options) (deficit.Model, error) { return d.m, nil }

// registry holds Bury's model and one described as Bristol's (E06000023,
// datasets/authorities.csv), with yardstick the named model ("" for none).
func registry(t *testing.T, yardstick string) *deficit.Registry {
	reg := deficit.NewRegistry()
	reg.Register(buryModel(t).Driver())
	info := deficit.Info{Name: "bristol", Title: "Bristol's plan", Authority: "Bristol", AuthorityCode: "E06000023"}
	reg.Register(otherDriver{otherModel{buryModel(t), info}})
	if yardstick != "" {
		if err := reg.SetYardstick(yardstick); err != nil {
			t.Fatal(err)
		}
	}
	return reg
}

// TestModelReportChoice: an authority's own model first, else the
// yardstick cmd chose, else none.
func TestModelReportChoice(t *testing.T) {
	tests := []struct {
		name, yardstick, code, want string
	}{
		{"own model", "bury", "E06000023", "bristol"},
		{"yardstick", "bury", "E08000003", "bury"},
		{"another yardstick", "bristol", "E08000003", "bristol"},
		{"no yardstick", "", "E08000003", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := export.ModelReport(registry(t, tt.yardstick), tt.code)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if rep != nil {
				got = rep.Info.Name
			}
			if got != tt.want {
				t.Errorf("model %q, want %q", got, tt.want)
			}
		})
	}
}

// TestYardstickSavings: the savings are the yardstick's, labelled by its
// Info; a yardstick that maps no savings to themes gives none.
func TestYardstickSavings(t *testing.T) {
	s, err := export.YardstickSavings(registry(t, "bury"))
	if err != nil || s == nil {
		t.Fatalf("savings = %v, %v", s, err)
	}
	if s.Info.Authority != "Bury" || !strings.Contains(s.Info.Plan, "Schools' Forum report, January 2022") || len(s.Themes) == 0 {
		t.Errorf("savings = %+v", s)
	}
	if s, err := export.YardstickSavings(registry(t, "bristol")); s != nil || err != nil {
		t.Errorf("a model without savings by theme gave %+v, %v", s, err)
	}
}

// TestWorkbook_WorthLabelsFromModel: the worth block's words come from
// the model's Info, and the block is left out without savings by theme.
func TestWorkbook_WorthLabelsFromModel(t *testing.T) {
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	r.Savings.Info.Authority, r.Savings.Info.Plan = "Kent", "recovery plan (March 2023)"
	f, _ := workbook(t, r)
	sh := export.SheetModel
	header := findRow(t, f, sh, 1, "Theme")
	year := r.Savings.Themes[0].Year.String()
	if got, want := cell(t, f, sh, "C"+strconv.Itoa(header)), "Kent's savings by "+year+" (£m)"; got != want {
		t.Errorf("savings heading %q, want %q", got, want)
	}
	if row := findRow(t, f, sh, 1, "svbench, not Kent, assigned the savings schemes of Kent's recovery plan (March 2023) to these themes."); row == 0 {
		t.Error("no note naming Kent's plan and saying the mapping is svbench's")
	}

	r.Savings = nil
	if _, ok := r.Worth(); ok {
		t.Error("Worth without savings is ok")
	}
	f, _ = workbook(t, r)
	if row := findRow(t, f, sh, 1, "What closing a Red was worth elsewhere"); row != 0 {
		t.Errorf("worth block at row %d without savings by theme", row)
	}
	bare := export.Services{Services: store.Services()}
	p, err := export.Load(context.Background(), bare, r.Assessment.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Model != nil || p.Savings != nil {
		t.Errorf("load without models: model %v, savings %v", p.Model, p.Savings)
	}
}
