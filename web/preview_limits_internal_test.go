package web

// The preview's listing limits, for the external tests.
const (
	// MaxPreviewRows is maxPreviewRows.
	MaxPreviewRows = maxPreviewRows
	// MaxPreviewOutcomes is maxPreviewOutcomes.
	MaxPreviewOutcomes = maxPreviewOutcomes
)
