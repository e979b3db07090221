package graph_test

import (
	"sync"
	"testing"

	"zielwerk/db"
)

// Two agreementCreate for the same agent, unit and year at once: the early
// check may let both through on PostgreSQL, the unique constraint does not;
// the loser gets the same userError as a late duplicate.
func TestConcurrentAgreementCreateOneWins(t *testing.T) {
	w := newLifecycleWorld(t)
	vars := map[string]any{"unit": gid("OrgUnit", w.dezernat.ID), "agent": gid("Person", *w.dezernat.LeaderID)}
	create := `{agentId: $agent, orgUnitId: $unit, year: 2025, payRule: NONE}`
	results := make([]result, 2)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			results[i] = mutate(t, w.ob, "agreementCreate", create, vars)
		}()
	}
	close(start)
	wg.Wait()
	won, refused := 0, 0
	for _, r := range results {
		switch {
		case r.code == "" && r.ue == "" && r.p["agreement"] != nil:
			won++
		case r.code == "" && r.ue == "BAD_USER_INPUT" && userErrorKey(r) == "agreement.exists":
			refused++
		default:
			t.Errorf("unexpected answer: code %q userError %q payload %v", r.code, r.ue, r.p)
		}
	}
	var n int64
	w.gdb.Model(&db.Agreement{}).Where("org_unit_id = ? AND year = 2025", w.dezernat.ID).Count(&n)
	if won != 1 || refused != 1 || n != 1 {
		t.Fatalf("won %d, refused %d, stored %d; want 1, 1, 1", won, refused, n)
	}
}

func userErrorKey(r result) string {
	errs, _ := r.p["userErrors"].([]any)
	if len(errs) == 0 {
		return ""
	}
	k, _ := get(errs[0], "key").(string)
	return k
}
