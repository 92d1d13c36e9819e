package ingest

import "strings"

// TemplateCSV is an empty agreement file to fill in: the header row of the
// agreement format, UTF-8 with a byte order mark so Excel opens it cleanly.
func TemplateCSV() []byte {
	return []byte("\ufeff" + strings.Join(AgreementColumns, ",") + "\r\n")
}

// RatingsTemplateCSV is an empty ratings file in the appendix format.
func RatingsTemplateCSV() []byte {
	return []byte("\ufeff" + strings.Join(RatingColumns, ",") + "\r\n")
}
