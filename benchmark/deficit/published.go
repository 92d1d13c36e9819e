package deficit

// PublishedTable is one of the source's tables as printed, for surfaces
// that show every published figure beside the model's working.
type PublishedTable struct {
	// Title is the table as the source labels it.
	Title string
	// Columns head the table; each row has one cell per column, as printed
	// (blank where the source prints nothing).
	Columns []string
	Rows    [][]string
}

// Publisher is a model that can list its source's tables as printed.
type Publisher interface {
	Published() []PublishedTable
}
