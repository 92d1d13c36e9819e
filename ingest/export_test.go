package ingest

import (
	"context"
	"errors"

	"github.com/svbench/svbench/benchmark"
)

// Emitted is one agreement as streamAgreements gave it out: its
// fingerprint then, to show it was already whole.
type Emitted struct {
	Agreement   *benchmark.Agreement
	Fingerprint string
}

// ParseAgreementsStreamed reads data as a command-line import reads a CSV
// file, a row at a time; whole reports that the file is one to read whole
// instead, and scattered that an agreement's rows were apart.
func ParseAgreementsStreamed(data []byte, ref *Reference) (list []*benchmark.Agreement, emitted []Emitted, whole, scattered bool, err error) {
	list, err = streamAgreements(context.Background(), data, ref, MaxFileSize, func(a *benchmark.Agreement) bool {
		emitted = append(emitted, Emitted{a, benchmark.Fingerprint(a)})
		return true
	})
	switch {
	case errors.Is(err, errWhole):
		return nil, nil, true, false, nil
	case errors.Is(err, errScattered):
		return list, emitted, false, true, nil
	}
	return list, emitted, false, false, err
}
