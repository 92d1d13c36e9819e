package web

import "testing"

func TestSafeReturn(t *testing.T) {
	for in, want := range map[string]string{
		"/assessments/1/ratings?group=theme#rec-4": "/assessments/1/ratings?group=theme#rec-4",
		"/":                     "/",
		"":                      "/",
		"https://evil.example/": "/",
		"//evil.example":        "/",
		"/\\evil.example":       "/",
		"/\t/evil.example":      "/",
		"/\n/evil.example":      "/",
		"/\r//evil.example":     "/",
		"javascript:alert(1)":   "/",
		"assessments/1":         "/",
	} {
		if got := safeReturn(in); got != want {
			t.Errorf("safeReturn(%q) = %q, want %q", in, got, want)
		}
	}
}
