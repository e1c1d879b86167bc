package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func known(env string) bool {
	for _, s := range settings {
		if s.env == env {
			return true
		}
	}
	return false
}

func readDeploy(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "deploy", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// yamlDocs decodes every document of a YAML file.
func yamlDocs(t *testing.T, name string) []map[string]any {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader([]byte(readDeploy(t, name))))
	var docs []map[string]any
	for {
		var d map[string]any
		err := dec.Decode(&d)
		if errors.Is(err, io.EOF) {
			return docs
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		docs = append(docs, d)
	}
}

var envNameRE = regexp.MustCompile(`(?m)^#?\s*([A-Z][A-Z0-9_]+)=`)

// Every setting the deploy files name is one the code reads.
func TestDeploySettingsAreKnown(t *testing.T) {
	var names []string
	for _, f := range []string{"dossier.env.example", "systemd/dossier.service"} {
		for _, m := range envNameRE.FindAllStringSubmatch(readDeploy(t, f), -1) {
			names = append(names, m[1])
		}
	}
	for _, f := range []string{"kubernetes/configmap.yaml", "kubernetes/secret.example.yaml"} {
		for _, d := range yamlDocs(t, f) {
			for _, key := range []string{"data", "stringData"} {
				if m, ok := d[key].(map[string]any); ok {
					for k := range m {
						names = append(names, k)
					}
				}
			}
		}
	}
	compose := yamlDocs(t, "docker-compose.yml")[0]
	for k := range compose["services"].(map[string]any)["dossier"].(map[string]any)["environment"].(map[string]any) {
		names = append(names, k)
	}
	for _, n := range names {
		if !known(n) {
			t.Errorf("the deploy files set %s, which Dossier does not read", n)
		}
	}
	if len(names) < 10 {
		t.Errorf("only %d settings found in the deploy files", len(names))
	}
}

func TestKubernetes(t *testing.T) {
	var dep map[string]any
	for _, d := range yamlDocs(t, "kubernetes/deployment.yaml") {
		if d["kind"] == "Deployment" {
			dep = d
		}
	}
	spec := dep["spec"].(map[string]any)
	if spec["replicas"] != 2 {
		t.Errorf("replicas %v", spec["replicas"])
	}
	c := spec["template"].(map[string]any)["spec"].(map[string]any)["containers"].([]any)[0].(map[string]any)
	probe := func(name string) string {
		return c[name].(map[string]any)["httpGet"].(map[string]any)["path"].(string)
	}
	if probe("livenessProbe") != "/healthz" || probe("readinessProbe") != "/readyz" {
		t.Errorf("probes %s %s", probe("livenessProbe"), probe("readinessProbe"))
	}
	res := c["resources"].(map[string]any)
	if res["requests"] == nil || res["limits"] == nil {
		t.Errorf("resources %v", res)
	}
	for _, v := range yamlDocs(t, "kubernetes/secret.example.yaml")[0]["stringData"].(map[string]any) {
		if !strings.Contains(v.(string), "REPLACE-ME") {
			t.Errorf("the Secret example holds a value that is not a placeholder: %q", v)
		}
	}
	kinds := map[string]bool{}
	for _, f := range []string{"deployment.yaml", "service.yaml", "configmap.yaml", "redis.yaml", "namespace.yaml", "kustomization.yaml"} {
		for _, d := range yamlDocs(t, "kubernetes/"+f) {
			kinds[d["kind"].(string)] = true
		}
	}
	for _, k := range []string{"Deployment", "Service", "ConfigMap", "StatefulSet", "Namespace", "Kustomization"} {
		if !kinds[k] {
			t.Errorf("no %s in deploy/kubernetes", k)
		}
	}
}

func TestDockerfileAndSystemd(t *testing.T) {
	df := readDeploy(t, "Dockerfile")
	for _, want := range []string{"CGO_ENABLED=0", "USER nonroot", "HEALTHCHECK", `"healthcheck"`, "distroless/static"} {
		if !strings.Contains(df, want) {
			t.Errorf("the Dockerfile lacks %s", want)
		}
	}
	if strings.Count(df, "\nFROM ") < 2 {
		t.Error("the Dockerfile is not multi-stage")
	}
	unit := readDeploy(t, "systemd/dossier.service")
	for _, want := range []string{"EnvironmentFile=", "ExecStart=/usr/local/bin/dossier serve", "NoNewPrivileges=yes", "ProtectSystem=strict", "DynamicUser=yes"} {
		if !strings.Contains(unit, want) {
			t.Errorf("the systemd unit lacks %s", want)
		}
	}
}

// The README's configuration section lists every setting.
func TestREADMEListsEverySetting(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range settings {
		if !strings.Contains(string(data), "| `"+s.env+"` |") {
			t.Errorf("README.md's configuration table lacks %s", s.env)
		}
	}
}
