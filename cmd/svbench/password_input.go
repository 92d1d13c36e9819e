package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// maxPasswordLine caps what is read of standard input for a password:
// enough for the longest password the policy allows, in any script.
const maxPasswordLine = 4*benchmark.MaxPasswordLength + 2

// readPasswordLine returns the first line of r without its line ending;
// spaces are part of a password and are kept.
func readPasswordLine(r io.Reader) (string, error) {
	line, err := bufio.NewReader(io.LimitReader(r, maxPasswordLine)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read the password from standard input: %w", err)
	}
	line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
	if line == "" {
		return "", benchmark.Errorf(benchmark.EINVALID, "Give the password on standard input, as one line.")
	}
	return line, nil
}
