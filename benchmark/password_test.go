package benchmark_test

import (
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestPasswordPolicy_Check(t *testing.T) {
	p := benchmark.NewPasswordPolicy([]string{"Password1234", "qwertyuiopasdfgh", " "})
	const email = "Ada.Lovelace@council.gov.uk"
	for _, tc := range []struct {
		name, password string
		want           string // a word of the message, or "" for accepted
	}{
		{"three random words", "correct horse battery", ""},
		{"twelve characters, no composition rules", "abcdefghijkq", ""},
		{"spaces and any script are fine", "  ünïcode ok  ", ""},
		{"the longest allowed", strings.Repeat("ab", benchmark.MaxPasswordLength/2), ""},
		{"eleven characters", "abcdefghijk", "at least 12 characters"},
		{"eleven characters of two bytes each", strings.Repeat("é", 11), "at least 12 characters"},
		{"too long", strings.Repeat("ab", benchmark.MaxPasswordLength/2) + "c", "at most 256"},
		{"on the deny list, other case", "PASSWORD1234", "most common passwords"},
		{"on the deny list", "qwertyuiopasdfgh", "most common passwords"},
		{"the email's local part", "ada.lovelace", "email address"},
		{"containing the local part", "my ADA.LOVELACE password", "email address"},
		{"the whole email", email, "email address"},
		{"one character repeated", "aaaaaaaaaaaaaaa", "repeat"},
		{"not text", "abcdefghijk\xff", "not text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := p.Check(tc.password, email)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.want != "" && err == nil:
				t.Errorf("accepted, want a message with %q", tc.want)
			case tc.want != "" && (!strings.Contains(err.Error(), tc.want) || benchmark.ErrorCode(err) != benchmark.EINVALID):
				t.Errorf("message %q (%s), want it to contain %q", err, benchmark.ErrorCode(err), tc.want)
			}
		})
	}
}

// A short local part ("al") is not a word to refuse in passwords.
func TestPasswordPolicy_ShortLocalPart(t *testing.T) {
	var p *benchmark.PasswordPolicy // no deny list
	if err := p.Check("metal and glass", "al@b.uk"); err != nil {
		t.Errorf("refused: %v", err)
	}
}
