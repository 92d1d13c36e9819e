package ingest

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/svbench/svbench/benchmark"
)

// Register files in the shipped datasets.
const (
	RegisterFile  = "safety-valve-register.csv"
	RoundsFile    = "register-rounds.csv"
	ProgrammeFile = "programme-events.csv"
)

// ShippedRegister is the register of agreements as svbench ships it.
type ShippedRegister struct {
	Entries []*benchmark.RegisterEntry
	Rounds  []benchmark.RoundCount
	Events  []*benchmark.ProgrammeEvent
}

// ReadShippedRegister reads the shipped register, round counts and
// programme events, checking the register against the shipped authorities.
func ReadShippedRegister(fsys fs.FS) (*ShippedRegister, error) {
	data, err := readDataset(fsys, "authorities.csv")
	if err != nil {
		return nil, err
	}
	auths, err := ParseAuthorities(data)
	if err != nil {
		return nil, fmt.Errorf("authorities.csv: %w", err)
	}
	if data, err = readDataset(fsys, RegisterFile); err != nil {
		return nil, err
	}
	entries, err := ParseRegister(data, &Reference{Authorities: auths})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", RegisterFile, err)
	}
	if data, err = readDataset(fsys, ProgrammeFile); err != nil {
		return nil, err
	}
	events, err := ParseProgrammeEvents(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ProgrammeFile, err)
	}
	if data, err = readDataset(fsys, RoundsFile); err != nil {
		return nil, err
	}
	rounds, err := ParseRegisterRounds(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", RoundsFile, err)
	}
	return &ShippedRegister{Entries: entries, Rounds: rounds, Events: events}, nil
}

// SeedRegister writes the shipped register and programme events into
// svc in one transaction, in place of what it held. Running it twice
// changes nothing.
func SeedRegister(ctx context.Context, fsys fs.FS, svc benchmark.RegisterService) error {
	reg, err := ReadShippedRegister(fsys)
	if err != nil {
		return err
	}
	return svc.ReplaceRegister(ctx, reg.Entries, reg.Rounds, reg.Events)
}
