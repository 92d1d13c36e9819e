package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the bare insert loop and reading IDs
)

// ids are the rows the measured pages show.
type ids struct {
	round, earlier, other, rounds int
	recs                          []int
}

// discover picks a generated round with an earlier one of the same
// authority, another authority's round and the round's recommendations.
func discover(path string) (*ids, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?_query_only=true")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	out := &ids{}
	if err := db.QueryRow(`SELECT a.id, b.id FROM assessments a JOIN assessments b ON b.authority_code = a.authority_code
		WHERE a.title = 'Synthetic round 2 (seed 1)' AND b.title = 'Synthetic round 1 (seed 1)' ORDER BY a.id LIMIT 1`).Scan(&out.round, &out.earlier); err != nil {
		return nil, fmt.Errorf("find a generated round: %w", err)
	}
	if err := db.QueryRow(`SELECT MAX(id), COUNT(*) FROM assessments`).Scan(&out.other, &out.rounds); err != nil {
		return nil, err
	}
	rows, err := db.Query(`SELECT r.id FROM recommendations r JOIN assessment_agreements aa ON aa.agreement_id = r.agreement_id
		WHERE aa.assessment_id = ? ORDER BY r.id`, out.round)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out.recs = append(out.recs, id)
	}
	return out, rows.Err()
}

// page is one measured path.
type page struct{ name, path string }

// pages lists what 'make bench' measures (paths from web/routes.go).
func pages(id *ids) []page {
	r := fmt.Sprintf("/assessments/%d", id.round)
	return []page{
		{"home", "/"},
		{"theme matrix", "/themes"},
		{"round", r},
		{"grid, first view", r + "/ratings"},
		{"summary", r + "/summary"},
		{"movement", fmt.Sprintf("%s/movement?from=%d", r, id.earlier)},
		{"compare", fmt.Sprintf("/compare?round=%d&round=%d", id.round, id.other)},
		{"report", r + "/report"},
		{"XLSX export", r + "/export.xlsx"},
		{"CSV export", r + "/export.csv"},
		{"national view", "/national"},
		{"national XLSX", "/national.xlsx"},
	}
}

// result is one row of the table: a target and, for pages, its floor.
type result struct {
	name  string
	bytes int
	got   *stats
	floor *stats
}

// measurePage fetches a page once, drives it, then drives a bare handler
// serving the same bytes, while the server's CPU profile is taken.
func measurePage(c config, srv *server, p page) (result, error) {
	signedIn, err := signIn(srv, c.clients)
	if err != nil {
		return result{}, err
	}
	client := signedIn.http
	resp, err := client.Get(srv.base + p.path)
	if err != nil {
		return result{}, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		return result{}, fmt.Errorf("GET %s: %d %v", p.path, resp.StatusCode, err)
	}
	profiled := make(chan error, 1)
	go func() { profiled <- saveProfile(srv, c, p.name) }()
	got := drive(c.clients, c.duration, getter(client, srv.base+p.path))
	if err := <-profiled; err != nil {
		return result{}, err
	}
	floor, err := floorOf(c, body, resp.Header.Get("Content-Type"))
	if err != nil {
		return result{}, err
	}
	return result{name: p.name, bytes: len(body), got: got, floor: floor}, nil
}

// floorOf serves body from a bare net/http handler on loopback and drives
// it as the page was driven.
func floorOf(c config, body []byte, contentType string) (*stats, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
	})}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	return drive(c.clients, c.duration, getter(newClient(c.clients), "http://"+ln.Addr().String()+"/")), nil
}

// saveProfile takes a CPU profile of the server for the measurement.
func saveProfile(srv *server, c config, name string) error {
	secs := max(1, int(c.duration.Seconds())-1)
	resp, err := http.Get(fmt.Sprintf("%s/debug/pprof/profile?seconds=%d", srv.prof, secs))
	if err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	defer resp.Body.Close()
	f, err := os.Create(filepath.Join(c.dir, strings.NewReplacer(" ", "-", ",", "").Replace(name)+".pprof"))
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, resp.Body)
	return err
}
