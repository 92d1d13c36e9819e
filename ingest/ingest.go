// Package ingest turns files people publish and keep (CSV and, later, XLSX
// in the agreement and appendix ratings formats) into validated benchmark
// types, and seeds an empty database from the shipped datasets. It never
// touches HTTP; the web upload form and the command line share it.
package ingest
