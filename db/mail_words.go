package db

import (
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The words of the mails: plain German with an English line, naming the
// agreement and linking to it. A mail never holds assessment content
// (degrees, comments, notes): only that something waits, and where.

// mailFooter closes every mail.
const mailFooter = "\n\n-- \nZielwerk, Zielvereinbarungen und Kennzahlen der Stadtverwaltung.\n" +
	"Diese Nachricht wurde automatisch erstellt. / This message was sent automatically."

// agreementLabel names an agreement in a mail, in German and English:
// year, agent and unit.
func agreementLabel(tx *gorm.DB, a *Agreement) (string, string, error) {
	var row struct{ Agent, Unit string }
	err := tx.Raw(`SELECT p.name AS agent, u.name AS unit FROM people p, org_units u WHERE p.id = ? AND u.id = ?`,
		a.AgentID, a.OrgUnitID).Scan(&row).Error
	return fmt.Sprintf("Zielvereinbarung %d mit %s (%s)", a.Year, row.Agent, row.Unit),
		fmt.Sprintf("target agreement %d with %s (%s)", a.Year, row.Agent, row.Unit), err
}

// agreementLink is the agreement's page under publicURL.
func agreementLink(publicURL string, id int64) string {
	return strings.TrimRight(publicURL, "/") + "/vereinbarungen/" + GlobalID("Agreement", id)
}

// kpiLink is the KPI's page under publicURL.
func kpiLink(publicURL string, id int64) string {
	return strings.TrimRight(publicURL, "/") + "/kennzahlen/" + GlobalID("KPI", id)
}

// signMail tells a party of a proposed agreement (the agent when it is
// proposed, the other party after the first signature) that it waits for
// their signature. It is keyed by the agreement's version after the
// change: proposed again after a return, it is a new mail.
func signMail(tx *gorm.DB, a *Agreement, to *Person, publicURL string) (*OutboxMessage, error) {
	label, labelEn, err := agreementLabel(tx, a)
	if err != nil {
		return nil, err
	}
	link := agreementLink(publicURL, a.ID)
	body := fmt.Sprintf("Guten Tag %s,\n\ndie %s wartet auf Ihre Unterschrift.\nBitte prüfen und unterschreiben Sie sie hier:\n%s\n\n"+
		"English: the %s is waiting for your signature: %s", to.Name, label, link, labelEn, link)
	id, ag := to.ID, a.ID
	return &OutboxMessage{Kind: MailSign, TaskKind: TaskSign, RecipientID: &id, ToAddress: to.Email, AgreementID: &ag,
		Subject: "Zielvereinbarung wartet auf Ihre Unterschrift: " + label, Link: link, Body: body + mailFooter,
		DedupeKey: fmt.Sprintf("SIGN:%d:%d", a.ID, a.Version+1), Mandatory: true}, nil
}

// taskWords names a task kind in a digest line, in German and English.
var taskWords = map[TaskKind][2]string{
	TaskPropose:      {"Entwurf vervollständigen und vorschlagen", "complete and propose the draft"},
	TaskSign:         {"unterschreiben", "sign"},
	TaskReview:       {"Zwischengespräch festhalten", "record the mid-year review"},
	TaskSelfAssess:   {"Selbsteinschätzung abgeben", "give your self-assessment"},
	TaskAssess:       {"abschließend bewerten", "give the final assessment"},
	TaskClose:        {"abschließen", "close"},
	TaskOfficeReview: {"durch das OB-Büro prüfen", "review (OB office)"},
	TaskKPIOverdue:   {"Ist-Wert erfassen", "record the actual value"},
}

// digestLine is one task in a digest: what, for what, by when, and where.
type digestLine struct {
	Task  Task
	Label string // the agreement's or the KPI's name
	Link  string
	Owner string // for an escalation: whose task it is
}

func (l digestLine) text(today time.Time) string {
	w := taskWords[l.Task.Kind]
	due := l.Task.Due.Format("02.01.2006")
	state := "fällig am " + due
	if l.Task.Due.Before(today) {
		state = "überfällig seit " + due
	}
	owner := ""
	if l.Owner != "" {
		owner = " – " + l.Owner
	}
	return fmt.Sprintf("- %s: %s (%s; %s by %s)%s\n  %s", l.Label, w[0], state, w[1], l.Task.Due.Format(time.DateOnly), owner, l.Link)
}

// digestMail is the day's reminder or escalation digest of one recipient.
func digestMail(kind MailKind, recipientID *int64, name, address string, lines []digestLine, today time.Time, key string) *OutboxMessage {
	var b strings.Builder
	subject := fmt.Sprintf("Zielwerk: %d Aufgabe(n) fällig oder überfällig", len(lines))
	intro := "folgende Aufgaben in Zielwerk sind bald fällig oder überfällig:"
	english := "English: these Zielwerk tasks fall due soon or are overdue; each line links to its page."
	if kind == MailEscalation {
		subject = fmt.Sprintf("Zielwerk: %d überfällige Aufgabe(n) in Ihrem Bereich", len(lines))
		intro = "folgende Aufgaben in Ihrem Bereich sind seit mehreren Tagen überfällig:"
		english = "English: these tasks in your area are overdue by several days; each line links to its page."
	}
	if name == "" {
		b.WriteString("Guten Tag,\n\n" + intro + "\n\n")
	} else {
		fmt.Fprintf(&b, "Guten Tag %s,\n\n%s\n\n", name, intro)
	}
	for _, l := range lines {
		b.WriteString(l.text(today) + "\n")
	}
	b.WriteString("\n" + english)
	if kind == MailReminder {
		b.WriteString("\n\nErinnerungen bestellen Sie auf der Startseite von Zielwerk unter „E-Mail-Erinnerungen“ ab. / You can turn reminders off on the start page.")
	}
	link := ""
	if len(lines) > 0 {
		link = lines[0].Link
	}
	m := &OutboxMessage{Kind: kind, RecipientID: recipientID, ToAddress: address, Subject: subject, Link: link,
		Body: b.String() + mailFooter, DedupeKey: key, Mandatory: kind != MailReminder}
	if len(lines) == 1 {
		m.TaskKind = lines[0].Task.Kind
		if a := lines[0].Task.Agreement; a != nil {
			id := a.ID
			m.AgreementID = &id
		}
	}
	return m
}

// periodWords writes a KPI period as people read it: "Q3 2026", "10/2026",
// "2026" (the labels are "2026-Q3", "2026-10", "2026").
func periodWords(label string) string {
	y, p, ok := strings.Cut(label, "-")
	switch {
	case !ok:
		return label
	case strings.HasPrefix(p, "Q"):
		return p + " " + y
	default:
		return p + "/" + y
	}
}
