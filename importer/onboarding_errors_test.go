package importer_test

import (
	"strings"
	"testing"

	"zielwerk/db"
	"zielwerk/identity"
)

// A wrong row: 422, the row, column and reason in German and English, and
// nothing applied.
func TestOnboardingWrongRowsApplyNothing(t *testing.T) {
	const units = "Kürzel;Name;Art;Übergeordnet;Gültig ab;Leitung"
	cases := []struct {
		name, kind string
		file       []byte
		row        int
		column     string
		key        string
		de         string
		count      int // errors
	}{
		{"unknown parent code", "org-units", csvOf(units, "VV;Vorstand;VV;;01.01.2025;", "I;Dezernat I;Dezernat;VV;01.01.2025;", "32;Ordnungsamt;Amt;III;01.01.2025;"),
			4, "uebergeordnet", "orgUnit.parentMissing", "III", 1},
		{"bad kind", "org-units", csvOf(units, "VV;Vorstand;Vorstand;;01.01.2025;"), 2, "art", "import.enum", "Vorstand", 1},
		{"cycle", "org-units", csvOf(units, "VV;Vorstand;VV;;01.01.2025;", "A;Fachbereich A;Fachbereich;B;01.01.2025;", "B;Fachbereich B;Fachbereich;A;01.01.2025;"),
			3, "uebergeordnet", "orgUnit.cycle", "unter sich selbst", 2},
		{"parent of the wrong kind", "org-units", csvOf(units, "VV;Vorstand;VV;;01.01.2025;", "A;Abteilung A;Abteilung;VV;01.01.2025;"),
			3, "uebergeordnet", "orgUnit.parentKind", "ABTEILUNG", 1},
		{"duplicate key", "org-units", csvOf(units, "VV;Vorstand;VV;;01.01.2025;", "VV;Vorstand;VV;;01.01.2025;"),
			3, "kuerzel", "import.duplicate", "Zeile 2", 1},
		{"unknown leader", "org-units", csvOf(units, "VV;Vorstand;VV;;01.01.2025;nie@weidenbrueck.de"), 2, "leitung", "orgUnit.leaderMissing", "nie@", 1},
		{"missing name", "org-units", csvOf(units, "VV;;VV;;01.01.2025;"), 2, "name", "input.required", "ausfüllen", 1},
		{"bad e-mail", "people", csvOf("Name;E-Mail", "Eva;eva(at)weidenbrueck.de"), 2, "e_mail", "person.email", "E-Mail", 1},
		{"bad part-time factor", "people", csvOf("Name;E-Mail;Teilzeitfaktor", "Eva;eva@weidenbrueck.de;150 %"), 2, "teilzeitfaktor", "person.partTime", "Teilzeitfaktor", 1},
		{"goal whose parent is not of the unit above", "goals", fixture(t, "5_ziele_fehlerhaft.csv"), 4, "oberziel_titel", "goal.parentUnit", "Haushaltsausgleich", 1},
		{"duplicate goal key", "goals", csvOf("Einheit;Ebene;Titel;Von Jahr;Bis Jahr;Strategisches Ziel", "I;Dezernat;Ein Ziel;2025;2026;1", "I;Dezernat;Ein Ziel;2025;2027;1"),
			3, "titel", "import.duplicate", "Zeile 2", 1},
		{"unknown parent goal", "goals", csvOf("Einheit;Ebene;Titel;Von Jahr;Bis Jahr;Oberziel Einheit;Oberziel Titel", "32;Amt;Ein Ziel;2025;2026;II;Gibt es nicht"),
			2, "oberziel_titel", "import.goalUnknown", "Gibt es nicht", 1},
		{"goal of a level not its unit's", "goals", csvOf("Einheit;Ebene;Titel;Von Jahr;Bis Jahr;Strategisches Ziel", "32;Dezernat;Falsch;2025;2026;1"),
			2, "ebene", "goal.levelUnit", "DEZERNAT", 1},
		{"untraced goal without a reason", "goals", csvOf("Einheit;Ebene;Titel;Von Jahr;Bis Jahr", "32;Amt;Ohne Bezug;2025;2026"),
			2, "begruendung", "goal.untraced", "Begründung", 1},
		{"product of an unknown group", "products", csvOf("Produktnummer;Name;Einheit", "990101;Unbekannt;32"), 2, "produktnummer", "product.group", "9901", 1},
		{"KPI thresholds", "kpis", csvOf("Code;Name;Richtung;Art;Frequenz;Grün ab;Gelb ab;Produkt", "X;Test;steigend;Output;jährlich;80 %;90 %;020101"),
			2, "gelb_ab", "kpi.thresholds", "gelbe", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			gdb, admin := emptyCity(t)
			srv := serve(t, gdb, principal(admin, identity.RoleAdmin))
			onboard(t, srv, "", c.kind)
			before := countOf(t, gdb, &db.AuditEvent{})
			status, rep := send(t, srv, upload{kind: c.kind, body: c.file})
			if status != 422 || rep.Applied || rep.Code != "BAD_USER_INPUT" || rep.ErrorCount != c.count {
				t.Fatalf("status %d, report %+v", status, rep)
			}
			e := rep.Errors[0]
			if e.Row != c.row || e.Column != c.column || e.Key != c.key || !strings.Contains(e.ReasonDe, c.de) || e.ReasonEn == "" || e.ReasonEn == e.ReasonDe {
				t.Fatalf("error %+v", e)
			}
			if n := countOf(t, gdb, &db.AuditEvent{}); n != before {
				t.Fatalf("a refused file wrote %d audit events", n-before)
			}
			// A dry run reports the same.
			status, dry := send(t, srv, upload{kind: c.kind, body: c.file, dryRun: true})
			if status != 422 || dry.ErrorCount != c.count || dry.Errors[0] != e {
				t.Fatalf("dry run: status %d, report %+v", status, dry)
			}
		})
	}
}

