// Package ingest turns files people publish and keep into validated
// benchmark types: agreements in the agreement format and rounds in the
// appendix ratings format, as CSV (UTF-8 with or without a byte order mark,
// UTF-16, or Windows-1252; any line ends) or as the first sheet of an XLSX
// workbook. A file is checked whole and every problem is reported with its
// line and column before anything is written. It also suggests themes for
// unmapped recommendations, writes the agreement export, neutralises
// spreadsheet formulas, and seeds an empty database from the shipped
// datasets. It never touches HTTP; the web upload form and the command line
// share it.
package ingest
