package main

import "fmt"

// printTable prints each target beside its floor: throughput, p50, p99,
// errors, and p99 as a multiple of the floor's.
func printTable(rows []result) {
	fmt.Printf("%-28s %9s %8s %8s %8s %6s | %8s %8s %8s %7s\n",
		"target", "bytes", "req/s", "p50 ms", "p99 ms", "errors", "floor/s", "f p50", "f p99", "p99 x")
	for _, r := range rows {
		g := r.got
		fmt.Printf("%-28s %9d %8.0f %8s %8s %6d |", r.name, r.bytes, g.rate(), ms(g.quantile(0.5)), ms(g.quantile(0.99)), g.errors)
		if f := r.floor; f != nil {
			ratio := float64(g.quantile(0.99)) / float64(max(1, f.quantile(0.99)))
			fmt.Printf(" %8.0f %8s %8s %7.1f", f.rate(), ms(f.quantile(0.5)), ms(f.quantile(0.99)), ratio)
		}
		fmt.Println()
	}
}
