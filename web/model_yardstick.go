package web

import (
	"fmt"
	"sync"

	"github.com/svbench/svbench/benchmark/deficit"
)

// yardstick names the model the pages measure authorities against, for
// the header's link and the labels beside it; empty without one.
type yardstick struct {
	// Name is the model's registry name, Authority its authority's name.
	Name, Authority string
}

// openYardstick opens the registry's yardstick once, when the server is
// made, so a broken model stops the start rather than a page.
func (s *Server) openYardstick() error {
	m, ok, err := s.Models.OpenYardstick()
	if err != nil {
		return fmt.Errorf("open the yardstick model: %w", err)
	}
	if !ok {
		s.yardstickReport = func() (*deficit.Report, error) { return nil, nil }
		return nil
	}
	info := m.Info()
	s.yardstick = yardstick{Name: info.Name, Authority: info.Authority}
	s.yardstickReport = sync.OnceValues(func() (*deficit.Report, error) { return deficit.NewReport(m, nil) })
	return nil
}
