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
	return steps, prof, nil
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
