package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// fileErr is a failed file operation worded once for people, e.g.
// "cannot open plan.csv: no such file"; the system's error stays underneath.
type fileErr struct {
	msg string
	err error
}

// Error returns the worded message.
func (e *fileErr) Error() string { return e.msg }

// Unwrap returns the system's error.
func (e *fileErr) Unwrap() error { return e.err }

// fileError words what went wrong when svbench tried to verb ("open",
// "read", "write") the file at path.
func fileError(verb, path string, err error) error {
	reason := err.Error()
	var pe *fs.PathError
	var le *os.LinkError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	} else if errors.As(err, &le) {
		reason = le.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist) && verb == "write":
		reason = "its folder does not exist"
	case errors.Is(err, fs.ErrNotExist):
		reason = "no such file"
	case errors.Is(err, fs.ErrPermission):
		reason = "permission denied"
	case errors.Is(err, syscall.EISDIR):
		reason = "it is a folder, not a file"
	}
	return &fileErr{msg: fmt.Sprintf("cannot %s %s: %s", verb, path, reason), err: err}
}

// openInput opens a file the user named for reading.
func openInput(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError("open", path, err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, fileError("open", path, syscall.EISDIR)
	}
	return f, nil
}

// outputFile is a file written whole or not at all: the data goes to a
// temporary file beside path, which takes path's place on commit.
type outputFile struct {
	path, tmp string
}

// createOutput writes data beside path, ready to commit; it fails early
// when path's folder cannot be written.
func createOutput(path string, data []byte) (*outputFile, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, fileError("write", path, syscall.EISDIR)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".svbench-*.tmp")
	if err != nil {
		return nil, fileError("write", path, err)
	}
	o := &outputFile{path: path, tmp: tmp.Name()}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		o.discard()
		return nil, fileError("write", path, err)
	}
	if err := tmp.Close(); err != nil {
		o.discard()
		return nil, fileError("write", path, err)
	}
	if err := os.Chmod(o.tmp, 0o644); err != nil {
		o.discard()
		return nil, fileError("write", path, err)
	}
	return o, nil
}

// commit puts the written file in place of path.
func (o *outputFile) commit() error {
	if err := os.Rename(o.tmp, o.path); err != nil {
		o.discard()
		return fileError("write", o.path, err)
	}
	return nil
}

// discard removes the temporary file; it does nothing once committed.
func (o *outputFile) discard() {
	_ = os.Remove(o.tmp)
}

// writeOutput writes data to the file at path whole or not at all.
func writeOutput(path string, data []byte) error {
	o, err := createOutput(path, data)
	if err != nil {
		return err
	}
	return o.commit()
}

// writeResult writes what write produces to path, or to standard output
// for "-"; having written a file, it says "wrote what to path". Nothing is
// written unless write succeeds.
func (m *Main) writeResult(path, what string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	if path == "-" {
		_, err := buf.WriteTo(m.Stdout)
		return err
	}
	if err := writeOutput(path, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "wrote %s to %s\n", what, path)
	return nil
}
