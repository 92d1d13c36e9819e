// Package datasets embeds the files svbench ships: the 153 English
// authorities, the theme taxonomy, the published agreements, the register
// of every agreement DfE published with the programme's events, the seed
// assessment rounds, the inputs of the Bury deficit model and the common
// passwords the password policy refuses.
package datasets

import "embed"

// FS holds every shipped dataset file, addressed by its path in this folder.
//
//go:embed *.csv common-passwords.txt agreements assessments bury
var FS embed.FS
