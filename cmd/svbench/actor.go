package main

import (
	"os"
	"os/user"

	"github.com/svbench/svbench/benchmark"
)

// osActor names the command line's changes in history: "cli:" and the
// operating-system user.
func osActor() string {
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	return benchmark.CLIActor(name)
}
