package web

import (
	"context"
	"errors"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
)

// Services are what the pages read and write through: the domain's
// services and the deficit models.
type Services struct {
	benchmark.Services
	// Models are the deficit models the model pages run; their yardstick
	// is the one every authority is measured against.
	Models *deficit.Registry
	// Hasher checks passwords at sign-in and hashes the first admin's;
	// Throttle refuses repeated failed sign-ins; Passwords is the policy a
	// new password meets. NewServer fills any left nil.
	Hasher    *auth.Hasher
	Throttle  *auth.Throttle
	Passwords *benchmark.PasswordPolicy
}

// Server is the svbench web application.
type Server struct {
	Services
	echo      *echo.Echo
	server    *http.Server
	ln        net.Listener
	templates map[string]*template.Template
	// Addr is the address to listen on, e.g. "127.0.0.1:8080".
	Addr string
	// TrustProxy trusts X-Forwarded-For and X-Forwarded-Proto, as set by a
	// TLS proxy in front of svbench; without it they are ignored.
	TrustProxy bool
	// Logger receives request errors.
	Logger *slog.Logger
	// yardstick describes the yardstick model for links and labels;
	// yardstickReport is its report, built once; bands caches each
	// model's sensitivity band by name.
	yardstick       yardstick
	yardstickReport func() (*deficit.Report, error)
	bands           sync.Map // model name -> func() (*deficit.Band, error)
	// rules are the routes' authorisation rules by "METHOD path"; csrfKey
	// binds the anonymous forms' tokens to their pre-session cookie;
	// stash keeps forms posted after a session ended.
	rules   map[string]rule
	csrfKey []byte
	stash   *stash
	// pages keeps rendered pages until the data changes (pagecache.go).
	pages *pageCache
}

// NewServer returns a server over the given services with its routes and
// templates ready; call Open to start listening.
func NewServer(svc Services) (*Server, error) {
	if svc.Models == nil {
		svc.Models = deficit.NewRegistry()
	}
	if svc.Hasher == nil {
		svc.Hasher = auth.NewHasher(auth.DefaultParams)
	}
	if svc.Throttle == nil {
		svc.Throttle = auth.NewThrottle()
	}
	s := &Server{Services: svc, echo: echo.New(), Logger: slog.Default(), rules: map[string]rule{},
		csrfKey: []byte(auth.NewToken()), stash: newStash(), pages: newPageCache(DefaultPageCacheBytes)}
	s.echo.IPExtractor = s.clientIP
	if err := s.openYardstick(); err != nil {
		return nil, err
	}
	s.echo.HideBanner, s.echo.HidePort = true, true
	s.echo.HTTPErrorHandler = s.handleError
	tpl, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	s.templates = tpl
	s.routes()
	return s, nil
}

// ServeHTTP lets tests and other servers use the app as an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.echo.ServeHTTP(w, r) }

// Open starts listening on Addr and serves in the background.
func (s *Server) Open() (err error) {
	if s.ln, err = net.Listen("tcp", s.Addr); err != nil {
		return err
	}
	s.server = &http.Server{Handler: s.echo,
		ReadHeaderTimeout: 10 * time.Second,
		// An upload of the largest file on a slow line, and an export of a
		// large round, each get two minutes.
		ReadTimeout:    2 * time.Minute,
		WriteTimeout:   2 * time.Minute,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
	}
	go func() {
		if err := s.server.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.Logger.Error("serve", "err", err)
		}
	}()
	return nil
}

// URL is the address the server listens on, as a URL.
func (s *Server) URL() string {
	addr := s.ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, itoa(addr.Port))
}

// Close shuts the server down gracefully.
func (s *Server) Close() error {
	if s.server == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.server.Shutdown(ctx)
}
