// Package redistest starts real redis-server processes for tests, on free
// ports of 127.0.0.1, and can stop and restart them mid-test.
//
// Without a redis-server on the PATH, tests use REDIS_URL when it is set,
// and otherwise skip with a message, unless DOSSIER_REQUIRE_REDIS=1, when
// they fail.
package redistest

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// A Server is one redis-server for a test.
type Server struct {
	t    testing.TB
	Addr string // host:port
	cmd  *exec.Cmd
	own  bool
}

// URL returns the server's redis:// URL.
func (s *Server) URL() string { return "redis://" + s.Addr + "/0" }

// Start starts a redis-server for t, stopped when t ends.
func Start(t testing.TB) *Server {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		if url := os.Getenv("REDIS_URL"); url != "" {
			opt, err := goredis.ParseURL(url)
			if err != nil {
				t.Fatalf("REDIS_URL: %v", err)
			}
			return &Server{t: t, Addr: opt.Addr}
		}
		missing(t, "no redis-server on the PATH and no REDIS_URL")
	}
	s := &Server{t: t, Addr: "127.0.0.1:" + strconv.Itoa(freePort(t)), own: true}
	s.start()
	t.Cleanup(s.Stop)
	return s
}

// Pid is the redis-server's process ID, 0 when it is not one this
// package started (REDIS_URL) or it is stopped.
func (s *Server) Pid() int {
	if s.cmd == nil || s.cmd.Process == nil {
		return 0
	}
	return s.cmd.Process.Pid
}

// Own skips (or fails) t unless the server is one this package started,
// which a test needs to stop and restart it.
func (s *Server) Own() {
	s.t.Helper()
	if !s.own {
		missing(s.t, "this test stops and restarts Redis: it needs a redis-server of its own, not REDIS_URL")
	}
}

func missing(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("DOSSIER_REQUIRE_REDIS") == "1" {
		t.Fatalf("Redis is required (DOSSIER_REQUIRE_REDIS=1): %s", why)
	}
	t.Skipf("skipping: %s (install redis-server, or set REDIS_URL)", why)
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func (s *Server) start() {
	s.t.Helper()
	_, port, _ := net.SplitHostPort(s.Addr)
	s.cmd = exec.Command("redis-server", "--port", port, "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--loglevel", "warning")
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		s.t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("start redis-server: %v", err)
	}
	go func() { // drain its output so that it never blocks
		sc := bufio.NewScanner(out)
		for sc.Scan() {
		}
	}()
	rdb := goredis.NewClient(&goredis.Options{Addr: s.Addr, MaxRetries: -1})
	defer rdb.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := rdb.Ping(ctx).Err()
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("redis-server on %s did not answer: %v", s.Addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Stop kills the server; the port stays reserved for Restart.
func (s *Server) Stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGCONT) // a paused server must wake to die
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
	s.cmd = nil
}

// Pause freezes the server (SIGSTOP): it accepts connections and never
// answers, like a hung Redis. Resume undoes it.
func (s *Server) Pause() {
	s.t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		s.t.Fatal(err)
	}
}

// Resume wakes a paused server (SIGCONT).
func (s *Server) Resume() {
	s.t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		s.t.Fatal(err)
	}
}

// Restart starts the server again on the same port, empty.
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	s.start()
}

// Client returns a plain client of the server, closed when the test ends.
func (s *Server) Client() *goredis.Client {
	rdb := goredis.NewClient(&goredis.Options{Addr: s.Addr})
	s.t.Cleanup(func() { rdb.Close() })
	return rdb
}

// String names the server.
func (s *Server) String() string { return fmt.Sprintf("redis-server at %s", s.Addr) }
