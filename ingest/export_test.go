package ingest

import (
	"context"
	"errors"
	"reflect"

	"github.com/svbench/svbench/benchmark"
)

// Emitted is one agreement as streamAgreements gave it out: its
// fingerprint then, to show it was already whole.
type Emitted struct {
	Agreement   *benchmark.Agreement
	Fingerprint string
}

// ParseAgreementsStreamed reads data as a command-line import reads a CSV
// file, a row at a time, giving out each agreement as its rows end; whole
// reports that the file is one to read whole instead, and scattered that an
// agreement's rows were apart, so that it is read whole too. list is what
// the same reading returns when it gives nothing out, as an upload reads.
func ParseAgreementsStreamed(data []byte, ref *Reference) (list []*benchmark.Agreement, emitted []Emitted, whole, scattered bool, err error) {
	list, err = streamAgreements(context.Background(), data, ref, MaxFileSize, nil)
	if errors.Is(err, errScattered) {
		err = nil
	}
	_, emitErr := streamAgreements(context.Background(), data, ref, MaxFileSize, func(a *benchmark.Agreement) bool {
		emitted = append(emitted, Emitted{a, benchmark.Fingerprint(a)})
		return true
	})
	switch {
	case errors.Is(emitErr, errWhole):
		return nil, nil, true, false, nil
	case errors.Is(emitErr, errScattered):
		return list, emitted, false, true, err
	case !reflect.DeepEqual(emitErr, err):
		return list, emitted, false, false, errors.Join(errors.New("giving out agreements changed the result"), emitErr, err)
	}
	return list, emitted, false, false, err
}
