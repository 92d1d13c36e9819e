package deficit_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
)

// stubDriver opens a toy model; opened counts its Opens.
type stubDriver struct {
	about  deficit.About
	opened *int
}

func (d stubDriver) About() deficit.About { return d.about }

func (d stubDriver) Open(deficit.Options) (deficit.Model, error) {
	if d.opened != nil {
		*d.opened++
	}
	return nil, nil
}

func TestRegistry(t *testing.T) {
	r := deficit.NewRegistry()
	if _, err := r.Open("no-such-model", deficit.Options{}); err == nil {
		t.Error("opened an unknown model")
	}
	defer func() {
		if recover() == nil {
			t.Error("Register(nil) did not panic")
		}
	}()
	r.Register(nil)
}

func TestRegistryListsByName(t *testing.T) {
	r := deficit.NewRegistry()
	opened := 0
	r.Register(stubDriver{about: deficit.About{Name: "zeta", Title: "Z"}, opened: &opened})
	r.Register(stubDriver{about: deficit.About{Name: "alpha", NeedsProfile: true}})
	if got := r.Names(); !reflect.DeepEqual(got, []string{"alpha", "zeta"}) {
		t.Errorf("names = %v", got)
	}
	if got := r.Registered(); len(got) != 2 || got[0].Name != "alpha" || !got[0].NeedsProfile || got[1].Title != "Z" {
		t.Errorf("registered = %+v", got)
	}
	if a, ok := r.About("zeta"); !ok || a.Title != "Z" {
		t.Errorf("about zeta = %+v, %v", a, ok)
	}
	if _, ok := r.About("beta"); ok {
		t.Error("about an unknown model")
	}
	if _, err := r.Open("zeta", deficit.Options{}); err != nil || opened != 1 {
		t.Errorf("open zeta: %v, opened %d times", err, opened)
	}
}

func TestRegistryRefusesTwoModelsOfOneName(t *testing.T) {
	r := deficit.NewRegistry()
	r.Register(stubDriver{about: deficit.About{Name: "m"}})
	for _, d := range []deficit.Driver{stubDriver{about: deficit.About{Name: "m"}}, stubDriver{}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Register(%+v) did not panic", d.About())
				}
			}()
			r.Register(d)
		}()
	}
}

func TestYardstick(t *testing.T) {
	r := deficit.NewRegistry()
	if m, ok, err := r.OpenYardstick(); m != nil || ok || err != nil {
		t.Errorf("no yardstick opened %v, %v, %v", m, ok, err)
	}
	opened := 0
	r.Register(stubDriver{about: deficit.About{Name: "ref"}, opened: &opened})
	r.Register(stubDriver{about: deficit.About{Name: "upload", NeedsProfile: true}})
	for name, want := range map[string]string{"missing": "unknown model", "upload": "needs a profile"} {
		if err := r.SetYardstick(name); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("SetYardstick(%q) = %v, want %q", name, err, want)
		}
	}
	if r.Yardstick() != "" {
		t.Errorf("yardstick %q after refusals", r.Yardstick())
	}
	if err := r.SetYardstick("ref"); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := r.OpenYardstick(); r.Yardstick() != "ref" || !ok || err != nil || opened != 1 {
		t.Errorf("yardstick %q opened: %v, %v (%d opens)", r.Yardstick(), ok, err, opened)
	}
}
