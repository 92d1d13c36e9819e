package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// genericInput is what the generic model projects: a profile's years and
// the authority it belongs to, when one was given.
type genericInput struct {
	store     *sqlite.Store
	authority *benchmark.Authority
	// name describes the profile's source; file is set for --profile.
	name, file string
	years      []deficit.ProfileYear
}

// loadGenericInput resolves --authority in the database and reads the
// --profile file (ingest), or else takes the authority's most recent
// stored profile. A file that does not read as a profile is an error
// naming the file, then each problem on its own line.
func (m *Main) loadGenericInput(ctx context.Context, f *modelFlags) (*genericInput, error) {
	in := &genericInput{}
	if f.authority != "" {
		store, err := m.openStore(ctx, f.db)
		if err != nil {
			return nil, err
		}
		au, err := store.FindAuthority(ctx, f.authority)
		if benchmark.ErrorCode(err) == benchmark.ENOTFOUND {
			return nil, fmt.Errorf("unknown authority %q: give a name, ONS code (e.g. E08000002) or DfE code (e.g. 351)", f.authority)
		} else if err != nil {
			return nil, err
		}
		in.store, in.authority = store, au
	}
	if f.profile != "" {
		data, err := readProfileFile(f.profile)
		if err != nil {
			return nil, err
		}
		in.file = filepath.Base(f.profile)
		in.name = in.file
		if in.years, err = ingest.ReadProfile(bytes.NewReader(data)); err != nil {
			return nil, fmt.Errorf("%s: %w", in.file, err)
		}
		return in, nil
	}
	list, err := in.store.FindProfiles(ctx, benchmark.ProfileFilter{AuthorityCode: &in.authority.ONSCode, Limit: 1})
	if err != nil {
		return nil, err
	} else if len(list) == 0 {
		return nil, fmt.Errorf("%s has no stored profile in %s: give --profile FILE.csv to store one", in.authority.Place(), f.db)
	}
	p := list[0]
	in.name = fmt.Sprintf("%s (stored profile %d, %s)", p.Name, p.ID, storedAt(p.CreatedAt))
	in.years = p.Years
	return in, nil
}

// storedAt says when a profile was stored, in UK time as the web pages
// show it: "1 Jul 2025, 14:30".
func storedAt(t time.Time) string { return benchmark.UKTime(t).Format("2 Jan 2006, 15:04") }

// options are the generic model's options for in.
func (in *genericInput) options() deficit.Options {
	opts := deficit.Options{Profile: in.years, ProfileName: in.name}
	if in.authority != nil {
		opts.Authority, opts.AuthorityCode = in.authority.Place(), in.authority.ONSCode
	}
	return opts
}

// save stores a --profile file against the resolved authority and says
// where; it does nothing when either is missing.
func (in *genericInput) save(ctx context.Context, w io.Writer, dbPath string) error {
	if in.file == "" || in.authority == nil {
		return nil
	}
	p := &benchmark.Profile{AuthorityCode: in.authority.ONSCode, Name: in.file, Years: in.years, CreatedBy: osActor()}
	if err := in.store.SaveProfile(ctx, p); err != nil {
		return fmt.Errorf("store profile: %s", benchmark.ErrorMessage(err))
	}
	fmt.Fprintf(w, "Stored %s as profile %d for %s (%s) in %s. 'svbench model generic --authority %s' projects it again; the web app shows it at /model/generic?profile=%d.\n",
		p.Name, p.ID, in.authority.Place(), in.authority.ONSCode, dbPath, in.authority.ONSCode, p.ID)
	return nil
}

// readProfileFile reads a profile CSV of at most benchmark.MaxProfileBytes.
func readProfileFile(path string) ([]byte, error) {
	file, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	data, err := io.ReadAll(io.LimitReader(file, benchmark.MaxProfileBytes+1))
	if err != nil {
		return nil, fileError("read", path, err)
	} else if len(data) > benchmark.MaxProfileBytes {
		return nil, fmt.Errorf("%s: a profile may be at most %d bytes", path, benchmark.MaxProfileBytes)
	}
	return data, nil
}
