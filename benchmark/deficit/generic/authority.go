package generic

import (
	"fmt"
	"sync"

	"github.com/gocarina/gocsv"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
)

type authorityRow struct {
	ONSCode string `csv:"ons_code"`
	DfECode string `csv:"dfe_code"`
	Name    string `csv:"name"`
	Kind    string `csv:"kind"`
}

var (
	authOnce sync.Once
	auths    []benchmark.Authority
	authErr  error
)

// FindAuthority returns the authority in datasets/authorities.csv named by
// q: its name, ONS code or DfE code.
func FindAuthority(q string) (*benchmark.Authority, error) {
	authOnce.Do(func() {
		f, err := datasets.FS.Open("authorities.csv")
		if err != nil {
			authErr = err
			return
		}
		defer f.Close()
		var rows []authorityRow
		if authErr = gocsv.Unmarshal(f, &rows); authErr != nil {
			return
		}
		for _, r := range rows {
			auths = append(auths, benchmark.Authority{ONSCode: r.ONSCode, DfECode: r.DfECode, Name: r.Name, Kind: r.Kind})
		}
	})
	if authErr != nil {
		return nil, fmt.Errorf("read authorities: %w", authErr)
	}
	for i := range auths {
		if auths[i].Matches(q) {
			return &auths[i], nil
		}
	}
	return nil, fmt.Errorf("unknown authority %q: give a name, ONS code (E08000002) or DfE code (351)", q)
}
