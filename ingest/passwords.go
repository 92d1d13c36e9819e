package ingest

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/svbench/svbench/benchmark"
)

// CommonPasswordsFile is the shipped deny list in the datasets folder.
const CommonPasswordsFile = "common-passwords.txt"

// ReadCommonPasswords reads a deny list of common passwords: one a line,
// any line ending; blank lines and lines starting with # are skipped and
// each password is put in lower case. A line that is not UTF-8 text is an
// error naming its line.
func ReadCommonPasswords(data []byte) ([]string, error) {
	var out []string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("line %d is not UTF-8 text", i+1)
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.ToLower(line))
	}
	return out, nil
}

// PasswordPolicy returns the password policy with the deny list read from
// CommonPasswordsFile in fsys (the datasets package's FS).
func PasswordPolicy(fsys fs.FS) (*benchmark.PasswordPolicy, error) {
	data, err := readDataset(fsys, CommonPasswordsFile)
	if err != nil {
		return nil, err
	}
	list, err := ReadCommonPasswords(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", CommonPasswordsFile, err)
	}
	return benchmark.NewPasswordPolicy(list), nil
}
