package main

import "testing"

func TestDemoArgs(t *testing.T) {
	for _, tc := range []struct {
		args          []string
		serve         bool
		language, bad string
	}{
		{nil, false, "en", ""},
		{[]string{"-serve"}, true, "en", ""},
		{[]string{"--lang", "es"}, false, "es", ""},
		{[]string{"--lang=de", "--serve"}, true, "de", ""},
		{[]string{"-lang", "fr"}, false, "fr", ""},
		{[]string{"--lang", "pt"}, false, "", "pt"},
		{[]string{"--lang"}, false, "", "--lang"},
		{[]string{"es"}, false, "", "es"},
	} {
		serve, language, bad := demoArgs(tc.args)
		if serve != tc.serve || language != tc.language || bad != tc.bad {
			t.Errorf("demoArgs(%q) = %v, %q, %q; want %v, %q, %q", tc.args, serve, language, bad, tc.serve, tc.language, tc.bad)
		}
	}
}
