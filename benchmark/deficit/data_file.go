package deficit

// DataFile is one file of a model's shipped data and the value it decodes
// into: a pointer to a slice of rows for a CSV file, or to a value for a
// JSON file. A model lists its files; package ingest reads them, so models
// do no I/O.
type DataFile struct {
	// Name is the file's path in the datasets, e.g. "bury/tables.csv".
	Name string
	// Into receives the file's content.
	Into any
}
