package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
)

// flagSet is one command's flags with the help text --help prints.
type flagSet struct {
	*flag.FlagSet
	m *Main
	// usage is the command's synopsis after "svbench "; about, when set,
	// is printed between the synopsis and the flags.
	usage, about string
}

// newFlagSet returns a flag set for a subcommand with the --db flag every
// command takes; parse errors and --help are reported by parseFlags.
func (m *Main) newFlagSet(name, usage string) (*flagSet, *string) {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), m: m, usage: usage}
	// parseFlags words every mistake itself and prints help to stdout.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	db := fs.String("db", defaultDB(), "SQLite database `FILE`; $SVBENCH_DB sets the default")
	m.cmdName = name
	return fs, db
}

// printHelp writes the command's help: synopsis, about text and flags.
func (fs *flagSet) printHelp(w io.Writer) {
	fmt.Fprintf(w, "usage: svbench %s\n", fs.usage)
	if fs.about != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(fs.about, "\n"))
	}
	fmt.Fprintln(w, "\nflags:")
	tw := tabwriter.NewWriter(w, 0, 0, 3, ' ', 0)
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		switch name { // the flag package's type names, should a flag not name its value
		case "int", "uint":
			name = "N"
		case "float":
			name = "NUMBER"
		case "string", "value", "duration":
			name = "TEXT"
		}
		left := flagName(f.Name)
		if name != "" {
			left += " " + name
		}
		if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" {
			usage += " (default " + f.DefValue + ")"
		}
		fmt.Fprintf(tw, "  %s\t%s\n", left, usage)
	})
	tw.Flush()
}

// flagName writes a flag as people type it: -o, --db.
func flagName(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// parseFlags parses args, printing the help to stdout for --help (and
// returning errHelp) and turning any other mistake into a usage error in
// plain words. Flags may follow positional arguments.
func parseFlags(fs *flagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.printHelp(fs.m.Stdout)
				return nil, errHelp
			}
			return nil, usagef("%s: %s", fs.Name(), flagProblem(fs.FlagSet, err))
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos, args = append(pos, args[0]), args[1:]
	}
}

var (
	flagUnknown   = regexp.MustCompile(`^flag provided but not defined: -+(.+)$`)
	flagNoValue   = regexp.MustCompile(`^flag needs an argument: -+(.+)$`)
	flagBadValue  = regexp.MustCompile(`^invalid value (".*") for flag -+([^:]+): `)
	flagBadSwitch = regexp.MustCompile(`^invalid boolean value (".*") for -+([^:]+): `)
)

// flagProblem words a flag package error for people.
func flagProblem(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if m := flagUnknown.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("there is no flag %s", flagName(m[1]))
	}
	if m := flagNoValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s needs a value after it", flagName(m[1]))
	}
	m := flagBadValue.FindStringSubmatch(msg)
	if m == nil {
		m = flagBadSwitch.FindStringSubmatch(msg)
	}
	if m == nil {
		return msg
	}
	value, uerr := strconv.Unquote(m[1])
	if uerr != nil {
		value = m[1]
	}
	out := fmt.Sprintf("%q is not a valid value for %s", value, flagName(m[2]))
	if f := fs.Lookup(m[2]); f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			switch g.Get().(type) {
			case int, int64, uint, uint64:
				out += ": give a whole number"
			case float64:
				out += ": give a number"
			case bool:
				out += ": give true or false"
			}
		}
	}
	return out
}

// subcommand is one kind of a command that has several, such as
// 'export agreements'.
type subcommand struct {
	name, summary string
	run           func(m *Main, ctx context.Context, args []string) error
}

// runKinds runs the subcommand args[0] names, or prints the command's help
// to stdout for --help.
func (m *Main) runKinds(ctx context.Context, name, usage string, subs []subcommand, args []string) error {
	m.cmdName = name
	names := make([]string, len(subs))
	for i, s := range subs {
		names[i] = s.name
	}
	if len(args) == 0 {
		return usagef("%s: say which: %s", name, strings.Join(names, " or "))
	}
	if a := args[0]; a == "-h" || a == "-help" || a == "--help" || a == "help" {
		fmt.Fprintf(m.Stdout, "usage: svbench %s\n\n", usage)
		tw := tabwriter.NewWriter(m.Stdout, 0, 0, 3, ' ', 0)
		for _, s := range subs {
			fmt.Fprintf(tw, "  %s %s\t%s\n", name, s.name, s.summary)
		}
		tw.Flush()
		fmt.Fprintf(m.Stdout, "\nRun 'svbench %s %s --help' for its flags.\n", name, subs[0].name)
		return errHelp
	}
	for _, s := range subs {
		if s.name == args[0] {
			return s.run(m, ctx, args[1:])
		}
	}
	return usagef("there is no 'svbench %s %s': use %s", name, args[0], strings.Join(names, " or "))
}
