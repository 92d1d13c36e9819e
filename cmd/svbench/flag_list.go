package main

import "strings"

// stringList is a flag that may be given more than once, such as
// --authority; each use adds one value.
type stringList []string

// String joins the values, for the flag package.
func (l *stringList) String() string { return strings.Join(*l, ", ") }

// Set adds one value.
func (l *stringList) Set(v string) error {
	*l = append(*l, v)
	return nil
}
