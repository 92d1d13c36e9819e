package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// csrfField finds the CSRF token in a page's form.
var csrfField = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)

// editor is one signed-in load client: its session cookie and CSRF token.
type editor struct {
	http *http.Client
	csrf string
}

func (e *editor) post(u string, form url.Values) (*http.Response, error) {
	form.Set("_csrf", e.csrf)
	req, _ := http.NewRequest(http.MethodPost, u, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	return e.http.Do(req)
}

// measureSaves has each client save changes to random ratings of the round
// as the grid's script does: it reads a rating's version once (untimed),
// then saves against the version each reply hands back, its own save's or,
// after a conflict (409, an answer, not an error), the one that won. Only
// saves are timed and counted.
func measureSaves(c config, srv *server, id *ids) (result, error) {
	editors := make([]*editor, c.clients)
	for i := range editors {
		e, err := signIn(srv, c.clients)
		if err != nil {
			return result{}, err
		}
		editors[i] = e
	}
	rags := []string{"green", "amber", "red"}
	conflicts := make([]int, c.clients)
	versions := make([]map[int]int, c.clients)
	for i := range versions {
		versions[i] = map[int]int{}
	}
	profiled := make(chan error, 1)
	go func() { profiled <- saveProfile(srv, c, "rating saves") }()
	s := drive(c.clients, c.duration, func(client, i int) (bool, time.Duration) {
		e, known := editors[client], versions[client]
		rng := rand.New(rand.NewPCG(uint64(client), uint64(i)))
		rec := id.recs[rng.IntN(len(id.recs))]
		path := fmt.Sprintf("%s/assessments/%d/ratings/%d", srv.base, id.round, rec)
		began := time.Now()
		if _, ok := known[rec]; !ok {
			v, err := e.version(path)
			if err != nil {
				return false, time.Since(began)
			}
			known[rec] = v
		}
		read := time.Since(began) // the grid has the version already: only the save is timed
		form := url.Values{"rag": {rags[rng.IntN(3)]}, "commentary": {fmt.Sprintf("load client %d, save %d", client, i)}, "version": {strconv.Itoa(known[rec])}}
		resp, err := e.post(path, form)
		if err != nil {
			return false, read
		}
		var reply struct {
			Rating struct {
				Version int `json:"version"`
			} `json:"rating"`
		}
		err = json.NewDecoder(resp.Body).Decode(&reply)
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err == nil && reply.Rating.Version > 0 {
			known[rec] = reply.Rating.Version
		} else {
			delete(known, rec)
		}
		if resp.StatusCode == http.StatusConflict {
			conflicts[client]++
			return true, read
		}
		return resp.StatusCode == http.StatusOK, read
	})
	if err := <-profiled; err != nil {
		return result{}, err
	}
	n := 0
	for _, k := range conflicts {
		n += k
	}
	return result{name: fmt.Sprintf("rating saves (%d conflicts)", n), got: s}, nil
}

// version reads a rating's current version, as the grid page carries it.
func (e *editor) version(path string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, path, nil)
	req.Header.Set("Accept", "application/json")
	resp, err := e.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var cur struct {
		Version int `json:"version"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&cur); err != nil {
		return 0, err
	}
	return cur.Version, nil
}
