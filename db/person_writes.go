package db

import (
	"math"
	"net/mail"
	"strings"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// PersonInput creates or changes a person of the directory.
type PersonInput struct {
	Name           Change[string]
	Email          Change[string]
	Position       Change[string]
	Employment     Change[Employment]
	PartTimeFactor Change[float64]
	// EnteredOn: the day the person entered the city's service (pay for
	// a partial year); nil in an update means unchanged.
	EnteredOn Change[time.Time]
}

func (in PersonInput) applyTo(p *Person) error {
	var e InputErrors
	e.text("name", in.Name, 200, &p.Name)
	if in.Email.Set {
		addr := ""
		if in.Email.V != nil {
			addr = strings.ToLower(trimmed(*in.Email.V))
		}
		if a, err := mail.ParseAddress(addr); err != nil || a.Address != addr || len(addr) > 254 {
			e.add("email", "person.email", "Bitte eine gültige E-Mail-Adresse angeben.", "Please give a valid e-mail address.")
		} else {
			p.Email = addr
		}
	}
	e.optionalText("position", in.Position, 200, &p.Position)
	setEnum(&e, "employment", in.Employment, &p.Employment, EmploymentTarif, EmploymentBeamte, EmploymentNone)
	if in.PartTimeFactor.Set {
		if f := in.PartTimeFactor.V; f == nil || math.IsNaN(*f) || *f <= 0 || *f > 1 {
			e.add("partTimeFactor", "person.partTime", "Der Teilzeitfaktor liegt über 0 und höchstens bei 1 (z. B. 0,5).",
				"The part-time factor is above 0 and at most 1 (e.g. 0.5).")
		} else {
			p.PartTimeFactor = *f
		}
	}
	if in.EnteredOn.Set && in.EnteredOn.V != nil {
		d := DateOf(*in.EnteredOn.V)
		if p.LeftOn != nil && d.After(*p.LeftOn) {
			e.add("enteredOn", "person.enteredAfterLeft", "Der Eintritt liegt nach dem Ausscheiden.", "The entry lies after the leaving day.")
		} else {
			p.EnteredOn = &d
		}
	}
	return e.err()
}

var people = record[Person]{
	entity:  "Person",
	id:      func(p *Person) int64 { return p.ID },
	version: func(p *Person) int { return p.Version },
	fields: func(p *Person) map[string]any {
		return map[string]any{"name": p.Name, "email": p.Email, "position": p.Position, "employment": p.Employment,
			"partTimeFactor": p.PartTimeFactor, "leftOn": dateOrNil(p.LeftOn), "enteredOn": dateOrNil(p.EnteredOn)}
	},
	columns: func(p *Person) map[string]any {
		return map[string]any{"name": p.Name, "email": p.Email, "position": p.Position, "employment": p.Employment,
			"part_time_factor": p.PartTimeFactor, "left_on": p.LeftOn, "entered_on": p.EnteredOn}
	},
	check:  func(_ *gorm.DB, _, _ *Person) error { return nil },
	unique: apperr.BadInput("email", "person.emailTaken", "Diese E-Mail-Adresse hat schon eine andere Person.", "Another person has this e-mail address."),
}

// CreatePerson adds a person; name and e-mail are required.
func CreatePerson(tx *gorm.DB, actor Actor, may May[Person], in PersonInput) (*Person, error) {
	p := newPerson()
	return people.create(tx, actor, may, &p, inputErrors(in.missing(), in.applyTo(&p)))
}

func newPerson() Person { return Person{Version: 1, Employment: EmploymentNone, PartTimeFactor: 1} }

// missing reports the fields a new person needs.
func (in PersonInput) missing() InputErrors {
	var e InputErrors
	e.required("name", in.Name.Set)
	e.required("email", in.Email.Set)
	return e
}

// UpdatePerson changes a person's directory entry.
func UpdatePerson(tx *gorm.DB, actor Actor, may May[Person], id int64, expectedVersion int, in PersonInput) (*Person, error) {
	return people.update(tx, actor, may, id, expectedVersion, "update", func(p *Person) error { return in.applyTo(p) })
}

// PersonLeave records that a person leaves on day. They keep their
// history; their open agreements (not closed, either side) are returned
// for reassignment.
func PersonLeave(tx *gorm.DB, actor Actor, may May[Person], id int64, expectedVersion int, day time.Time) (*Person, []*Agreement, error) {
	p, err := people.update(tx, actor, may, id, expectedVersion, "leave", func(p *Person) error {
		if p.LeftOn != nil {
			return apperr.BadInput("day", "person.left", "Die Person ist schon ausgeschieden.", "The person has already left.")
		}
		d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
		p.LeftOn = &d
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var open []*Agreement
	err = tx.Where("(principal_id = ? OR agent_id = ?) AND status <> ?", id, id, StatusClosed).Order("year, id").Find(&open).Error
	return p, open, err
}
