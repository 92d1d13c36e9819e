// Command svbench serves and manages Safety Valve agreements, RAG
// self-assessments and deficit models for English local authorities.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	code := m.Run(ctx, os.Args[1:])
	m.Close()
	os.Exit(code)
}

// command is one subcommand of svbench.
type command struct {
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

// commands is the command-line surface described in DESIGN.md.
var commands = map[string]command{
	"serve":    {"run the web application", (*Main).runServe},
	"import":   {"import agreements or ratings from a CSV or XLSX file", (*Main).runImport},
	"export":   {"export agreements or ratings", (*Main).runExport},
	"model":    {"run a deficit model and print its projection", (*Main).runModel},
	"generate": {"generate synthetic national data", (*Main).runGenerate},
	"users":    {"manage user accounts", (*Main).runUsers},
	"backup":   {"copy the database to a file", (*Main).runBackup},
}

// Main wires the parts of svbench together for one command-line run.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// closers run in reverse order on Close.
	closers []func() error
}

// NewMain returns a Main wired to the process's standard streams.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
}

// Run executes the subcommand named in args and returns the exit status:
// 0 on success, 1 on bad input, 2 on bad usage.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage()
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "svbench: unknown command %q\n\n", args[0])
		m.usage()
		return 2
	}
	err := cmd.run(m, ctx, args[1:])
	return m.exitCode(err)
}

// Close releases what the command opened.
func (m *Main) Close() {
	for i := len(m.closers) - 1; i >= 0; i-- {
		_ = m.closers[i]()
	}
	m.closers = nil
}

func (m *Main) usage() {
	fmt.Fprintln(m.Stderr, "usage: svbench COMMAND [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(m.Stderr, "  %-9s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(m.Stderr, "\nRun 'svbench COMMAND --help' for a command's flags. Every command takes --db (default svbench.db or $SVBENCH_DB).")
}

// usageError marks a mistake in how svbench was called (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errHelp is returned when the user asked for a command's help text.
var errHelp = errors.New("help requested")

func (m *Main) exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "svbench: %s\n", ue.msg)
		return 2
	default:
		msg := strings.TrimRight(err.Error(), "\n")
		fmt.Fprintf(m.Stderr, "svbench: %s\n", msg)
		return 1
	}
}
