package deficit

import (
	"fmt"
	"sort"
	"sync"
)

var (
	registryMu sync.RWMutex
	registry   = map[string]Driver{}
)

// Register makes a model available by name. It panics if name is taken or
// d is nil, as database/sql.Register does; call it from an init function.
func Register(name string, d Driver) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if d == nil {
		panic("deficit: Register driver is nil")
	}
	if _, dup := registry[name]; dup {
		panic("deficit: Register called twice for model " + name)
	}
	registry[name] = d
}

// Open opens the model registered under name.
func Open(name string, opts Options) (Model, error) {
	registryMu.RLock()
	d, ok := registry[name]
	registryMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("open deficit model %q: unknown model (have %v)", name, Names())
	}
	m, err := d.Open(opts)
	if err != nil {
		return nil, fmt.Errorf("open deficit model %q: %w", name, err)
	}
	return m, nil
}

// Names returns the registered model names, sorted.
func Names() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Registered describes every registered model, sorted by name.
func Registered() []About {
	registryMu.RLock()
	defer registryMu.RUnlock()
	out := make([]About, 0, len(registry))
	for n, d := range registry {
		a := d.About()
		a.Name = n
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
