// Package benchmark holds svbench's domain: authorities, agreements and their
// recommendations, the theme taxonomy, assessment rounds and RAG ratings, and
// the pure computations over them. It does no I/O; storage lives in
// benchmark/sqlite and the web and ingest packages call its services.
package benchmark
