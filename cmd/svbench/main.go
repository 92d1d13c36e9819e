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

	"github.com/svbench/svbench/auth"
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

// commands is the command-line surface README.md lists.
var commands = map[string]command{
	"serve":    {"run the web application", (*Main).runServe},
	"import":   {"import agreements or ratings from a CSV or XLSX file", (*Main).runImport},
	"export":   {"export agreements or ratings", (*Main).runExport},
	"model":    {"run a deficit model and print its projection", (*Main).runModel},
	"generate": {"generate synthetic national data for load tests", (*Main).runGenerate},
	"users":    {"manage user accounts", (*Main).runUsers},
	"backup":   {"copy the database to a file", (*Main).runBackup},
}

// Main wires the parts of svbench together for one command-line run.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Hasher hashes new passwords; tests give it cheap settings.
	Hasher *auth.Hasher
	// cmdName is the command being run, e.g. "export agreements", for the
	// hint after a usage error.
	cmdName string
	// closers run in reverse order on Close.
	closers []func() error
}

// NewMain returns a Main wired to the process's standard streams.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Hasher: auth.NewHasher(auth.DefaultParams)}
}

// Run executes the subcommand named in args and returns the exit status:
// 0 on success, 1 on bad input, 2 on bad usage. Results and help go to
// Stdout, errors to Stderr.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(m.Stderr, "svbench: name a command")
		m.usage(m.Stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help":
		m.usage(m.Stdout)
		return 0
	case "help":
		if len(args) == 1 {
			m.usage(m.Stdout)
			return 0
		}
		// 'svbench help export agreements' is 'svbench export agreements --help'.
		return m.Run(ctx, append(args[1:len(args):len(args)], "--help"))
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "svbench: there is no command %q\nRun 'svbench --help' for the commands.\n", args[0])
		return 2
	}
	m.cmdName = args[0]
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

// usage writes the list of commands to w.
func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "usage: svbench COMMAND [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-9s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w, "\nRun 'svbench COMMAND --help' for a command's flags. Every command takes --db FILE")
	fmt.Fprintln(w, "(default svbench.db, or $SVBENCH_DB). Results go to standard output and errors to")
	fmt.Fprintln(w, "standard error; the exit status is 0 on success, 1 on bad input and 2 on bad usage.")
}

// usageError marks a mistake in how svbench was called (exit status 2).
type usageError struct{ msg string }

// Error returns the message shown after "svbench: ".
func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errHelp is returned once a command has printed its help.
var errHelp = errors.New("help requested")

// exitCode reports err on stderr, once and in words meant for people, and
// returns the exit status.
func (m *Main) exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "svbench: %s\n", ue.msg)
		fmt.Fprintf(m.Stderr, "Run 'svbench %s --help' for how to use it.\n", m.cmdName)
		return 2
	default:
		// benchmark errors read as their message alone; their codes are
		// for programs (benchmark.ErrorCode).
		msg := strings.TrimRight(err.Error(), "\n")
		fmt.Fprintf(m.Stderr, "svbench: %s\n", msg)
		return 1
	}
}

// plural counts a noun in words: "1 agreement", "3 agreements".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
