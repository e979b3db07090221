package printdoc

import (
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // the runtime image may have no zoneinfo; the Protokoll shows Berlin time

	"zielwerk/db"
)

// berlin is the city's time: a personnel file reads 10:05 Uhr, not UTC.
var berlin = mustLocation("Europe/Berlin")

func mustLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// protocolEntry is one audit event of the agreement, in words only: no
// field names, actions or role codes reach the print.
type protocolEntry struct {
	At, Who, What string
	Changes       []db.AuditChange
}

// protocol is the agreement's audit trail, oldest first, as the
// Protokoll of the print.
func protocol(evs []db.AuditEvent, people map[int64]*db.Person) []protocolEntry {
	out := make([]protocolEntry, 0, len(evs))
	for i := range evs {
		ev := &evs[i]
		out = append(out, protocolEntry{
			At:      ev.At.In(berlin).Format("02.01.2006, 15:04 Uhr"),
			Who:     who(ev, people),
			What:    db.AuditAction(ev.Action, false),
			Changes: db.AuditChanges(ev, false),
		})
	}
	return out
}

// who is the actor's name with the roles they acted in; the system (an
// import, a migration) has no person.
func who(ev *db.AuditEvent, people map[int64]*db.Person) string {
	name := "System"
	if ev.ActorID != nil {
		name = "Person Nr. " + strconv.FormatInt(*ev.ActorID, 10)
		if p := people[*ev.ActorID]; p != nil {
			name = p.Name
		}
	}
	if roles := db.RoleNames(ev.ActorRoles, false); len(roles) > 0 {
		name += " (" + strings.Join(roles, ", ") + ")"
	}
	return name
}
