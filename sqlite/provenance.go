package sqlite

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// attachProvenance fills the provenance of the agreements held in byID.
func (tx *Tx) attachProvenance(ctx context.Context, byID map[int]*benchmark.Agreement) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT agreement_id, origin, file, source, numbered_by, created_by
		FROM agreement_provenance WHERE agreement_id IN `+idList(byID))
	if err != nil {
		return fmt.Errorf("find provenance: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		var p benchmark.Provenance
		if err := rows.Scan(&id, &p.Origin, &p.File, &p.Source, &p.NumberedBy, &p.By); err != nil {
			return err
		}
		byID[id].Provenance = p
	}
	return rows.Err()
}