func TestOnboardingWrongGoalFileAppliesNothingThenTheFixedOne(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin))
	onboard(t, srv, "", "goals")
	status, rep := send(t, srv, upload{kind: "goals", body: fixture(t, "5_ziele_fehlerhaft.csv")})
	if status != 422 || countOf(t, gdb, &db.Goal{}) != 0 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	fixed := strings.Replace(string(fixture(t, "5_ziele_fehlerhaft.csv")), ";I;Haushaltsausgleich bis 2027;", ";II;Sicherheit und Sauberkeit;", 1)
	status, rep = send(t, srv, upload{kind: "goals", body: []byte(fixed)})
	if status != 200 || rep.Created != 3 {
		t.Fatalf("fixed: status %d, report %+v", status, rep)
	}
}

func TestOnboardingPermissions(t *testing.T) {
	gdb, admin := emptyCity(t)
	onboard(t, serve(t, gdb, principal(admin, identity.RoleAdmin)), "", "goals")
	var nobody, controller, schaefer db.Person
	must(t, gdb.Where("email = ?", "lena.fischer@weidenbrueck.de").Take(&nobody).Error)
	must(t, gdb.Where("email = ?", "stefan.hoffmann@weidenbrueck.de").Take(&controller).Error)
	must(t, gdb.Where("email = ?", "joerg.schaefer@weidenbrueck.de").Take(&schaefer).Error)

	staff := serve(t, gdb, principal(nobody))
	for _, f := range onboardingFiles {
		status, rep := send(t, staff, upload{kind: f.kind, body: fixture(t, f.file), dryRun: true})
		if status != 403 || rep.Code != "FORBIDDEN" || rep.Errors[0].ReasonDe == "" {
			t.Fatalf("%s by staff: status %d, report %+v", f.kind, status, rep)
		}
	}
	ctl := serve(t, gdb, principal(controller, identity.RoleControlling))
	if status, _ := send(t, ctl, upload{kind: "org-units", body: fixture(t, "2_organisationseinheiten.csv")}); status != 403 {
		t.Fatalf("org units by controlling: %d", status)
	}
	// The Ordnungsamt's leader maintains its goals, not Dezernat II's.
	amt := serve(t, gdb, principal(schaefer))
	status, rep := send(t, amt, upload{kind: "goals", body: fixture(t, "5_ziele.csv")})
	if status != 422 || rep.ErrorCount != 8 || rep.Errors[0].Key != "import.forbidden" || countOf(t, gdb, &db.Goal{}) != 0 {
		t.Fatalf("goals by the Amt's leader: status %d, report %+v", status, rep)
	}
	onboard(t, serve(t, gdb, principal(admin, identity.RoleAdmin)), "goals", "")
	own := csvOf("Einheit;Titel;Von Jahr;Beschreibung", "32;Sichere Innenstadt;2025;Mehr Streifen am Abend")
	if status, rep := send(t, amt, upload{kind: "goals", body: own}); status != 200 || rep.Updated != 1 {
		t.Fatalf("own goal by the Amt's leader: status %d, report %+v", status, rep)
	}
	if status, rep := send(t, ctl, upload{kind: "kpis", body: fixture(t, "6_kennzahlen.csv")}); status != 200 || rep.Unchanged != 4 {
		t.Fatalf("KPIs by controlling: status %d, report %+v", status, rep)
	}
}
