package generic

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/gocarina/gocsv"

	"github.com/svbench/svbench/datasets"
)

// Authority is one row of datasets/authorities.csv.
type Authority struct {
	ONSCode string `csv:"ons_code"`
	DfECode string `csv:"dfe_code"`
	Name    string `csv:"name"`
	Kind    string `csv:"kind"`
}

var (
	authOnce sync.Once
	auths    []Authority
	authErr  error
)

// FindAuthority returns the authority in datasets/authorities.csv named by
// q: its name (ignoring case and punctuation), ONS code or DfE code.
func FindAuthority(q string) (*Authority, error) {
	authOnce.Do(func() {
		f, err := datasets.FS.Open("authorities.csv")
		if err != nil {
			authErr = err
			return
		}
		defer f.Close()
		authErr = gocsv.Unmarshal(f, &auths)
	})
	if authErr != nil {
		return nil, fmt.Errorf("read authorities: %w", authErr)
	}
	q = strings.TrimSpace(q)
	for i, a := range auths {
		if strings.EqualFold(q, a.ONSCode) || q == a.DfECode || fold(q) == fold(a.Name) {
			return &auths[i], nil
		}
	}
	return nil, fmt.Errorf("unknown authority %q: give a name, ONS code (e.g. E08000002) or DfE code (e.g. 351)", q)
}

// fold keeps letters and digits, lower-cased.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
