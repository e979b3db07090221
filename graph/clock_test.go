package graph_test

import (
	"testing"
	"time"

	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph"
)

// "Today" comes from the request's clock, not from the wall clock: the org
// tree of a day before the 2019 reorganisation holds the Fachbereiche
// dissolved then, today's does not.
func TestTheClockDecidesToday(t *testing.T) {
	gdb := dbtest.Open(t)
	if _, err := demo.Seed(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, gdb, graph.Options{})
	for _, day := range []time.Time{
		time.Date(2015, 6, 1, 9, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC),
	} {
		var units []db.OrgUnit
		if err := gdb.Find(&units).Error; err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, u := range units {
			if u.ActiveOn(day) {
				want++
			}
		}
		c.clock = clock.Fixed(day)
		got := get(c.must(`{ orgUnits(first: 100) { totalCount } }`, nil), "orgUnits", "totalCount")
		if got != float64(want) {
			t.Errorf("%s: %v units, the database says %d", day.Format(time.DateOnly), got, want)
		}
	}
}
