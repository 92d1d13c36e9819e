package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// server is a running 'svbench serve' with its profiling listener.
type server struct {
	cmd        *exec.Cmd
	base, prof string
}

// freeAddr returns a loopback address nothing listens on.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// startServer serves db on loopback and waits until it answers.
func startServer(c config, db string) (*server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	prof, err := freeAddr()
	if err != nil {
		return nil, err
	}
	args := []string{"serve", "--addr", addr, "--db", db}
	if c.pageCache >= 0 {
		args = append(args, "--page-cache", strconv.Itoa(c.pageCache))
	}
	cmd := exec.Command(c.svbench, args...)
	cmd.Env = append(os.Environ(), "SVBENCH_PPROF="+prof)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, base: "http://" + addr, prof: "http://" + prof}
	for range 200 {
		if resp, err := http.Get(s.base + "/healthz"); err == nil {
			resp.Body.Close()
			return s, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.stop()
	return nil, fmt.Errorf("svbench serve did not answer on %s", addr)
}

func (s *server) stop() {
	_ = s.cmd.Process.Signal(os.Interrupt)
	_ = s.cmd.Wait()
}

// peakRSS reads a process's peak resident set (VmHWM) in kB.
func peakRSS(pid int) (int, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/%d/status", pid)
}

// timed runs svbench with args and returns how long it took.
func timed(bin string, args ...string) (time.Duration, error) {
	began := time.Now()
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("svbench %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	return time.Since(began), nil
}

func numCPU() int { return runtime.NumCPU() }
