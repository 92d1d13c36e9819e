package bury

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
)

// derived checks every figure the model derived rather than read: a DfE
// contribution, schools block transfer or High Needs funding increase
// below zero means the published deficits it was derived from cannot all
// be right, so it is an error, named with the year and the working.
func (c *checker) derived(base, rev14 *deficit.Inputs) {
	for _, in := range []*deficit.Inputs{base, rev14} {
		for _, d := range in.Derivations {
			switch d.Field {
			case deficit.FieldContributions, deficit.FieldTransfers:
			case deficit.FieldFunding:
				if in != rev14 {
					continue
				}
			default:
				continue
			}
			ok := d.Value >= -0.0005
			st := deficit.StatusOK
			if !ok {
				st = deficit.StatusInconsistent
			}
			c.out = append(c.out, deficit.Finding{
				ID: "derived-" + d.Field + "-" + slug(d.Year), Table: in.Label, Where: d.Year.String() + ", " + d.Name + " (derived)",
				Check: "a derived " + d.Name + " is not negative", Status: st, Unit: deficit.Millions,
				Detail: fmt.Sprintf("derived %s for %s is %s: %s", d.Name, d.Year, deficit.FormatMillions(d.Value), d.How),
			})
		}
	}
}
