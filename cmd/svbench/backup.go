package main

import (
	"context"
	"fmt"
)

// runBackup is the 'backup' subcommand: a consistent copy of the database.
func (m *Main) runBackup(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("backup", "backup FILE [--db svbench.db]")
	fs.about = "Writes a consistent copy of the database to FILE, also while the app runs.\nAn existing FILE is never overwritten."
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("backup: give one file to write, e.g. svbench backup svbench-backup.db")
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	if err := store.DB.Backup(ctx, pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "backed up %s to %s\n", *dbPath, pos[0])
	return nil
}
