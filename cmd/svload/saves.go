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

// measureSaves has each client read a random rating's version and save a
// change against it, as the grid does; only the save is timed. A conflict
// (409) is an answer, not an error.
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
	s := drive(c.clients, c.duration, func(client, i int) (bool, time.Duration) {
		e := editors[client]
		rng := rand.New(rand.NewPCG(uint64(client), uint64(i)))
		path := fmt.Sprintf("%s/assessments/%d/ratings/%d", srv.base, id.round, id.recs[rng.IntN(len(id.recs))])
		req, _ := http.NewRequest(http.MethodGet, path, nil)
		req.Header.Set("Accept", "application/json")
		began := time.Now()
		resp, err := e.http.Do(req)
		if err != nil {
			return false, 0
		}
		var cur struct {
			Version int `json:"version"`
		}
		err = json.NewDecoder(resp.Body).Decode(&cur)
		resp.Body.Close()
		read := time.Since(began) // the grid has the version already: only the save is timed
		if err != nil {
			return false, read
		}
		form := url.Values{"rag": {rags[rng.IntN(3)]}, "commentary": {fmt.Sprintf("load client %d, save %d", client, i)}, "version": {strconv.Itoa(cur.Version)}}
		resp, err = e.post(path, form)
		if err != nil {
			return false, read
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusConflict {
			conflicts[client]++
			return true, read
		}
		return resp.StatusCode == http.StatusOK, read
	})
	n := 0
	for _, k := range conflicts {
		n += k
	}
	return result{name: fmt.Sprintf("rating saves (%d conflicts)", n), got: s}, nil
}
