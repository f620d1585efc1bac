package main

import (
	"io/fs"
	"strings"
	"testing"
)

func TestDefaultMemoryLimit(t *testing.T) {
	v2, v1 := cgroupMemoryFiles[0], cgroupMemoryFiles[1]
	for _, c := range []struct {
		name  string
		env   string
		files map[string]string
		want  int64
		why   string
	}{
		{"v2 limit", "", map[string]string{v2: "1073741824\n"}, 966367641, "90% of the container's 1024 MiB"},
		{"v1 limit", "", map[string]string{v1: "536870912\n"}, 483183820, "90% of the container's 512 MiB"},
		{"v2 unlimited", "", map[string]string{v2: "max\n", v1: "536870912"}, 0, "no container memory limit"},
		{"v1 unlimited", "", map[string]string{v1: "9223372036854771712\n"}, 0, "no container memory limit"},
		{"GOMEMLIMIT set", "300MiB", map[string]string{v2: "1073741824"}, 0, "GOMEMLIMIT=300MiB from the environment"},
		{"GOMEMLIMIT off", "off", map[string]string{v2: "1073741824"}, 0, "GOMEMLIMIT=off"},
		{"no cgroup", "", nil, 0, "no container memory limit found"},
	} {
		t.Run(c.name, func(t *testing.T) {
			getenv := func(k string) string {
				if k == "GOMEMLIMIT" {
					return c.env
				}
				return ""
			}
			read := func(path string) ([]byte, error) {
				if v, ok := c.files[path]; ok {
					return []byte(v), nil
				}
				return nil, fs.ErrNotExist
			}
			got, why := defaultMemoryLimit(getenv, read)
			if got != c.want || !strings.Contains(why, c.why) {
				t.Errorf("defaultMemoryLimit = %d, %q; want %d, %q", got, why, c.want, c.why)
			}
		})
	}
}
