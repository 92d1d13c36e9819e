package benchmark

// Provenance origins: where an agreement revision's content was read from.
const (
	OriginDataset = "dataset" // a file of svbench's shipped datasets, loaded by seeding
	OriginFile    = "file"    // a file a person imported (the upload page or the command line)
)

// Who numbered an agreement's recommendations.
const (
	NumberedBySource  = "source"  // the source's own numbers
	NumberedBySvbench = "svbench" // the source gives none: svbench numbered them in its order
)

// Provenance records where one agreement revision came from. When it came
// is the revision's CreatedAt, written in the same transaction. A revision
// written without one (synthetic load-test data) has the zero value.
type Provenance struct {
	// Origin is OriginDataset or OriginFile; "" when not recorded.
	Origin string `json:"origin,omitempty"`
	// File is the shipped dataset file ("agreements/2020-21.csv") or the
	// imported file's name.
	File string `json:"file,omitempty"`
	// Source names the document the recommendations were taken from, as a
	// page names it ("Bristol's appendix"); "" when the file is its own source.
	Source string `json:"source,omitempty"`
	// NumberedBy is NumberedBySource or NumberedBySvbench.
	NumberedBy string `json:"numbered_by,omitempty"`
	// By is who brought it in: the editor's display name on the web,
	// "cli:" and the operating-system user on the command line, "svbench"
	// for seeding.
	By string `json:"by,omitempty"`
}

// AssignedNumbers reports whether svbench gave the recommendations their
// numbers, in the source's order, because the source gives none.
func (p Provenance) AssignedNumbers() bool { return p.NumberedBy == NumberedBySvbench }

// FromFile reports whether the revision came from a file a person
// imported, rather than a shipped dataset: the kind an admin may remove.
func (p Provenance) FromFile() bool { return p.Origin == OriginFile }
