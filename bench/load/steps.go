package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"
)

// profileTaken tells how the CPU profile of one step went.
type profileTaken struct {
	rate, seconds int
	err           error
}

// runSteps warms up, then runs one step per rate and prints its row as soon
// as it is done. With -cpuprofile it fetches the server's CPU profile
// during the chosen step (prof is nil otherwise). err is an interruption.
func runSteps(ctx context.Context, st *stepper, o options, out io.Writer) (steps []stepResult, prof *profileTaken, err error) {
	if o.Warmup > 0 {
		st.attack(ctx, slices.Min(o.Rates), o.Warmup)
	}
	fmt.Fprintln(out)
	printTableHeader(out)
	for i, rate := range o.Rates {
		if i > 0 || o.Warmup > 0 {
			if sleep(ctx, o.Pause) != nil {
				return steps, prof, errors.New("interrupted")
			}
		}
		var profDone chan error
		if o.CPUProfile != "" && rate == o.ProfileRate && prof == nil {
			prof = &profileTaken{rate: rate, seconds: max(1, min(o.ProfileSeconds, int(o.Duration/time.Second)))}
			profDone = make(chan error, 1)
			go func() { profDone <- fetchProfile(ctx, o.AdminAddr, prof.seconds, o.CPUProfile) }()
		}
		r := st.step(ctx, rate, o.Duration)
		if profDone != nil {
			prof.err = <-profDone
		}
		if ctx.Err() != nil {
			return steps, prof, errors.New("interrupted")
		}
		printRow(out, r)
		steps = append(steps, r)
	}
	// Bisect between the highest sustained rate and the next tested one
	// that was not, so the saturation point is not just the grid's.
	lo, ok := saturation(steps, o.MaxP99)
	hi := nextFailed(steps, lo, o.MaxP99)
	for range o.Refine {
		mid := (lo + hi) / 2 / 5 * 5
		if !ok || hi == 0 || mid <= lo || mid >= hi {
			break
		}
		if sleep(ctx, o.Pause) != nil {
			return steps, prof, errors.New("interrupted")
		}
		r := st.step(ctx, mid, o.Duration)
		if ctx.Err() != nil {
			return steps, prof, errors.New("interrupted")
		}
		printRow(out, r)
		steps = append(steps, r)
		if r.sustained(o.MaxP99) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return steps, prof, nil
}

// nextFailed is the lowest tested rate above lo that was not sustained,
// 0 if there is none.
func nextFailed(steps []stepResult, lo int, maxP99 time.Duration) int {
	hi := 0
	for _, s := range steps {
		if s.Rate > lo && !s.sustained(maxP99) && (hi == 0 || s.Rate < hi) {
			hi = s.Rate
		}
	}
	return hi
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
