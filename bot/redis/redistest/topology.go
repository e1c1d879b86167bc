package redistest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// StartCluster starts a Redis Cluster of three masters on free ports of
// 127.0.0.1 and returns their addresses, for REDIS_ADDRS. It needs
// redis-server and redis-cli; without them the test skips (or fails under
// DOSSIER_REQUIRE_REDIS=1).
func StartCluster(t testing.TB) []string {
	t.Helper()
	need(t, "redis-server", "redis-cli")
	dir := t.TempDir()
	var addrs []string
	for range 3 {
		port := clusterPort(t)
		addr := "127.0.0.1:" + strconv.Itoa(port)
		run(t, dir, "redis-server", "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
			"--cluster-enabled", "yes", "--cluster-config-file", fmt.Sprintf("nodes-%d.conf", port),
			"--cluster-node-timeout", "2000", "--dir", dir, "--loglevel", "warning")
		waitPing(t, addr)
		addrs = append(addrs, addr)
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	if out, err := exec.Command("redis-cli", args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	// every node must see the cluster ready, not only the one a cluster
	// client happens to ask: until then a node may answer CLUSTERDOWN
	deadline := time.Now().Add(20 * time.Second)
	for _, addr := range addrs {
		rdb := goredis.NewClient(&goredis.Options{Addr: addr})
		for {
			info, err := rdb.ClusterInfo(context.Background()).Result()
			if err == nil && strings.Contains(info, "cluster_state:ok") {
				break
			}
			if time.Now().After(deadline) {
				rdb.Close()
				t.Fatalf("the cluster did not become ready at %s: %v %s", addr, err, info)
			}
			time.Sleep(100 * time.Millisecond)
		}
		rdb.Close()
	}
	return addrs
}

// StartSentinel starts a Redis master and one Sentinel monitoring it as
// "dossier", and returns the Sentinel's address and the master's name.
func StartSentinel(t testing.TB) (sentinel, master string) {
	t.Helper()
	need(t, "redis-server")
	dir := t.TempDir()
	m := Start(t)
	port := strconv.Itoa(freePort(t))
	conf := filepath.Join(dir, "sentinel.conf")
	body := fmt.Sprintf("port %s\nbind 127.0.0.1\nsentinel monitor dossier %s 1\nsentinel down-after-milliseconds dossier 5000\n",
		port, strings.Replace(m.Addr, ":", " ", 1))
	if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	run(t, dir, "redis-server", conf, "--sentinel")
	addr := "127.0.0.1:" + port
	waitPing(t, addr)
	return addr, "dossier"
}

func need(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			missing(t, "no "+tool+" on the PATH")
		}
	}
}

// run starts a process for the test, killed when it ends.
func run(t testing.TB, dir, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
}

func waitPing(t testing.TB, addr string) {
	t.Helper()
	rdb := goredis.NewClient(&goredis.Options{Addr: addr, MaxRetries: -1})
	defer rdb.Close()
	deadline := time.Now().Add(10 * time.Second)
	for rdb.Ping(context.Background()).Err() != nil {
		if time.Now().After(deadline) {
			t.Fatalf("nothing answers on %s", addr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// clusterPort finds a free port whose cluster bus port (+10000) is free too.
func clusterPort(t testing.TB) int {
	for range 100 {
		p := freePort(t)
		if p+10000 > 65535 {
			continue
		}
		if l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p+10000)); err == nil {
			l.Close()
			return p
		}
	}
	t.Fatal("no free port pair for a cluster node")
	return 0
}
