// Package datasets embeds the CSV files svbench ships: the 153 English
// authorities, the theme taxonomy, the published agreements, the seed
// assessment rounds and the inputs of the Bury deficit model.
package datasets

import "embed"

// FS holds every shipped dataset file, addressed by its path in this folder.
//
//go:embed *.csv agreements assessments bury
var FS embed.FS
