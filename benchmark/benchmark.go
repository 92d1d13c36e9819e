// Package benchmark holds svbench's domain: authorities, agreements and their
// recommendations, the theme taxonomy, assessment rounds and RAG ratings, and
// the rules and pure computations over them. It does no I/O and imports no
// adapter: sqlite implements its services, ingest and export turn files into
// and out of its values, and the web reads through its interfaces
// (docs/architecture.md).
package benchmark
