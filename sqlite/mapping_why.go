package sqlite

import "strings"

// whySep separates the matched words of a suggestion in mappings.why.
const whySep = "; "

// joinWhy stores a suggestion's matched words as one column.
func joinWhy(why []string) string { return strings.Join(why, whySep) }

// splitWhy reads mappings.why back; nil when empty.
func splitWhy(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, whySep)
}
