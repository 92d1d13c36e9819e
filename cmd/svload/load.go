package main

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"
)

// stats is what one measurement saw.
type stats struct {
	n, errors int
	elapsed   time.Duration
	latencies []time.Duration
}

func (s *stats) rate() float64 { return float64(s.n) / s.elapsed.Seconds() }

// quantile returns the q-th latency (0 < q < 1).
func (s *stats) quantile(q float64) time.Duration {
	if len(s.latencies) == 0 {
		return 0
	}
	slices.Sort(s.latencies)
	return s.latencies[min(len(s.latencies)-1, int(q*float64(len(s.latencies))))]
}

// drive runs do on clients goroutines for d, each call one request, and
// collects its latencies; do reports whether the answer was right and how
// much of its time was preparation, not the request measured.
func drive(clients int, d time.Duration, do func(client, i int) (bool, time.Duration)) *stats {
	var (
		mu  sync.Mutex
		out = &stats{}
		wg  sync.WaitGroup
	)
	began := time.Now()
	deadline := began.Add(d)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			errs := 0
			for i := 0; time.Now().Before(deadline); i++ {
				t := time.Now()
				ok, prep := do(c, i)
				if !ok {
					errs++
				}
				lat = append(lat, time.Since(t)-prep)
			}
			mu.Lock()
			out.latencies = append(out.latencies, lat...)
			out.n += len(lat)
			out.errors += errs
			mu.Unlock()
		}()
	}
	wg.Wait()
	out.elapsed = time.Since(began)
	return out
}

// getter returns a request function that GETs url and checks the status.
func getter(client *http.Client, url string) func(int, int) (bool, time.Duration) {
	return func(int, int) (bool, time.Duration) {
		resp, err := client.Get(url)
		if err != nil {
			return false, 0
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK, 0
	}
}

// newClient is an HTTP client that keeps enough idle connections for
// every load client.
func newClient(clients int) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = clients
	return &http.Client{Transport: tr, Timeout: 60 * time.Second}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }
