package deficit

import (
	"fmt"
	"sort"
	"sync"
)

// Registry holds the deficit models an application offers, by name, and
// names the yardstick: the model every authority is measured against.
// cmd/svbench builds one and hands it to the web and the exports; nothing
// registers itself.
type Registry struct {
	mu        sync.RWMutex
	drivers   map[string]Driver
	yardstick string
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{drivers: map[string]Driver{}} }

// Register makes d's model available by the name in its About. It panics
// if d is nil, has no name or its name is taken, as http.ServeMux.Handle
// does for a pattern: registering is wiring, done once at start.
func (r *Registry) Register(d Driver) {
	if d == nil {
		panic("deficit: Register driver is nil")
	}
	name := d.About().Name
	if name == "" {
		panic("deficit: Register driver has no name")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.drivers[name]; dup {
		panic("deficit: Register called twice for model " + name)
	}
	r.drivers[name] = d
}

// Open opens the model registered under name.
func (r *Registry) Open(name string, opts Options) (Model, error) {
	r.mu.RLock()
	d, ok := r.drivers[name]
	r.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("open deficit model %q: unknown model (have %v)", name, r.Names())
	}
	m, err := d.Open(opts)
	if err != nil {
		return nil, fmt.Errorf("open deficit model %q: %w", name, err)
	}
	return m, nil
}

// About describes the model registered under name; ok is false when there
// is none.
func (r *Registry) About(name string) (a About, ok bool) {
	r.mu.RLock()
	d, ok := r.drivers[name]
	r.mu.RUnlock()
	if !ok {
		return About{}, false
	}
	a = d.About()
	a.Name = name
	return a, true
}

// Names returns the registered model names, sorted.
func (r *Registry) Names() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.drivers))
	for n := range r.drivers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Registered describes every registered model, sorted by name.
func (r *Registry) Registered() []About {
	var out []About
	for _, n := range r.Names() {
		if a, ok := r.About(n); ok {
			out = append(out, a)
		}
	}
	return out
}

// SetYardstick makes the model registered under name the yardstick. It
// must be registered and open without a profile.
func (r *Registry) SetYardstick(name string) error {
	a, ok := r.About(name)
	switch {
	case !ok:
		return fmt.Errorf("set yardstick %q: unknown model (have %v)", name, r.Names())
	case a.NeedsProfile:
		return fmt.Errorf("set yardstick %q: the model needs a profile to open", name)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.yardstick = name
	return nil
}

// Yardstick names the yardstick model, or is "" when none is set.
func (r *Registry) Yardstick() string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.yardstick
}

// OpenYardstick opens the yardstick model; ok is false when none is set.
func (r *Registry) OpenYardstick() (m Model, ok bool, err error) {
	name := r.Yardstick()
	if name == "" {
		return nil, false, nil
	}
	m, err = r.Open(name, Options{})
	return m, err == nil, err
}
