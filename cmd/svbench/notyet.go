package main

import "fmt"

// notYet answers a subcommand whose issue has not landed yet.
func notYet(name string, args []string) error {
	for _, a := range args {
		if a == "-h" || a == "--help" {
			return usagef("svbench %s: see DESIGN.md; not available in this build yet", name)
		}
	}
	return fmt.Errorf("svbench %s: not yet available in this build", name)
}
