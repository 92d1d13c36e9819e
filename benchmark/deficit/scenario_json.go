package deficit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxScenarioBytes bounds a scenario file; real ones are a few hundred
// bytes.
const maxScenarioBytes = 1 << 20

// ScenarioError is a mistake in a scenario file, located by line and
// column (both from 1) when the place is known.
type ScenarioError struct {
	Line, Column int
	Message      string
}

// Error renders the mistake as "line 3, column 25: message".
func (e *ScenarioError) Error() string {
	if e.Line == 0 {
		return e.Message
	}
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Message)
}

// ParseScenario reads a scenario from JSON, rejecting unknown fields. A
// file that cannot be read as a scenario gives a *ScenarioError naming
// the field, line and column.
func ParseScenario(r io.Reader) (*Scenario, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxScenarioBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read scenario: %w", err)
	}
	if len(data) > maxScenarioBytes {
		return nil, &ScenarioError{Message: "the scenario is larger than 1 MB; a scenario file is a single small JSON object"}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var sc Scenario
	if err := dec.Decode(&sc); err != nil {
		return nil, scenarioError(data, err)
	}
	end := int(dec.InputOffset())
	if err := dec.Decode(new(json.RawMessage)); !errors.Is(err, io.EOF) {
		e := at(data, skipSpace(data, end))
		e.Message = "the scenario must be one JSON object, but more follows it"
		return nil, e
	}
	return &sc, nil
}

// scenarioError words a JSON decoding error for people and places it.
func scenarioError(data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return &ScenarioError{Message: "the scenario is empty: write {} for no changes, or see datasets/bury/README.md for the fields"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		e := at(data, len(data))
		e.Message = "the file ends before the scenario is complete: a closing } or ] or a quote is missing"
		return e
	case errors.As(err, &syntax):
		e := at(data, max(int(syntax.Offset)-1, 0))
		e.Message = "this is not valid JSON"
		if rest, ok := strings.CutPrefix(syntax.Error(), "invalid character "); ok {
			if q, err := strconv.QuotedPrefix(rest); err == nil {
				e.Message += ": " + q + " is out of place"
			}
		}
		e.Message += " (check for a missing or extra comma, quote or bracket)"
		return e
	case errors.As(err, &typ):
		e := at(data, valueStart(data, int(typ.Offset)))
		if typ.Field == "" {
			e.Message = fmt.Sprintf("a scenario must be a JSON object in curly brackets {}, not %s", jsonValueText(typ.Value))
			return e
		}
		name, parent := typ.Field, ""
		if i := strings.LastIndex(name, "."); i >= 0 {
			name, parent = name[i+1:], name[:i]
		}
		e.Message = fmt.Sprintf("%s must be %s, not %s", name, wantText(typ.Type), jsonValueText(typ.Value))
		if parent != "" {
			e.Message = fmt.Sprintf("%s (in %s) must be %s, not %s", name, parent, wantText(typ.Type), jsonValueText(typ.Value))
		}
		return e
	}
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		name, uerr := strconv.Unquote(rest)
		if uerr != nil {
			name = rest
		}
		e := &ScenarioError{}
		if loc := regexp.MustCompile(`"` + regexp.QuoteMeta(name) + `"\s*:`).FindIndex(data); loc != nil {
			e = at(data, loc[0])
		}
		e.Message = fmt.Sprintf("there is no field called %q; a scenario's fields are %s, and each entry in savings has %s",
			name, listFields(reflect.TypeFor[Scenario]()), listFields(reflect.TypeFor[SchemeChange]()))
		return e
	}
	// A value the field's own reader refused, such as a year: place it by
	// the first quoted text in the message, when the file has it.
	e := &ScenarioError{}
	if i := strings.IndexByte(msg, '"'); i >= 0 {
		if q, qerr := strconv.QuotedPrefix(msg[i:]); qerr == nil {
			if v, uerr := strconv.Unquote(q); uerr == nil {
				lit, _ := json.Marshal(v)
				if j := bytes.Index(data, lit); j >= 0 {
					e = at(data, j)
				}
			}
		}
	}
	e.Message = msg
	return e
}

// at returns an error placed at byte offset off of data.
func at(data []byte, off int) *ScenarioError {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return &ScenarioError{Line: line, Column: col}
}

// skipSpace returns the offset of the first byte at or after off that is
// not JSON white space.
func skipSpace(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n", data[off]) >= 0 {
		off++
	}
	return off
}

// valueStart finds where the JSON value ending at off begins: the JSON
// decoder reports a wrongly typed value by where it stopped reading it,
// which is just inside an object or list, or just after anything else.
func valueStart(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	if off == 0 {
		return 0
	}
	switch data[off-1] {
	case '{', '[':
		return off - 1
	case '"':
		for i := off - 2; i >= 0; i-- {
			if data[i] != '"' {
				continue
			}
			slashes := 0
			for j := i - 1; j >= 0 && data[j] == '\\'; j-- {
				slashes++
			}
			if slashes%2 == 0 {
				return i
			}
		}
		return 0
	}
	i := off
	for i > 0 && strings.IndexByte(" \t\r\n,:{}[]\"", data[i-1]) < 0 {
		i--
	}
	return i
}

// jsonValueText names a kind of JSON value as the decoder reports it
// ("string", "number", "number 1.5", "bool", "array", "object").
func jsonValueText(v string) string {
	if n, ok := strings.CutPrefix(v, "number "); ok {
		return n
	}
	switch v {
	case "string":
		return "text"
	case "number":
		return "a number"
	case "bool":
		return "true or false"
	case "array":
		return "a list in square brackets []"
	case "object":
		return "an object in curly brackets {}"
	case "null":
		return "null"
	}
	return v
}

// wantText says what a field of type t takes, in words.
func wantText(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeFor[Year]() {
		return `a financial year in quotes, like "2024/25"`
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.String:
		return "text in quotes"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list in square brackets []"
	case reflect.Struct, reflect.Map:
		return "an object in curly brackets {}"
	}
	return "something else"
}

// listFields lists the JSON field names of struct type t: "a, b and c".
func listFields(t reflect.Type) string {
	var names []string
	for i := range t.NumField() {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return AndList(names)
}

// AndList joins items as people do: "a", "a and b", "a, b and c"; no
// items is "none".
func AndList(items []string) string {
	switch len(items) {
	case 0:
		return "none"
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
