package store

import (
	"context"
	"sync"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/identity"
)

// Viewer is the store bound to one signed-in person for one request. Its
// methods take the request's context and apply the person's access policy
// (access.Viewer) inside.
type Viewer struct {
	gdb       *gorm.DB
	cache     *cache
	principal *identity.Principal
	points    db.PointScale
	publicURL string
	// Loaders batch the request's lookups and lists.
	Loaders *Loaders

	versionsOnce sync.Once
	versions     map[string]int64
	versionsErr  error

	policyOnce sync.Once
	policy     *access.Viewer
	policyErr  error

	casesMu sync.Mutex
	cases   map[int64]*db.Agreement // WithCase, by agreement id
}

func (sv *Viewer) db(ctx context.Context) *gorm.DB { return sv.gdb.WithContext(ctx) }

// cacheVersions reads the version rows once per request.
func (sv *Viewer) cacheVersions(ctx context.Context) (map[string]int64, error) {
	sv.versionsOnce.Do(func() { sv.versions, sv.versionsErr = db.CacheVersions(ctx, sv.gdb) })
	return sv.versions, sv.versionsErr
}

// Policy is the signed-in person as the access policy sees them today,
// built once per request from the cached org tree and deputies; nil when nobody is
// signed in (a nil policy permits nothing).
func (sv *Viewer) Policy(ctx context.Context) (*access.Viewer, error) {
	sv.policyOnce.Do(func() {
		if sv.principal == nil {
			return
		}
		units, err := sv.orgTree(ctx)
		if err != nil {
			sv.policyErr = err
			return
		}
		versions, err := sv.cacheVersions(ctx)
		if err != nil {
			sv.policyErr = err
			return
		}
		deputies, err := sv.cache.allDeputies(ctx, sv.gdb, versions[db.VersionDeputies])
		if err != nil {
			sv.policyErr = err
			return
		}
		day := clock.Today(ctx)
		v := access.FromUnits(sv.principal, units, day).Deputise(deputies, day)
		if v.Has(identity.RolePayCommission) {
			cases, err := db.CommissionCases(ctx, sv.gdb, v.PersonID)
			if err != nil {
				sv.policyErr = err
				return
			}
			v.WithCases(cases)
		}
		sv.policy = v
	})
	return sv.policy, sv.policyErr
}

// FiscalYears lists the fiscal years Zielwerk holds data for, from the
// cache.
func (sv *Viewer) FiscalYears(ctx context.Context) ([]int, error) {
	versions, err := sv.cacheVersions(ctx)
	if err != nil {
		return nil, err
	}
	return sv.cache.fiscalYears(ctx, sv.gdb, versions[db.VersionFiscalYears])
}
