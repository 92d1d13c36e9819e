package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"

	"github.com/gocarina/gocsv"

	"github.com/svbench/svbench/benchmark/deficit"
)

// ReadModelData reads a deficit model's shipped data files from fsys
// (datasets.FS in production) into the values they name: a .csv file's
// rows with gocsv, a .json file with encoding/json, refusing fields the
// value does not have. A list of scenarios is read entry by entry with
// deficit.ParseScenario, so a mistake is placed by entry, line and column.
// The model checks the values it is given; ReadModelData only reads.
func ReadModelData(fsys fs.FS, files []deficit.DataFile) error {
	for _, f := range files {
		if err := readModelFile(fsys, f); err != nil {
			return fmt.Errorf("read %s: %w", f.Name, err)
		}
	}
	return nil
}

// readModelFile reads one file into f.Into.
func readModelFile(fsys fs.FS, f deficit.DataFile) error {
	b, err := fs.ReadFile(fsys, f.Name)
	if err != nil {
		return err
	}
	switch ext := path.Ext(f.Name); ext {
	case ".csv":
		return gocsv.UnmarshalBytes(b, f.Into)
	case ".json":
		if list, ok := f.Into.(*[]deficit.Scenario); ok {
			return readScenarios(b, list)
		}
		return decodeStrict(b, f.Into)
	default:
		return fmt.Errorf("no reader for %q files", ext)
	}
}

// readScenarios reads a JSON list of scenarios into list.
func readScenarios(b []byte, list *[]deficit.Scenario) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	out := make([]deficit.Scenario, 0, len(raw))
	for i, r := range raw {
		sc, err := deficit.ParseScenario(bytes.NewReader(r))
		if err != nil {
			return fmt.Errorf("entry %d: %w", i+1, err)
		}
		out = append(out, *sc)
	}
	*list = out
	return nil
}

// decodeStrict decodes the one JSON value in b into v, refusing unknown
// fields and anything after the value.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if err := dec.Decode(new(json.RawMessage)); !errors.Is(err, io.EOF) {
		return fmt.Errorf("more follows the JSON value")
	}
	return nil
}
