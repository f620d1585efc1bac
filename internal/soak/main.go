// Command soak runs Aftercare for a simulated month in one process: a few
// thousand simulated people on a fake clock, against the in-repo fake
// Discord and a real Redis, with the real coach, scheduler and Discord
// transport wired as cmd/aftercare wires them. Once a simulated day it
// samples the process's RSS, goroutines and Go heap, Redis's used_memory
// and the bytes and keys of its own key prefix, and the errors logged. At
// the end it prints each curve's start and end, a verdict per goal of
// issue 17's soak, and writes a PNG plot and the samples (CSV) to -out.
//
//	REDIS_URL=redis://127.0.0.1:6379 go run ./internal/soak -people 2000 -days 30
//
// It writes only under a key prefix of its own (soak:<random>:) and
// deletes those keys at the end; it never flushes anything.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"
)

type options struct {
	people, days, workers int
	seed                  int64
	out, redisURL         string
	memprofile            string
}

func main() {
	var o options
	flag.IntVar(&o.people, "people", 2000, "simulated people")
	flag.IntVar(&o.days, "days", 30, "simulated days")
	flag.IntVar(&o.workers, "workers", 16, "people acting at once")
	flag.Int64Var(&o.seed, "seed", 1, "seed of the people's choices")
	flag.StringVar(&o.out, "out", "", "folder for the plot, the samples and the log (default: a new temporary folder)")
	flag.StringVar(&o.memprofile, "memprofile", "", "write a heap profile here at the end, after a GC, and one at the end of the first week to <this>.day7 (compare them with go tool pprof -base)")
	flag.Parse()
	o.redisURL = os.Getenv("REDIS_URL")
	if o.redisURL == "" {
		fmt.Fprintln(os.Stderr, "soak: set REDIS_URL: the soak measures a real Redis's memory")
		os.Exit(2)
	}
	if o.days < 14 || o.people < 1 {
		fmt.Fprintln(os.Stderr, "soak: -days must be at least 14 (the verdicts compare the first week with the last, and two spans after the first week) and -people positive")
		os.Exit(2)
	}
	if o.out == "" {
		dir, err := os.MkdirTemp("", "aftercare-soak.")
		if err != nil {
			fmt.Fprintln(os.Stderr, "soak:", err)
			os.Exit(1)
		}
		o.out = dir
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	start := time.Now()
	res, err := run(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
	res.wall = time.Since(start)
	res.print(os.Stdout, o)
	if err := writeCSV(filepath.Join(o.out, "soak.csv"), res.samples); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
	png := filepath.Join(o.out, "soak.png")
	if err := plotSamples(png, res.samples); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
	fmt.Printf("plot: %s\nsamples: %s\nlog: %s\n", png, filepath.Join(o.out, "soak.csv"), filepath.Join(o.out, "soak.log"))
}
