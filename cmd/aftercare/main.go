// Command aftercare runs the Aftercare coaching bot: on Discord when
// DISCORD_TOKEN is set, otherwise as a chat in the terminal. "aftercare demo"
// shows a simulated week after a therapy session; "aftercare key" and
// "aftercare rekey" make and rotate the data key.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"

	"github.com/KimMachineGun/automemlimit/memlimit"
	"github.com/joho/godotenv"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/storage"
)

const usage = `Usage:
  aftercare        run the bot (a terminal chat when DISCORD_TOKEN is unset)
  aftercare demo   show a simulated week after a therapy session, then serve
                   its web view (Dr Rivera's page and Sam's) until Enter
  aftercare demo -serve
                   the same, serving until stopped (Ctrl-C)
  aftercare demo --lang es
                   the demo with Sam speaking es, de or fr (or en);
                   with -serve too
  aftercare key    print a new random DATA_KEY, to paste into .env
  aftercare rekey  re-seal everything with DATA_KEY, so that the keys in
                   DATA_KEYS_PREVIOUS can be dropped (stop it with Ctrl-C
                   at any time; run it again to go on)
  aftercare help   this text

Configuration comes from the environment or a .env file; see .env.example.
`

func main() {
	os.Exit(run(os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr))
}

// run returns the exit code: 0 done, 1 failed, 2 bad usage or configuration.
func run(args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "key" {
		// Before the configuration is read: a bad DATA_KEY is what this
		// mends.
		fmt.Fprintln(stdout, newKey())
		return 0
	}
	// Before .env is loaded: a GOMEMLIMIT there is not one the Go runtime
	// read, and must not stop the container's default.
	memLimit, memWhy := defaultMemoryLimit(os.Getenv, memlimit.FromCgroup)
	if err := godotenv.Load(); err != nil && !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "aftercare: .env: %v\n", err)
		return 2
	}
	cfg, err := LoadConfig(getenv)
	if err != nil {
		fmt.Fprintf(stderr, "aftercare: %v\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	sub := ""
	if len(args) > 0 {
		sub = args[0]
	}
	switch sub {
	case "":
		if memLimit > 0 {
			debug.SetMemoryLimit(memLimit)
		}
		gcPercent, gcWhy := defaultGCPercent(os.Getenv, debug.SetMemoryLimit(-1))
		if gcPercent > 0 {
			debug.SetGCPercent(gcPercent)
		}
		m := &Main{Config: cfg, Stdin: stdin, Stdout: stdout, Stderr: stderr, memLimit: memLimit, memWhy: memWhy, gcPercent: gcPercent, gcWhy: gcWhy}
		err = m.Run(ctx)
	case "rekey":
		err = runRekey(ctx, cfg, rekeyPrefix(cfg), stdout)
	case "demo":
		view := &demoView{Addr: cfg.WebAddr, Wait: stdin}
		serve, language, bad := demoArgs(args[1:])
		if bad != "" {
			fmt.Fprintf(stderr, "aftercare: demo takes -serve and --lang en|es|de|fr, not %q\n\n%s", bad, usage)
			return 2
		}
		if serve {
			view.Wait = nil
		}
		err = playDemo(ctx, stdout, stderr, os.TempDir(), nil, nil, view, language)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "aftercare: unknown command %q\n\n%s", sub, usage)
		return 2
	}
	return exitCode(err, stderr)
}

// exitCode says how a run ended, in one line on stderr: 0 done, 2 a data
// key that does not open the store or a key store that does not hold its
// keys (configuration), 1 anything else.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, storage.ErrWrongDataKey):
		fmt.Fprintf(stderr, "aftercare: %v\n", storage.ErrWrongDataKey)
		return 2
	case errors.Is(err, storage.ErrKeyStore):
		fmt.Fprintf(stderr, "aftercare: %v\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "aftercare: %v\n", err)
		return 1
	}
}

// demoArgs reads the demo's flags: -serve, and --lang with a language the
// bot speaks (also -lang, and --lang=es). bad is the first word it could
// not read.
func demoArgs(args []string) (serve bool, language, bad string) {
	language = lang.Default
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		switch {
		case !strings.HasPrefix(args[i], "-"):
			return false, "", args[i]
		case name == "serve" && !hasValue:
			serve = true
		case name == "lang" && !hasValue && i+1 < len(args):
			i++
			value, hasValue = args[i], true
			fallthrough
		case name == "lang" && hasValue:
			if !slices.Contains(lang.Langs, value) {
				return false, "", value
			}
			language = value
		default:
			return false, "", args[i]
		}
	}
	return serve, language, ""
}
