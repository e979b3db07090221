package demo

// Static tables of the demo city "Stadt Musterhamm": a fictional city built
// around the nine strategic goals of the City of Hamm. All people are
// fictional. seed.go turns these tables into rows.

import "zielwerk/db"

// seedPopulation is the (fictional) population used for per-capita figures.
const seedPopulation = 179850

// strategicGoalSpecs are Hamm's nine strategic goals, verbatim.
var strategicGoalSpecs = []struct{ Title, Description string }{
	{"Nachhaltige Sicherung der Zukunftsfähigkeit unserer Stadt bei Chancengleichheit für alle",
		"Die Stadt sichert ihre Zukunftsfähigkeit sozial, ökonomisch und ökologisch und eröffnet allen Einwohnerinnen und Einwohnern gleiche Chancen."},
	{"Stärkung des Wirtschafts-, Beschäftigungs- und Bildungsstandortes Hamm",
		"Ansiedlungen, Gründungen, Fachkräfte und gute Bildungseinrichtungen stärken den Standort."},
	{"Familien- und generationenfreundliche soziale Stadt",
		"Betreuung, Bildung, Teilhabe und Unterstützung für Familien, Kinder, Jugendliche und Ältere."},
	{"Ausbau der Integration von Mitbürgerinnen und Mitbürgern mit Migrationshintergrund",
		"Teilhabe von Zugewanderten an Bildung, Arbeit und Stadtgesellschaft."},
	{"Bereitstellung eines bedarfsgerechten, kostengünstigen und bürgerorientierten Leistungsangebotes",
		"Leistungen der Verwaltung werden bedarfsgerecht, wirtschaftlich und bürgernah erbracht."},
	{"Ausbau zur Bürgerkommune durch verbesserten Service, verstärkte Bürgerbeteiligung und Förderung des ehrenamtlichen Engagements",
		"Bürgerinnen und Bürger werden beteiligt, ehrenamtliches Engagement wird anerkannt und gefördert."},
	{"Ausbau und Digitalisierung durch Erweiterung von technischer Infrastruktur und digitaler Serviceangebote sowie Stärkung von Kooperation mit Dritten",
		"Digitale Verwaltungsleistungen, leistungsfähige Infrastruktur und Kooperationen mit Partnern."},
	{"Umfassende Haushaltssicherung und dauerhafte Erhaltung der finanziellen Handlungsfähigkeit im Rahmen des Haushaltssanierungsplans",
		"Einhaltung des Haushaltsplans einschließlich der Maßnahmen des Haushaltssanierungsplans (HSP)."},
	{"Klima- und Umwelt- sowie nachhaltiger Schutz und Erhalt der natürlichen Lebensgrundlage",
		"Klimaschutz, Klimaanpassung sowie Schutz von Natur, Boden, Wasser und Luft."},
}

// The demo people (DemoAccounts) and the city's top.
const (
	seedCityName    = "Stadt Musterhamm"
	seedOBName      = "Dr. Katharina Wellmann"
	seedOfficeName  = "Jonas Brückner"
	seedControlName = "Lena Hoffmeister"
	seedHRName      = "Sandra Kühnel"
	seedAdminName   = "Tobias Kranefeld"
	// seedCommissionName sits on the joint commission (paritätische
	// Kommission) that decides objections to assessments.
	seedCommissionName = "Miriam Osterkamp"
	seedDemoDezernat   = "II"
	seedDemoAmt        = 51
)

// staffSpecs are people who lead no unit.
var staffSpecs = []struct{ Name, Position string }{
	{seedOfficeName, "Leiter des Büros der Oberbürgermeisterin"},
	{seedControlName, "Controllerin, Kämmerei – Abteilung Controlling und Beteiligungsmanagement"},
	{seedHRName, "Sachbearbeiterin Personalservice, Personal- und Organisationsamt"},
	{seedAdminName, "Fachadministrator Zielwerk, Amt für Informationstechnik und Digitalisierung"},
}

type dezGoalSpec struct {
	Key      string
	SG       int
	From, To int
	Title    string
}

type dezSpec struct {
	Roman, Name      string
	Leader, Position string
	Goals            []dezGoalSpec
}

// dezernatSpecs are the six Dezernate. Strategic goal 4 (Integration) is
// covered only until 2026: the Integrationskonzept 2022–2026 has no
// successor goal yet, which the alignment report should show for 2027.
var dezernatSpecs = []dezSpec{
	{"I", "Verwaltungsführung, Personal, Digitalisierung und Recht", "Dr. Ulrike Brandhorst",
		"Stadtdirektorin, Dezernentin für Verwaltungsführung, Personal, Digitalisierung und Recht", []dezGoalSpec{
			{"I-digital", 7, 2022, 2027, "Verwaltungsleistungen vollständig digital anbieten und Prozesse Ende-zu-Ende digitalisieren"},
			{"I-beteiligung", 6, 2023, 2028, "Bürgerbeteiligung verstetigen und ehrenamtliches Engagement sichtbar stärken"},
			{"I-arbeitgeber", 5, 2022, 2027, "Leistungsfähige, moderne Verwaltung und attraktive Arbeitgeberin sichern"},
			{"I-hsp", 8, 2022, 2027, "Verwaltungskosten im Querschnitt begrenzen und die HSP-Beiträge des Dezernats erbringen"},
		}},
	{"II", "Jugend, Familie, Soziales und Gesundheit", "Thomas Reinhardt",
		"Beigeordneter, Dezernent für Jugend, Familie, Soziales und Gesundheit", []dezGoalSpec{
			{"II-familie", 3, 2022, 2027, "Bedarfsgerechte Betreuung, Bildung und Förderung von Kindern und Familien sicherstellen"},
			{"II-integration", 4, 2022, 2026, "Integrationskonzept 2022–2026 umsetzen: Teilhabe von Zugewanderten an Bildung, Arbeit und Gesellschaft verbessern"},
			{"II-chancen", 1, 2022, 2027, "Armutsfolgen mindern und Chancengleichheit in allen Lebenslagen fördern"},
			{"II-gesundheit", 5, 2023, 2027, "Gesundheitsschutz und Gesundheitsförderung bürgernah und präventiv ausrichten"},
			{"II-hsp", 8, 2022, 2027, "Transferaufwendungen steuern und Sozialausgaben im Rahmen des HSP begrenzen"},
		}},
	{"III", "Finanzen, Ordnung und Sicherheit", "Martin Schulte-Overbeck",
		"Stadtkämmerer, Dezernent für Finanzen, Ordnung und Sicherheit", []dezGoalSpec{
			{"III-haushalt", 8, 2022, 2030, "Strukturellen Haushaltsausgleich bis 2030 erreichen und Liquiditätskredite abbauen"},
			{"III-buergerdienste", 5, 2022, 2027, "Bürgerdienste schnell, verlässlich und wohnortnah erbringen"},
			{"III-sicherheit", 1, 2023, 2027, "Sicherheit und Ordnung im öffentlichen Raum und wirksamen Bevölkerungsschutz gewährleisten"},
		}},
	{"IV", "Bildung, Kultur und Sport", "Annette Vogelsang",
		"Beigeordnete, Dezernentin für Bildung, Kultur und Sport", []dezGoalSpec{
			{"IV-schule", 2, 2022, 2027, "Bildungsstandort durch moderne, digital ausgestattete Schulen stärken"},
			{"IV-teilhabe", 3, 2022, 2027, "Kulturelle Teilhabe, Bewegung und lebenslanges Lernen für alle Generationen ermöglichen"},
			{"IV-sport", 6, 2023, 2027, "Vereinssport und Ehrenamt im Sport fördern"},
			{"IV-hsp", 8, 2022, 2027, "Zuschussbedarf der Bildungs-, Kultur- und Sporteinrichtungen im HSP-Rahmen halten"},
		}},
	{"V", "Planen, Bauen und Mobilität", "Michael Höltermann",
		"Stadtbaurat, Dezernent für Planen, Bauen und Mobilität", []dezGoalSpec{
			{"V-wohnen", 1, 2022, 2028, "Nachhaltige, flächensparende Stadtentwicklung mit bezahlbarem Wohnraum sichern"},
			{"V-mobilitaet", 9, 2022, 2027, "Klimafreundliche Mobilität ausbauen: Radverkehr und ÖPNV stärken"},
			{"V-infrastruktur", 7, 2022, 2027, "Öffentliche Infrastruktur erhalten sowie Bau- und Planungsverfahren digitalisieren"},
			{"V-hsp", 8, 2022, 2027, "Bauunterhaltung und Investitionen wirtschaftlich steuern"},
		}},
	{"VI", "Umwelt, Klima und Wirtschaft", "Dr. Claudia Fiedler",
		"Beigeordnete, Dezernentin für Umwelt, Klima und Wirtschaft", []dezGoalSpec{
			{"VI-klima", 9, 2022, 2030, "Klimaneutrale Stadtverwaltung bis 2035 vorbereiten und Klimaanpassung umsetzen"},
			{"VI-wirtschaft", 2, 2022, 2027, "Wirtschaftsstandort stärken: Ansiedlungen, Gründungen und Fachkräfte fördern"},
			{"VI-gruen", 9, 2022, 2027, "Stadtgrün, Gewässer und Artenvielfalt als natürliche Lebensgrundlage sichern"},
			{"VI-hsp", 8, 2022, 2027, "Gebührenhaushalte kostendeckend führen und HSP-Maßnahmen umsetzen"},
		}},
}

// kpiSpec describes a KPI; Base is the 2022 plan value.
type kpiSpec struct {
	Name      string
	Unit      string
	Dir       db.KPIDirection
	Kind      db.KPIKind
	Freq      db.UpdateFrequency
	Base      float64
	Averaged  bool // sub-year values average rather than add up
	Generated bool // a generic financial KPI derived from the budget
}

const (
	hi = db.HigherIsBetter
	lo = db.LowerIsBetter
	fy = db.Yearly
	fq = db.Quarterly
	fm = db.Monthly
)

const (
	kIn = db.KPIInput
	kOu = db.KPIOutput
	kOc = db.KPIOutcome
	kEf = db.KPIEfficiency
	kQu = db.KPIQuality
)

func k(name, unit string, dir db.KPIDirection, kind db.KPIKind, freq db.UpdateFrequency, base float64) kpiSpec {
	return kpiSpec{Name: name, Unit: unit, Dir: dir, Kind: kind, Freq: freq, Base: base}
}

// ka is a count or amount whose quarters and months average (a stock or a
// ratio) rather than add up.
func ka(name, unit string, dir db.KPIDirection, kind db.KPIKind, freq db.UpdateFrequency, base float64) kpiSpec {
	s := k(name, unit, dir, kind, freq, base)
	s.Averaged = true
	return s
}

type amtGoalSpec struct {
	Parent string // key of the Dezernat goal
	Title  string
	KPIs   []kpiSpec // Amt-level KPIs without a product
}

type amtSpec struct {
	Num    int
	Name   string
	Dez    string // Roman numeral of the Dezernat
	Leader string
	Female bool
	Pay    db.PayRule
	Goals  []amtGoalSpec
}

const (
	lob    = db.PayTVoeDLOB
	beamte = db.PayBeamte
	nopay  = db.PayNone
)

// amtSpecs are the active Ämter (current structure since 2019-01-01).
var amtSpecs = []amtSpec{
	// Dezernat I
	{10, "Personal- und Organisationsamt", "I", "Birgit Lohmann", true, beamte, []amtGoalSpec{
		{"I-arbeitgeber", "Fachkräfte gewinnen: Besetzungsdauer offener Stellen verkürzen", []kpiSpec{
			k("Durchschnittliche Besetzungsdauer offener Stellen", "Tage", lo, kEf, fq, 112)}},
		{"I-arbeitgeber", "Betriebliches Gesundheitsmanagement ausbauen und Krankenquote senken", []kpiSpec{
			k("Krankenquote der Beschäftigten", "%", lo, kOc, fm, 7.4)}},
		{"I-hsp", "Personalaufwand durch Stellenbewirtschaftung im HSP-Rahmen begrenzen", nil},
	}},
	{12, "Amt für Informationstechnik und Digitalisierung", "I", "Stefan Jäger", false, lob, []amtGoalSpec{
		{"I-digital", "Onlinezugangsgesetz umsetzen: Verwaltungsleistungen online bereitstellen", []kpiSpec{
			k("Anteil digital gestellter Anträge an allen Anträgen", "%", hi, kOc, fq, 21)}},
		{"I-digital", "E-Akte in allen Ämtern einführen", []kpiSpec{
			ka("Ämter mit eingeführter E-Akte", "Anzahl", hi, kOu, fq, 14)}},
		{"I-digital", "Informationssicherheit nach BSI-IT-Grundschutz gewährleisten", nil},
	}},
	{13, "Presse- und Kommunikationsamt", "I", "Nina Westhoff", true, lob, []amtGoalSpec{
		{"I-beteiligung", "Bürgerinnen und Bürger barrierefrei und zielgruppengerecht informieren", nil},
		{"I-digital", "Reichweite der digitalen Kommunikationskanäle erhöhen", nil},
	}},
	{14, "Rechnungsprüfungsamt", "I", "Rainer Kötter", false, lob, []amtGoalSpec{
		{"I-hsp", "Prüfungen risikoorientiert und zeitnah durchführen", nil},
		{"I-arbeitgeber", "Korruptionsprävention in vergabeintensiven Bereichen stärken", nil},
	}},
	{15, "Amt für Ratsangelegenheiten, Bürgerbeteiligung und Ehrenamt", "I", "Heike Sommer", true, lob, []amtGoalSpec{
		{"I-beteiligung", "Beteiligungsverfahren bei allen großen Planungsvorhaben durchführen", nil},
		{"I-beteiligung", "Ehrenamtliches Engagement durch Ehrenamtskarte und Anerkennungskultur fördern", nil},
		{"I-digital", "Gremienarbeit vollständig digital unterstützen", nil},
	}},
	{30, "Rechtsamt", "I", "Dr. Johannes Pieper", false, beamte, []amtGoalSpec{
		{"I-hsp", "Vergabeverfahren rechtssicher und wirtschaftlich durchführen", nil},
		{"I-arbeitgeber", "Rechtsberatung der Fachämter beschleunigen", nil},
	}},
	// Dezernat II
	{50, "Sozialamt", "II", "Petra Wiesmann", true, lob, []amtGoalSpec{
		{"II-chancen", "Wohnungslosigkeit vermeiden und Wohnungsverluste verhindern", nil},
		{"II-gesundheit", "Anträge auf Leistungen zur Sicherung des Lebensunterhalts zügig bescheiden", nil},
		{"II-hsp", "Kosten der Unterkunft durch ein schlüssiges Konzept steuern", nil},
		{"II-chancen", "Leistungen für Bildung und Teilhabe für leistungsberechtigte Kinder ausschöpfen", nil},
	}},
	{51, "Jugendamt", "II", "Sabine Kettler", true, lob, []amtGoalSpec{
		{"II-familie", "Rechtsanspruch auf einen Betreuungsplatz für Kinder unter drei Jahren erfüllen", []kpiSpec{
			ka("Unversorgte Kinder unter drei Jahren mit Betreuungsbedarf", "Anzahl", lo, kOc, fq, 310)}},
		{"II-familie", "Kinderschutz sichern: Gefährdungseinschätzungen fristgerecht durchführen", nil},
		{"II-hsp", "Ambulante vor stationären Hilfen zur Erziehung stärken", nil},
		{"II-chancen", "Frühe Hilfen für Familien flächendeckend anbieten", nil},
	}},
	{53, "Gesundheitsamt", "II", "Dr. Frank Bergmann", false, beamte, []amtGoalSpec{
		{"II-gesundheit", "Schuleingangsuntersuchungen vollständig und rechtzeitig durchführen", nil},
		{"II-gesundheit", "Infektionsschutz und Hygieneüberwachung risikoorientiert sicherstellen", nil},
		{"II-chancen", "Gesundheitliche Chancengleichheit in benachteiligten Quartieren fördern", nil},
	}},
	{54, "Kommunales Integrationszentrum", "II", "Aylin Demir", true, lob, []amtGoalSpec{
		{"II-integration", "Sprachförderung und Bildungsintegration neu zugewanderter Kinder und Jugendlicher ausbauen", nil},
		{"II-integration", "Interkulturelle Öffnung der Verwaltung vorantreiben", nil},
		{"II-integration", "Migrantenorganisationen als Partner der Stadtgesellschaft stärken", nil},
		{"II-chancen", "Bildungsberatung für zugewanderte Familien anbieten", nil},
	}},
	{56, "Amt für Senioren, Pflege und Inklusion", "II", "Gerd Hasenkamp", false, lob, []amtGoalSpec{
		{"II-familie", "Selbstständiges Wohnen im Alter durch Quartiersarbeit ermöglichen", nil},
		{"II-gesundheit", "Pflegeberatung wohnortnah und trägerneutral anbieten", nil},
		{"II-chancen", "Barrierefreiheit und Teilhabe von Menschen mit Behinderungen verbessern", nil},
	}},
	// Dezernat III
	{20, "Kämmerei", "III", "Andreas Möller", false, beamte, []amtGoalSpec{
		{"III-haushalt", "Haushaltssanierungsplan fortschreiben und Konsolidierungsziele einhalten", []kpiSpec{
			k("Konsolidierungsvolumen des HSP im Haushaltsjahr", "EUR", hi, kOu, fy, 14500000)}},
		{"III-haushalt", "Jahresabschlüsse fristgerecht aufstellen", nil},
		{"III-haushalt", "Beteiligungssteuerung und Finanzcontrolling ausbauen", nil},
	}},
	{21, "Stadtkasse", "III", "Karin Strotmann", true, lob, []amtGoalSpec{
		{"III-haushalt", "Forderungsmanagement optimieren und Außenstände reduzieren", nil},
		{"III-buergerdienste", "Zahlungsverkehr vollständig digital abwickeln", nil},
	}},
	{22, "Steueramt", "III", "Jürgen Habig", false, beamte, []amtGoalSpec{
		{"III-haushalt", "Steuern und Abgaben vollständig und termingerecht festsetzen", nil},
		{"III-buergerdienste", "Steuerbescheide digital bereitstellen", nil},
	}},
	{23, "Liegenschaftsamt", "III", "Monika Tewes", true, lob, []amtGoalSpec{
		{"III-haushalt", "Nicht betriebsnotwendige Grundstücke veräußern", nil},
		{"III-haushalt", "Städtische Liegenschaften wirtschaftlich bewirtschaften", nil},
	}},
	{32, "Ordnungsamt", "III", "Oliver Bräuer", false, beamte, []amtGoalSpec{
		{"III-sicherheit", "Präsenz des Kommunalen Ordnungsdienstes in Innenstadt und Stadtteilen erhöhen", nil},
		{"III-sicherheit", "Verkehrssicherheit durch Geschwindigkeitsüberwachung an Unfallschwerpunkten verbessern", nil},
		{"III-buergerdienste", "Gewerbeangelegenheiten digital und zügig bearbeiten", nil},
	}},
	{33, "Bürgeramt", "III", "Susanne Kampmann", true, lob, []amtGoalSpec{
		{"III-buergerdienste", "Wartezeiten im Bürgeramt verkürzen", []kpiSpec{
			k("Durchschnittliche Wartezeit vor Ort im Bürgeramt", "Minuten", lo, kQu, fm, 19)}},
		{"III-buergerdienste", "Terminangebote und Online-Dienste im Bürgerservice ausbauen", nil},
		{"III-buergerdienste", "Wahlen ordnungsgemäß und barrierefrei durchführen", nil},
	}},
	{34, "Standesamt", "III", "Elke Rüther", true, nopay, []amtGoalSpec{
		{"III-buergerdienste", "Personenstandsurkunden zeitnah und digital ausstellen", nil},
		{"III-buergerdienste", "Eheschließungen flexibel und serviceorientiert ermöglichen", nil},
	}},
	{37, "Feuerwehr", "III", "Dirk Engelhardt", false, beamte, []amtGoalSpec{
		{"III-sicherheit", "Hilfsfristen im Brandschutz und im Rettungsdienst einhalten", nil},
		{"III-sicherheit", "Freiwillige Feuerwehr personell stärken", []kpiSpec{
			k("Neu gewonnene Mitglieder der Freiwilligen Feuerwehr", "Anzahl", hi, kOu, fy, 45)}},
		{"III-sicherheit", "Bevölkerungsschutz bei Großschadenslagen und Stromausfall sichern", nil},
	}},
	{39, "Veterinär- und Lebensmittelüberwachungsamt", "III", "Dr. Miriam Holtkamp", true, lob, []amtGoalSpec{
		{"III-sicherheit", "Lebensmittelbetriebe risikoorientiert und planmäßig kontrollieren", nil},
		{"III-sicherheit", "Tierseuchenprävention und Tierschutz gewährleisten", nil},
	}},
	// Dezernat IV
	{40, "Schulverwaltungsamt", "IV", "Christoph Brinkmann", false, beamte, []amtGoalSpec{
		{"IV-schule", "Alle Schulen mit schnellem Internet und digitalen Endgeräten ausstatten", nil},
		{"IV-teilhabe", "Offenen Ganztag bedarfsgerecht ausbauen (Rechtsanspruch ab 2026)", nil},
		{"IV-hsp", "Schülerbeförderung wirtschaftlich organisieren", nil},
	}},
	{41, "Kulturamt", "IV", "Julia Sanders", true, lob, []amtGoalSpec{
		{"IV-teilhabe", "Kulturelle Bildung für Kinder und Jugendliche in allen Stadtteilen anbieten", nil},
		{"IV-teilhabe", "Freie Kulturszene und Soziokultur fördern", nil},
	}},
	{42, "Stadtbüchereien", "IV", "Dorothee Lange", true, lob, []amtGoalSpec{
		{"IV-schule", "Bibliotheken als Lernorte und Dritte Orte stärken", nil},
		{"IV-teilhabe", "Digitale Medienangebote ausbauen", nil},
	}},
	{43, "Volkshochschule", "IV", "Markus Feldhaus", false, lob, []amtGoalSpec{
		{"IV-teilhabe", "Weiterbildungsangebote für alle Generationen sichern", nil},
		{"IV-schule", "Nachholen von Schulabschlüssen ermöglichen", nil},
		{"IV-hsp", "Entgelte und Kostendeckung der Volkshochschule verbessern", nil},
	}},
	{44, "Musikschule", "IV", "Katrin Overkamp", true, lob, []amtGoalSpec{
		{"IV-teilhabe", "Musikalische Bildung in Kitas und Grundschulen verankern", nil},
		{"IV-teilhabe", "Wartelisten für den Instrumentalunterricht abbauen", nil},
	}},
	{45, "Stadtmuseum", "IV", "Dr. Bernd Schürmann", false, lob, []amtGoalSpec{
		{"IV-teilhabe", "Besucherzahlen durch Sonderausstellungen steigern", nil},
		{"IV-schule", "Sammlung digitalisieren und online zugänglich machen", nil},
	}},
	{47, "Stadtarchiv", "IV", "Ursula Niehues", true, nopay, []amtGoalSpec{
		{"IV-schule", "Historische Bestände sichern und digital erschließen", nil},
		{"IV-teilhabe", "Archivgut für Bildung, Forschung und Erinnerungskultur zugänglich machen", nil},
	}},
	{52, "Sport- und Bäderamt", "IV", "Sebastian Glahn", false, lob, []amtGoalSpec{
		{"IV-sport", "Sportvereine bei der Gewinnung von Ehrenamtlichen unterstützen", nil},
		{"IV-hsp", "Sportstätten und Bäder bedarfsgerecht und wirtschaftlich betreiben", nil},
		{"IV-teilhabe", "Schwimmfähigkeit von Grundschulkindern verbessern", nil},
	}},
	// Dezernat V
	{61, "Stadtplanungsamt", "V", "Daniela Scholten", true, beamte, []amtGoalSpec{
		{"V-wohnen", "Planungsrecht für neuen Wohnraum schaffen", nil},
		{"V-wohnen", "Innenentwicklung vor Außenentwicklung: Flächenverbrauch begrenzen", nil},
		{"V-wohnen", "Städtebauförderung in den Stadtteilzentren umsetzen", nil},
	}},
	{62, "Vermessungs- und Katasteramt", "V", "Klaus Rademacher", false, lob, []amtGoalSpec{
		{"V-infrastruktur", "Geodaten aktuell und offen bereitstellen", nil},
		{"V-infrastruktur", "Vermessungsanträge zügig bearbeiten", nil},
	}},
	{63, "Bauordnungsamt", "V", "Jörg Wessels", false, beamte, []amtGoalSpec{
		{"V-infrastruktur", "Baugenehmigungsverfahren beschleunigen und digital abwickeln", nil},
		{"V-wohnen", "Denkmalgeschützte Bausubstanz erhalten", nil},
	}},
	{64, "Amt für Wohnungswesen", "V", "Anja Mertens", true, lob, []amtGoalSpec{
		{"V-wohnen", "Geförderten Mietwohnungsbau steigern", nil},
		{"V-wohnen", "Wohngeldanträge zügig bearbeiten", nil},
	}},
	{65, "Amt für Gebäudemanagement", "V", "Holger Tiemann", false, lob, []amtGoalSpec{
		{"V-hsp", "Energieverbrauch der städtischen Gebäude senken", []kpiSpec{
			k("Stromverbrauch der städtischen Gebäude", "MWh", lo, kOc, fq, 18500)}},
		{"V-infrastruktur", "Schulbau- und Sanierungsprogramm termingerecht umsetzen", nil},
		{"V-hsp", "Instandhaltungsstau in städtischen Gebäuden abbauen", nil},
	}},
	{66, "Tiefbau- und Verkehrsamt", "V", "Ralf Kuhlmann", false, lob, []amtGoalSpec{
		{"V-mobilitaet", "Radverkehrsnetz ausbauen", []kpiSpec{
			ka("Länge des Radverkehrsnetzes", "km", hi, kOu, fy, 410)}},
		{"V-infrastruktur", "Zustand von Straßen und Brücken erhalten", nil},
		{"V-mobilitaet", "Attraktivität des ÖPNV steigern", nil},
		{"V-hsp", "Straßenbeleuchtung auf LED umstellen", nil},
	}},
	// Dezernat VI
	{31, "Umwelt- und Klimaschutzamt", "VI", "Dr. Lea Grothues", true, lob, []amtGoalSpec{
		{"VI-klima", "Treibhausgasemissionen gemäß Klimaschutzkonzept senken", []kpiSpec{
			k("CO₂-Emissionen je Einwohnerin und Einwohner", "t", lo, kOc, fy, 7.9)}},
		{"VI-klima", "Klimaanpassungskonzept umsetzen: Hitze- und Starkregenvorsorge", nil},
		{"VI-gruen", "Altlastenflächen sanieren und für neue Nutzungen vorbereiten", nil},
	}},
	{67, "Grünflächenamt", "VI", "Matthias Dreier", false, lob, []amtGoalSpec{
		{"VI-gruen", "Stadtbäume erhalten und jährlich mehr Bäume pflanzen als fällen", nil},
		{"VI-gruen", "Spielplätze sicher und attraktiv unterhalten", nil},
		{"VI-hsp", "Pflege des Straßenbegleitgrüns wirtschaftlich organisieren", nil},
	}},
	{68, "Friedhofsamt", "VI", "Gabriele Stöcker", true, nopay, []amtGoalSpec{
		{"VI-hsp", "Friedhofsgebühren kostendeckend kalkulieren", nil},
		{"VI-gruen", "Friedhöfe als ökologische Freiräume entwickeln", nil},
	}},
	{70, "Abfallwirtschafts- und Stadtreinigungsamt", "VI", "Uwe Hülsmann", false, lob, []amtGoalSpec{
		{"VI-gruen", "Recyclingquote erhöhen und Restabfallmenge senken", nil},
		{"VI-gruen", "Saubere Stadt: illegale Abfallablagerungen schneller beseitigen", nil},
		{"VI-hsp", "Abfallgebühren stabil und kostendeckend halten", nil},
	}},
	{80, "Amt für Wirtschaftsförderung und Tourismus", "VI", "Simone Brockmann", true, lob, []amtGoalSpec{
		{"VI-wirtschaft", "Gewerbeflächen vermarkten und Arbeitsplätze ansiedeln", []kpiSpec{
			k("Neu angesiedelte Arbeitsplätze", "Anzahl", hi, kOc, fy, 720)}},
		{"VI-wirtschaft", "Gründungen und Start-ups unterstützen", nil},
		{"VI-wirtschaft", "Innenstadt und Tourismus beleben", nil},
	}},
}

// abteilungSpecs are departments below some Ämter.
var abteilungSpecs = []struct {
	Code   string
	Amt    int
	Name   string
	Leader string
	Female bool
}{
	{"A-10.1", 10, "Personalservice", "Carsten Kleine", false},
	{"A-10.2", 10, "Organisation und Personalentwicklung", "Franziska Rohde", true},
	{"A-12.1", 12, "IT-Betrieb und Rechenzentrum", "Benedikt Schwarz", false},
	{"A-12.2", 12, "Digitale Services", "Merve Aksoy", true},
	{"A-20.1", 20, "Haushalt und Finanzplanung", "Wolfgang Eickhoff", false},
	{"A-20.2", 20, "Controlling und Beteiligungsmanagement", "Ines Bracht", true},
	{"A-51.1", 51, "Kindertagesbetreuung", "Melanie Schäfer", true},
	{"A-51.2", 51, "Allgemeiner Sozialer Dienst", "Daniel Wortmann", false},
}

// dissolvedSpecs are the Fachbereiche and Ämter of the structure that was
// replaced by the Dezernate on 2019-01-01.
var dissolvedSpecs = []struct {
	Code   string
	Kind   db.OrgUnitKind
	Parent string // code; "" = root
	Name   string
}{
	{"FB-1", db.KindFachbereich, "", "Fachbereich Zentrale Dienste, Finanzen und Bürgerservice"},
	{"FB-2", db.KindFachbereich, "", "Fachbereich Soziales, Jugend und Bildung"},
	{"A-11", db.KindAmt, "FB-1", "Hauptamt"},
	{"A-18", db.KindAmt, "FB-1", "Amt für Statistik und Wahlen"},
	{"A-48", db.KindAmt, "FB-2", "Amt für Schule und Weiterbildung"},
	{"A-58", db.KindAmt, "FB-2", "Amt für Soziale Dienste"},
}

// unlinkedGoalSpecs are Amt goals deliberately not linked to any Dezernat or
// strategic goal (what the alignment report must find).
var unlinkedGoalSpecs = []struct {
	Amt   int
	Title string
}{
	{12, "Internes Wissensmanagement mit einem Verwaltungs-Wiki einführen"},
	{34, "Aktenablage des Standesamts neu ordnen"},
	{45, "Ausstellungsdepot modernisieren"},
	{52, "Belegungsplanung der Sporthallen auf eine neue Software umstellen"},
	{68, "Beschwerdemanagement auf den Friedhöfen einführen"},
}

type productSpec struct {
	Number string
	Name   string
	Amt    int
	KPIs   []kpiSpec
}

type groupSpec struct {
	Number   string
	Name     string
	Products []productSpec
}

type areaSpec struct {
	Number int
	Name   string
	// MinEUR and MaxEUR bound the 2022 net expense (Zuschussbedarf) of one
	// product. Budget amounts are positive net expenses throughout: the
	// budget-compliance figures (budget.go) compare plan / actual.
	MinEUR, MaxEUR float64
	Groups         []groupSpec
}

func p(number, name string, amt int, kpis ...kpiSpec) productSpec {
	return productSpec{number, name, amt, kpis}
}

// productAreaSpecs are the 17 NKF Produktbereiche with the city's product
// plan.
var productAreaSpecs = []areaSpec{
	{1, "Innere Verwaltung", 200e3, 12e6, []groupSpec{
		{"0101", "Verwaltungssteuerung und Gremien", []productSpec{
			p("010101", "Rats- und Ausschussangelegenheiten", 15, k("Anteil fristgerecht versandter Sitzungsunterlagen", "%", hi, kQu, fy, 94)),
			p("010102", "Bürgerbeteiligung", 15, k("Teilnehmende an Beteiligungsverfahren", "Anzahl", hi, kOu, fq, 2400)),
			p("010103", "Förderung des Ehrenamts", 15, k("Ausgegebene Ehrenamtskarten", "Anzahl", hi, kOu, fy, 850)),
			p("010104", "Presse- und Öffentlichkeitsarbeit", 13, k("Reichweite der städtischen Social-Media-Kanäle", "Anzahl", hi, kOu, fq, 420000)),
			p("010105", "Städtepartnerschaften und Repräsentation", 13, k("Begegnungsprojekte mit Partnerstädten", "Anzahl", hi, kOu, fy, 12)),
			p("010106", "Gleichstellung", 10, k("Frauenanteil in Führungspositionen", "%", hi, kOc, fy, 41)),
		}},
		{"0102", "Personal und Organisation", []productSpec{
			p("010201", "Personalverwaltung und Entgeltabrechnung", 10, k("Fehlerfreie Entgeltabrechnungen", "%", hi, kQu, fm, 99.1)),
			p("010202", "Personalentwicklung und Ausbildung", 10, k("Übernahmequote der Auszubildenden", "%", hi, kOc, fy, 86)),
			p("010203", "Organisationsentwicklung", 10, k("Abgeschlossene Organisationsuntersuchungen", "Anzahl", hi, kOu, fy, 9)),
			p("010204", "Betriebliches Gesundheitsmanagement", 10, k("Teilnahmen an Gesundheitsangeboten", "Anzahl", hi, kOu, fq, 1300)),
			p("010205", "Arbeitssicherheit", 10, k("Meldepflichtige Arbeitsunfälle je 1.000 Beschäftigte", "Anzahl", lo, kOc, fy, 14)),
		}},
		{"0103", "Informationstechnik und Digitalisierung", []productSpec{
			p("010301", "IT-Infrastruktur und Rechenzentrum", 12, k("Verfügbarkeit des Rechenzentrums", "%", hi, kQu, fm, 99.5)),
			p("010302", "Fachverfahren und Anwendungsbetreuung", 12, k("Innerhalb der Servicezeit gelöste Störungsmeldungen", "%", hi, kQu, fq, 88)),
			p("010303", "Digitale Verwaltungsservices", 12, ka("Online verfügbare Verwaltungsleistungen (OZG)", "Anzahl", hi, kOu, fq, 140)),
			p("010304", "Informationssicherheit und Datenschutz", 12, k("Beschäftigte mit absolvierter Sicherheitsschulung", "%", hi, kQu, fy, 62)),
		}},
		{"0104", "Finanzmanagement", []productSpec{
			p("010401", "Haushaltsplanung und -bewirtschaftung", 20, k("Abweichung des Jahresergebnisses vom Plan", "%", lo, kQu, fy, 4.5)),
			p("010402", "Finanzbuchhaltung und Jahresabschluss", 20, k("Monate zwischen Jahresende und Aufstellung des Jahresabschlusses", "Anzahl", lo, kQu, fy, 9)),
			p("010403", "Controlling und Beteiligungsmanagement", 20, k("Fristgerecht vorgelegte Controllingberichte", "%", hi, kQu, fq, 90)),
			p("010404", "Zahlungsverkehr und Vollstreckung", 21, k("Beitreibungsquote der Vollstreckung", "%", hi, kOc, fq, 63)),
		}},
		{"0105", "Recht und Prüfung", []productSpec{
			p("010501", "Rechtsberatung und Prozessvertretung", 30, k("Gewonnene oder verglichene Verfahren", "%", hi, kOc, fy, 78)),
			p("010502", "Vergabe und zentraler Einkauf", 30, k("Durchschnittliche Dauer eines Vergabeverfahrens", "Tage", lo, kEf, fq, 64)),
			p("010503", "Rechnungsprüfung", 14, k("Erfüllungsgrad des Prüfplans", "%", hi, kOu, fy, 88)),
			p("010504", "Korruptionsprävention", 14, k("Geschulte Beschäftigte in korruptionsgefährdeten Bereichen", "%", hi, kQu, fy, 71)),
		}},
		{"0106", "Gebäude- und Liegenschaftsmanagement", []productSpec{
			p("010601", "Bewirtschaftung städtischer Verwaltungsgebäude", 65, k("Bewirtschaftungskosten je m² Bruttogrundfläche", "EUR", lo, kEf, fy, 38.5)),
			p("010602", "Energiemanagement", 65, k("Wärmeverbrauch der städtischen Gebäude", "MWh", lo, kOc, fq, 52000)),
			p("010603", "Grundstücksverkehr", 23, k("Erlöse aus Grundstücksverkäufen", "EUR", hi, kOu, fq, 3200000)),
			p("010604", "Verwaltung städtischer Liegenschaften", 23, k("Vermietungsquote städtischer Gewerbeobjekte", "%", hi, kOc, fy, 91)),
		}},
		{"0107", "Wahlen", []productSpec{
			p("010701", "Wahlen und Abstimmungen", 33, k("Online beantragte Briefwahlunterlagen", "%", hi, kQu, fy, 48)),
		}},
	}},
	{2, "Sicherheit und Ordnung", 300e3, 25e6, []groupSpec{
		{"0201", "Allgemeine Sicherheit und Ordnung", []productSpec{
			p("020101", "Kommunaler Ordnungsdienst und Gefahrenabwehr", 32, k("Einsatzstunden des Kommunalen Ordnungsdienstes", "Stunden", hi, kOu, fm, 26000)),
			p("020102", "Gewerbeangelegenheiten", 32, k("Durchschnittliche Bearbeitungsdauer von Gewerbeanzeigen", "Tage", lo, kEf, fq, 6.5)),
			p("020103", "Überwachung des ruhenden Verkehrs", 32, k("Ahndungen im ruhenden Verkehr", "Anzahl", hi, kOu, fm, 68000)),
			p("020104", "Überwachung des fließenden Verkehrs", 32, ka("Geschwindigkeitsverstöße je 1.000 gemessene Fahrzeuge", "Anzahl", lo, kOc, fq, 31)),
			p("020105", "Ausländerangelegenheiten", 32, k("Durchschnittliche Wartezeit auf einen Termin in der Ausländerbehörde", "Tage", lo, kQu, fm, 28)),
			p("020106", "Bußgeldstelle", 32, k("Verjährte Bußgeldverfahren", "%", lo, kQu, fy, 2.1)),
		}},
		{"0202", "Bürgerdienste", []productSpec{
			p("020201", "Melde-, Pass- und Ausweiswesen", 33, k("Durchschnittliche Wartezeit auf einen Termin im Bürgeramt", "Tage", lo, kQu, fm, 9)),
			p("020202", "Kfz-Zulassung und Fahrerlaubnisse", 33, k("Anteil internetbasierter Fahrzeugzulassungen (i-Kfz)", "%", hi, kOu, fq, 18)),
			p("020203", "Personenstandswesen", 34, k("Innerhalb von fünf Werktagen ausgestellte Urkunden", "%", hi, kQu, fq, 87)),
			p("020204", "Fundbüro", 33, k("An Eigentümerinnen und Eigentümer zurückgegebene Fundsachen", "%", hi, kOc, fy, 37)),
			p("020205", "Staatsangehörigkeitsangelegenheiten", 33, k("Abgeschlossene Einbürgerungsverfahren", "Anzahl", hi, kOu, fq, 720)),
		}},
		{"0203", "Brand- und Katastrophenschutz", []productSpec{
			p("020301", "Brandschutz und Technische Hilfe", 37, k("Einhaltung der Hilfsfrist im Brandschutz", "%", hi, kQu, fm, 88)),
			p("020302", "Rettungsdienst", 37, k("Einhaltung der Hilfsfrist im Rettungsdienst", "%", hi, kQu, fm, 90)),
			p("020303", "Katastrophen- und Bevölkerungsschutz", 37, k("Notstromversorgte Anlaufstellen für die Bevölkerung", "Anzahl", hi, kIn, fy, 8)),
			p("020304", "Vorbeugender Brandschutz", 37, k("Durchgeführte Brandverhütungsschauen", "Anzahl", hi, kOu, fq, 640)),
			p("020305", "Freiwillige Feuerwehr", 37, k("Aktive Mitglieder der Freiwilligen Feuerwehr", "Anzahl", hi, kIn, fy, 520)),
		}},
		{"0204", "Verbraucherschutz und Veterinärwesen", []productSpec{
			p("020401", "Lebensmittelüberwachung", 39, k("Erfüllungsgrad der risikoorientierten Regelkontrollen", "%", hi, kOu, fq, 84)),
			p("020402", "Tierseuchenbekämpfung und Tierschutz", 39, k("Bearbeitete Tierschutzanzeigen", "Anzahl", hi, kOu, fy, 410)),
			p("020403", "Fleischhygiene", 39, k("Amtliche Schlachttier- und Fleischuntersuchungen", "Anzahl", hi, kOu, fy, 18500)),
		}},
	}},
	{3, "Schulträgeraufgaben", 1e6, 30e6, []groupSpec{
		{"0301", "Grundschulen", []productSpec{
			p("030101", "Grundschulen", 40, k("Zuweisungsquote an die Wunsch-Grundschule", "%", hi, kQu, fy, 93)),
			p("030102", "Offene Ganztagsschule im Primarbereich", 40, k("Versorgungsquote im Offenen Ganztag", "%", hi, kOc, fy, 61)),
		}},
		{"0302", "Weiterführende Schulen", []productSpec{
			p("030201", "Hauptschulen", 40, k("Schulabgängerinnen und Schulabgänger ohne Abschluss (Hauptschulen)", "%", lo, kOc, fy, 9.5)),
			p("030202", "Realschulen", 40, k("Unterrichtsräume mit digitaler Präsentationstechnik (Realschulen)", "%", hi, kOu, fy, 70)),
			p("030203", "Gymnasien", 40, k("Unterrichtsräume mit digitaler Präsentationstechnik (Gymnasien)", "%", hi, kOu, fy, 74)),
			p("030204", "Gesamtschulen", 40, k("Abgelehnte Anmeldungen an Gesamtschulen", "Anzahl", lo, kOc, fy, 160)),
			p("030205", "Sekundarschulen", 40, k("Auslastung der Sekundarschulen", "%", hi, kEf, fy, 86)),
		}},
		{"0303", "Förderschulen, Berufskollegs und Schulberatung", []productSpec{
			p("030301", "Förderschulen", 40, k("Schülerinnen und Schüler mit Förderbedarf im Gemeinsamen Lernen", "%", hi, kOc, fy, 44)),
			p("030302", "Berufskollegs", 40, k("Ausbildungsbetriebe in Kooperation mit den Berufskollegs", "Anzahl", hi, kOu, fy, 930)),
			p("030303", "Schulpsychologische Beratung", 40, k("Wartezeit auf ein Erstgespräch der Schulpsychologie", "Tage", lo, kQu, fq, 21)),
		}},
		{"0304", "Schulübergreifende Leistungen", []productSpec{
			p("030401", "Schülerbeförderung", 40, k("Beförderungskosten je beförderter Schülerin und beförderten Schüler", "EUR", lo, kEf, fy, 742)),
			p("030402", "Schulsozialarbeit", 40, k("Schulen mit Schulsozialarbeit", "%", hi, kIn, fy, 78)),
			p("030403", "Digitale Ausstattung der Schulen", 40, k("Schülerinnen und Schüler je digitalem Endgerät", "Anzahl", lo, kIn, fy, 4.2)),
			p("030404", "Schulentwicklungsplanung", 40, k("Auslastung der Schulgebäude", "%", hi, kEf, fy, 92)),
			p("030405", "Schulbau und Schulsanierung", 65, k("Termingerecht abgeschlossene Schulbaumaßnahmen", "%", hi, kQu, fq, 76)),
		}},
	}},
	{4, "Kultur und Wissenschaft", 100e3, 8e6, []groupSpec{
		{"0401", "Kulturförderung und Veranstaltungen", []productSpec{
			p("040101", "Kulturförderung", 41, k("Geförderte Kulturprojekte", "Anzahl", hi, kOu, fy, 85)),
			p("040102", "Kulturveranstaltungen", 41, k("Besucherinnen und Besucher städtischer Kulturveranstaltungen", "Anzahl", hi, kOc, fq, 68000)),
			p("040103", "Theater und Konzerte", 41, k("Platzauslastung bei Theater- und Konzertveranstaltungen", "%", hi, kEf, fq, 74)),
			p("040104", "Kulturelle Bildung", 41, k("Teilnehmende Kinder und Jugendliche an kultureller Bildung", "Anzahl", hi, kOc, fy, 9800)),
			p("040105", "Stadtteilkultur und Soziokultur", 41, k("Veranstaltungen in Stadtteilkulturzentren", "Anzahl", hi, kOu, fy, 420)),
		}},
		{"0402", "Museen", []productSpec{
			p("040201", "Stadtmuseum – Sammlung und Ausstellungen", 45, k("Besucherinnen und Besucher des Stadtmuseums", "Anzahl", hi, kOc, fq, 52000)),
			p("040202", "Museumspädagogik", 45, k("Museumspädagogische Führungen und Workshops", "Anzahl", hi, kOu, fq, 780)),
		}},
		{"0403", "Bibliotheken", []productSpec{
			p("040301", "Zentralbibliothek", 42, k("Entleihungen je Einwohnerin und Einwohner", "Anzahl", hi, kOc, fy, 3.1)),
			p("040302", "Stadtteilbibliotheken", 42, k("Öffnungsstunden der Stadtteilbibliotheken", "Stunden", hi, kOu, fy, 6200)),
			p("040303", "Digitale Bibliotheksangebote", 42, k("Entleihungen digitaler Medien (Onleihe)", "Anzahl", hi, kOu, fm, 160000)),
		}},
		{"0404", "Volkshochschule", []productSpec{
			p("040401", "Allgemeine Weiterbildung", 43, k("Durchgeführte Unterrichtsstunden", "Stunden", hi, kOu, fq, 41000)),
			p("040402", "Sprach- und Integrationskurse", 43, k("Bestandene Prüfungen im Deutsch-Test für Zuwanderer (B1)", "%", hi, kOc, fq, 56)),
			p("040403", "Schulabschlüsse im zweiten Bildungsweg", 43, k("Erfolgreich nachgeholte Schulabschlüsse", "Anzahl", hi, kOc, fy, 140)),
		}},
		{"0405", "Musikschule", []productSpec{
			p("040501", "Instrumental- und Vokalunterricht", 44, ka("Schülerinnen und Schüler auf der Warteliste", "Anzahl", lo, kQu, fq, 310)),
			p("040502", "Kooperationen mit Kitas und Schulen", 44, k("Kitas und Grundschulen mit Musikschulkooperation", "Anzahl", hi, kOu, fy, 48)),
		}},
		{"0406", "Archiv und Erinnerungskultur", []productSpec{
			p("040601", "Stadtarchiv", 47, k("Digitalisierte Archivalien", "Anzahl", hi, kOu, fq, 21000)),
			p("040602", "Heimatpflege und Erinnerungskultur", 47, k("Veranstaltungen zur Erinnerungskultur", "Anzahl", hi, kOu, fy, 36)),
		}},
	}},
	{5, "Soziale Leistungen", 2e6, 40e6, []groupSpec{
		{"0501", "Hilfen nach dem SGB XII", []productSpec{
			p("050101", "Hilfe zum Lebensunterhalt", 50, k("Durchschnittliche Bearbeitungsdauer von Erstanträgen (Hilfe zum Lebensunterhalt)", "Tage", lo, kEf, fq, 24)),
			p("050102", "Grundsicherung im Alter und bei Erwerbsminderung", 50, k("Durchschnittliche Bearbeitungsdauer von Erstanträgen (Grundsicherung)", "Tage", lo, kEf, fq, 31)),
			p("050103", "Hilfe zur Pflege", 56, k("Leistungsberechtigte in ambulanter statt stationärer Pflege", "%", hi, kOc, fy, 38)),
			p("050104", "Hilfen zur Gesundheit", 50, k("Aufwand je leistungsberechtigter Person", "EUR", lo, kEf, fy, 3150)),
		}},
		{"0502", "Leistungen nach dem SGB II", []productSpec{
			p("050201", "Kosten der Unterkunft und Heizung", 50, ka("Durchschnittliche Unterkunftskosten je Bedarfsgemeinschaft und Monat", "EUR", lo, kEf, fq, 512)),
			p("050202", "Bildung und Teilhabe", 50, k("Inanspruchnahmequote der Leistungen für Bildung und Teilhabe", "%", hi, kOc, fy, 54)),
			p("050203", "Kommunale Eingliederungsleistungen", 50, k("Vermittelte Schuldner- und Suchtberatungen für Leistungsbeziehende", "Anzahl", hi, kOu, fy, 1250)),
		}},
		{"0503", "Leistungen für Geflüchtete", []productSpec{
			p("050301", "Leistungen nach dem Asylbewerberleistungsgesetz", 50, k("Durchschnittliche Bearbeitungsdauer von Leistungsanträgen (AsylbLG)", "Tage", lo, kEf, fq, 12)),
			p("050302", "Unterbringung von Geflüchteten", 50, k("Auslastung der städtischen Unterkünfte", "%", hi, kEf, fm, 82)),
			p("050303", "Integrationsmanagement", 54, k("Geflüchtete mit individuellem Integrationsplan", "Anzahl", hi, kOu, fq, 1450)),
		}},
		{"0504", "Wohnungssicherung", []productSpec{
			p("050401", "Wohngeld", 64, k("Durchschnittliche Bearbeitungsdauer von Wohngeldanträgen", "Tage", lo, kEf, fm, 62)),
			p("050402", "Vermeidung von Wohnungslosigkeit", 50, k("Abgewendete Wohnungsverluste", "%", hi, kOc, fq, 71)),
		}},
		{"0505", "Senioren, Pflege und Inklusion", []productSpec{
			p("050501", "Seniorenarbeit und Quartiersentwicklung", 56, k("Quartiere mit Seniorentreff oder Quartiersbüro", "Anzahl", hi, kOu, fy, 14)),
			p("050502", "Pflegeberatung", 56, k("Durchgeführte Pflegeberatungen", "Anzahl", hi, kOu, fq, 3900)),
			p("050503", "Inklusion und Teilhabe", 56, k("Barrierefrei zugängliche städtische Gebäude", "%", hi, kOc, fy, 57)),
			p("050504", "Betreuungsstelle", 56, k("Durch andere Hilfen vermiedene rechtliche Betreuungen", "%", hi, kOc, fy, 22)),
		}},
		{"0506", "Integration", []productSpec{
			p("050601", "Integrationsförderung und Beratung", 54, k("Beratungskontakte des Kommunalen Integrationszentrums", "Anzahl", hi, kOu, fq, 5200)),
			p("050602", "Sprachförderung und Bildungsintegration", 54, k("Neu zugewanderte Kinder mit Schulplatz innerhalb von vier Wochen", "%", hi, kQu, fq, 77)),
			p("050603", "Interkultureller Dialog und Migrantenorganisationen", 54, k("Geförderte Projekte von Migrantenorganisationen", "Anzahl", hi, kOu, fy, 26)),
		}},
	}},
	{6, "Kinder-, Jugend- und Familienhilfe", 1e6, 40e6, []groupSpec{
		{"0601", "Kindertagesbetreuung", []productSpec{
			p("060101", "Kindertageseinrichtungen", 51,
				k("Versorgungsquote für Kinder unter drei Jahren", "%", hi, kOc, fq, 36),
				k("Versorgungsquote für Kinder von drei bis sechs Jahren", "%", hi, kOc, fy, 96)),
			p("060102", "Kindertagespflege", 51, ka("Plätze in der Kindertagespflege", "Anzahl", hi, kIn, fq, 720)),
			p("060103", "Platzvergabe und Elternbeiträge", 51, k("Online über den Kita-Navigator gestellte Anmeldungen", "%", hi, kQu, fy, 81)),
			p("060104", "Ausbau der Kindertagesbetreuung", 51, k("Neu geschaffene Betreuungsplätze", "Anzahl", hi, kOu, fy, 240)),
		}},
		{"0602", "Hilfen zur Erziehung", []productSpec{
			p("060201", "Ambulante Hilfen zur Erziehung", 51, k("Anteil ambulanter Hilfen an allen Hilfen zur Erziehung", "%", hi, kOc, fq, 58)),
			p("060202", "Stationäre Hilfen zur Erziehung", 51, ka("Durchschnittliche Kosten je Fall der Heimerziehung und Monat", "EUR", lo, kEf, fq, 5650)),
			p("060203", "Eingliederungshilfe für seelisch behinderte junge Menschen", 51, k("Durchschnittliche Bearbeitungsdauer von Anträgen nach § 35a SGB VIII", "Tage", lo, kEf, fq, 48)),
			p("060204", "Inobhutnahme", 51, k("Inobhutnahmen mit Rückführung oder Anschlusshilfe innerhalb von drei Monaten", "%", hi, kOc, fy, 73)),
		}},
		{"0603", "Kinder- und Jugendarbeit", []productSpec{
			p("060301", "Offene Kinder- und Jugendarbeit", 51, k("Besuche in Jugendfreizeiteinrichtungen", "Anzahl", hi, kOc, fq, 118000)),
			p("060302", "Jugendverbandsarbeit", 51, k("Geförderte Ferienfreizeiten und Jugendbildungsmaßnahmen", "Anzahl", hi, kOu, fy, 145)),
			p("060303", "Kinder- und Jugendschutz", 51, k("Durchgeführte Jugendschutzkontrollen", "Anzahl", hi, kOu, fy, 210)),
		}},
		{"0604", "Familienförderung", []productSpec{
			p("060401", "Frühe Hilfen", 51, k("Durch Willkommensbesuche erreichte Familien mit Neugeborenen", "%", hi, kOc, fq, 68)),
			p("060402", "Familienbildung und Erziehungsberatung", 51, k("Wartezeit auf ein Erstgespräch in der Erziehungsberatung", "Tage", lo, kQu, fq, 26)),
			p("060403", "Unterhaltsvorschuss", 51, k("Rückgriffsquote beim Unterhaltsvorschuss", "%", hi, kEf, fy, 17)),
			p("060404", "Beistandschaften, Pflegschaften und Vormundschaften", 51, k("Fälle je Vollzeitkraft in der Amtsvormundschaft", "Anzahl", lo, kEf, fy, 49)),
			p("060405", "Elterngeld", 51, k("Durchschnittliche Bearbeitungsdauer von Elterngeldanträgen", "Tage", lo, kEf, fm, 21)),
		}},
		{"0605", "Soziale Dienste", []productSpec{
			p("060501", "Allgemeiner Sozialer Dienst", 51, k("Fristgerecht durchgeführte Gefährdungseinschätzungen (§ 8a SGB VIII)", "%", hi, kQu, fm, 92)),
			p("060502", "Jugendhilfe im Strafverfahren", 51, k("Jugendliche mit Diversionsmaßnahme statt Strafverfahren", "%", hi, kOc, fy, 46)),
		}},
	}},
	{7, "Gesundheitsdienste", 200e3, 6e6, []groupSpec{
		{"0701", "Gesundheitsschutz", []productSpec{
			p("070101", "Infektionsschutz", 53, k("Innerhalb von 24 Stunden bearbeitete Meldungen meldepflichtiger Infektionen", "%", hi, kQu, fm, 95)),
			p("070102", "Trinkwasser- und Badewasserhygiene", 53, k("Erfüllungsgrad der Trinkwasserüberwachung", "%", hi, kOu, fq, 97)),
			p("070103", "Hygieneüberwachung medizinischer Einrichtungen", 53, k("Begangene Einrichtungen laut Überwachungsplan", "%", hi, kOu, fy, 83)),
		}},
		{"0702", "Gesundheitsförderung", []productSpec{
			p("070201", "Kinder- und Jugendgesundheitsdienst", 53, k("Untersuchte Kinder in Kitas mit besonderem Förderbedarf", "Anzahl", hi, kOu, fy, 1900)),
			p("070202", "Schuleingangsuntersuchungen", 53, k("Vor dem 1. Mai abgeschlossene Schuleingangsuntersuchungen", "%", hi, kQu, fy, 87)),
			p("070203", "Zahnärztlicher Dienst", 53, k("Kariesfreie Gebisse bei Erstklässlerinnen und Erstklässlern", "%", hi, kOc, fy, 58)),
			p("070204", "Gesundheitsberichterstattung und -planung", 53, k("Veröffentlichte Gesundheitsberichte und Fachplanungen", "Anzahl", hi, kOu, fy, 4)),
		}},
		{"0703", "Sozialpsychiatrie und Suchthilfe", []productSpec{
			p("070301", "Sozialpsychiatrischer Dienst", 53, k("Kriseninterventionen ohne Unterbringung nach PsychKG", "%", hi, kOc, fq, 64)),
			p("070302", "Suchtberatung und -prävention", 53, k("Teilnehmende an schulischen Suchtpräventionsangeboten", "Anzahl", hi, kOu, fy, 4300)),
		}},
		{"0704", "Amtsärztlicher Dienst", []productSpec{
			p("070401", "Amtsärztliche Gutachten", 53, k("Durchschnittliche Dauer bis zur Gutachtenerstellung", "Tage", lo, kEf, fq, 33)),
		}},
	}},
	{8, "Sportförderung", 200e3, 9e6, []groupSpec{
		{"0801", "Sportstätten und Bäder", []productSpec{
			p("080101", "Sporthallen", 52, k("Belegungsquote der Sporthallen", "%", hi, kEf, fq, 84)),
			p("080102", "Sportplätze", 52, k("Kunstrasenplätze in gutem Zustand", "%", hi, kQu, fy, 71)),
			p("080103", "Hallen- und Freibäder", 52, k("Besuche in städtischen Bädern", "Anzahl", hi, kOc, fm, 410000)),
			p("080104", "Sportentwicklungsplanung", 52, k("Umgesetzte Maßnahmen des Sportentwicklungsplans", "Anzahl", hi, kOu, fy, 11)),
		}},
		{"0802", "Sportförderung", []productSpec{
			p("080201", "Förderung der Sportvereine", 52, k("Mitglieder in Sportvereinen je 100 Einwohnerinnen und Einwohner", "Anzahl", hi, kOc, fy, 27.5)),
			p("080202", "Sportveranstaltungen", 52, k("Teilnehmende an städtischen Sportveranstaltungen", "Anzahl", hi, kOu, fy, 21000)),
			p("080203", "Bewegungsförderung und Schwimmfähigkeit", 52, k("Sichere Schwimmerinnen und Schwimmer am Ende der Grundschulzeit", "%", hi, kOc, fy, 61)),
		}},
	}},
	{9, "Räumliche Planung und Entwicklung, Geoinformationen", 100e3, 5e6, []groupSpec{
		{"0901", "Stadtentwicklung und Bauleitplanung", []productSpec{
			p("090101", "Stadtentwicklungsplanung", 61, k("Umsetzungsstand des Stadtentwicklungskonzepts", "%", hi, kOu, fy, 38)),
			p("090102", "Flächennutzungsplanung", 61, k("Neuinanspruchnahme von Freiflächen", "ha", lo, kOc, fy, 18)),
			p("090103", "Bebauungsplanung", 61, k("Durch Bebauungspläne ermöglichte Wohneinheiten", "Anzahl", hi, kOu, fy, 620)),
			p("090104", "Städtebauförderung und Stadterneuerung", 61, k("Abgerufene Städtebaufördermittel", "%", hi, kEf, fy, 82)),
			p("090105", "Statistik und Stadtforschung", 61, k("Veröffentlichte statistische Berichte", "Anzahl", hi, kOu, fy, 24)),
		}},
		{"0902", "Geoinformation und Vermessung", []productSpec{
			p("090201", "Liegenschaftskataster", 62, k("Durchschnittliche Dauer der Fortführung des Liegenschaftskatasters", "Tage", lo, kEf, fq, 19)),
			p("090202", "Geodaten und Stadtkarten", 62, k("Als Open Data bereitgestellte Geodatensätze", "Anzahl", hi, kOu, fy, 95)),
			p("090203", "Amtliche Vermessung", 62, k("Durchschnittliche Bearbeitungsdauer von Vermessungsanträgen", "Tage", lo, kEf, fq, 37)),
			p("090204", "Gutachterausschuss für Grundstückswerte", 62, k("Ausgewertete Kaufverträge", "Anzahl", hi, kOu, fy, 2600)),
		}},
	}},
	{10, "Bauen und Wohnen", 100e3, 4e6, []groupSpec{
		{"1001", "Bauaufsicht und Denkmalschutz", []productSpec{
			p("100101", "Baugenehmigungsverfahren", 63,
				k("Durchschnittliche Dauer von Baugenehmigungsverfahren", "Tage", lo, kEf, fm, 78),
				k("Digital eingereichte Bauanträge", "%", hi, kOu, fq, 22)),
			p("100102", "Bauüberwachung", 63, k("Durchgeführte Bauzustandsbesichtigungen", "Anzahl", hi, kOu, fy, 1450)),
			p("100103", "Denkmalschutz und Denkmalpflege", 63, k("Geförderte Denkmalpflegemaßnahmen", "Anzahl", hi, kOu, fy, 34)),
			p("100104", "Baulasten und Bauberatung", 63, k("Bauberatungen vor Antragstellung", "Anzahl", hi, kOu, fy, 1800)),
		}},
		{"1002", "Wohnungswesen", []productSpec{
			p("100201", "Wohnraumförderung", 64, k("Bewilligte geförderte Mietwohnungen", "Anzahl", hi, kOu, fy, 180)),
			p("100202", "Wohnungsaufsicht", 64, k("Abgeschlossene Verfahren der Wohnungsaufsicht", "Anzahl", hi, kOu, fy, 240)),
			p("100203", "Wohnungsmarktbeobachtung", 64, k("Leerstandsquote im Mietwohnungsbestand", "%", lo, kOc, fy, 3.4)),
			p("100204", "Wohnberechtigungsscheine und Belegungsbindungen", 64, k("Durchschnittliche Bearbeitungsdauer von Wohnberechtigungsscheinen", "Tage", lo, kEf, fq, 14)),
		}},
	}},
	{11, "Ver- und Entsorgung", 500e3, 20e6, []groupSpec{
		{"1101", "Abfallwirtschaft", []productSpec{
			p("110101", "Abfallsammlung und -entsorgung", 70, k("Restabfallmenge je Einwohnerin und Einwohner", "kg", lo, kOc, fq, 178)),
			p("110102", "Wertstoffhöfe", 70, k("Recyclingquote der Siedlungsabfälle", "%", hi, kOc, fy, 56)),
			p("110103", "Abfallberatung", 70, k("Teilnehmende an Abfallberatung und Umweltbildung", "Anzahl", hi, kOu, fy, 5200)),
		}},
		{"1102", "Stadtreinigung", []productSpec{
			p("110201", "Straßenreinigung", 70, k("Beschwerden über Verschmutzungen je 10.000 Einwohnerinnen und Einwohner", "Anzahl", lo, kQu, fq, 21)),
			p("110202", "Winterdienst", 70, k("Innerhalb von drei Stunden geräumte Hauptverkehrsstraßen", "%", hi, kQu, fy, 93)),
			p("110203", "Beseitigung illegaler Abfallablagerungen", 70, k("Innerhalb von zwei Werktagen beseitigte wilde Müllablagerungen", "%", hi, kQu, fm, 79)),
		}},
		{"1103", "Abwasserbeseitigung", []productSpec{
			p("110301", "Kanalnetz und Abwasserbeseitigung", 66, k("Jährliche Sanierungsrate des Kanalnetzes", "%", hi, kOu, fy, 1.1)),
			p("110302", "Niederschlagswasserbewirtschaftung", 66, k("Von der Kanalisation abgekoppelte versiegelte Flächen", "ha", hi, kOc, fy, 6.5)),
		}},
		{"1104", "Energie und Wärme", []productSpec{
			p("110401", "Kommunale Wärmeplanung", 31, k("Umsetzungsstand der kommunalen Wärmeplanung", "%", hi, kOu, fy, 10)),
		}},
	}},
	{12, "Verkehrsflächen und -anlagen, ÖPNV", 500e3, 25e6, []groupSpec{
		{"1201", "Straßen, Wege, Plätze", []productSpec{
			p("120101", "Planung und Bau von Straßen", 66, k("Termingerecht fertiggestellte Straßenbaumaßnahmen", "%", hi, kQu, fy, 72)),
			p("120102", "Unterhaltung von Straßen, Wegen und Plätzen", 66, k("Straßen in gutem oder sehr gutem Zustand", "%", hi, kOc, fy, 54)),
			p("120103", "Brücken und Ingenieurbauwerke", 66, k("Brücken mit einer Zustandsnote besser als 3,0", "%", hi, kOc, fy, 81)),
			p("120104", "Straßenbeleuchtung", 66, k("Auf LED umgestellte Leuchten", "%", hi, kOu, fq, 47)),
			p("120105", "Verkehrssicherheit und Schulwegsicherung", 66, k("Im Straßenverkehr verunglückte Kinder", "Anzahl", lo, kOc, fy, 58)),
		}},
		{"1202", "Verkehrslenkung", []productSpec{
			p("120201", "Verkehrsplanung und Mobilitätsmanagement", 66, k("Anteil des Umweltverbunds am Modal Split", "%", hi, kOc, fy, 41)),
			p("120202", "Lichtsignalanlagen und Verkehrstechnik", 66, k("Lichtsignalanlagen mit Busbeschleunigung", "%", hi, kOu, fy, 36)),
			p("120203", "Parkraumbewirtschaftung", 66, k("Auslastung der bewirtschafteten Parkflächen", "%", hi, kEf, fq, 68)),
		}},
		{"1203", "ÖPNV und Radverkehr", []productSpec{
			p("120301", "Öffentlicher Personennahverkehr", 66, k("Fahrgäste im Stadtbusverkehr", "Anzahl", hi, kOc, fq, 14800000)),
			p("120302", "Radverkehrsförderung", 66, k("Neu gebaute oder sanierte Radwege", "km", hi, kOu, fy, 7.5)),
		}},
	}},
	{13, "Natur- und Landschaftspflege", 200e3, 8e6, []groupSpec{
		{"1301", "Öffentliches Grün", []productSpec{
			p("130101", "Park- und Grünanlagen", 67, k("Pflegeaufwand je m² Grünfläche", "EUR", lo, kEf, fy, 1.85)),
			p("130102", "Spielplätze", 67, k("Spielplätze ohne sicherheitsrelevante Mängel", "%", hi, kQu, fq, 91)),
			p("130103", "Straßenbegleitgrün und Stadtbäume", 67, k("Nettozuwachs an Stadtbäumen", "Anzahl", hi, kOc, fy, 240)),
			p("130104", "Kleingartenwesen", 67, k("Verpachtete Kleingartenparzellen", "%", hi, kEf, fy, 95)),
		}},
		{"1302", "Naturschutz und Landschaftspflege", []productSpec{
			p("130201", "Landschaftsplanung und Naturschutz", 31, ka("Fläche der Naturschutzgebiete", "ha", hi, kOc, fy, 1420)),
			p("130202", "Stadtwald und Forst", 67, k("Aufgeforstete Fläche", "ha", hi, kOu, fy, 4.5)),
			p("130203", "Gewässerunterhaltung und -renaturierung", 31, k("Renaturierte Gewässerstrecke", "km", hi, kOu, fy, 2.2)),
		}},
		{"1303", "Friedhofs- und Bestattungswesen", []productSpec{
			p("130301", "Friedhöfe", 68, k("Kostendeckungsgrad der Friedhofsgebühren", "%", hi, kEf, fy, 84)),
			p("130302", "Bestattungswesen", 68, k("Durchschnittliche Dauer von der Anmeldung bis zur Bestattung", "Tage", lo, kQu, fq, 9.5)),
		}},
	}},
	{14, "Umweltschutz", 50e3, 3e6, []groupSpec{
		{"1401", "Umweltschutz", []productSpec{
			p("140101", "Immissionsschutz", 31, k("Abschließend bearbeitete Lärm- und Geruchsbeschwerden", "%", hi, kQu, fq, 82)),
			p("140102", "Bodenschutz und Altlasten", 31, k("Sanierte oder gesicherte Altlastenflächen", "ha", hi, kOu, fy, 3.6)),
			p("140103", "Wasserwirtschaft", 31, k("Fristgerecht erteilte wasserrechtliche Erlaubnisse", "%", hi, kQu, fy, 85)),
			p("140104", "Umweltberatung und -bildung", 31, k("Teilnehmende an Umweltbildungsangeboten", "Anzahl", hi, kOu, fy, 6400)),
		}},
		{"1402", "Klimaschutz und Klimaanpassung", []productSpec{
			p("140201", "Klimaschutz", 31,
				k("CO₂-Emissionen der Stadtverwaltung", "t", lo, kOc, fy, 24500),
				ka("Installierte Photovoltaikleistung auf städtischen Dächern", "kWp", hi, kOu, fq, 2100)),
			p("140202", "Klimaanpassung", 31, k("Entsiegelte Fläche", "m²", hi, kOu, fy, 8500)),
			p("140203", "Förderprogramm Klimaschutz für Privathaushalte", 31, k("Bewilligte Förderanträge für Klimaschutzmaßnahmen", "Anzahl", hi, kOu, fq, 880)),
		}},
	}},
	{15, "Wirtschaft und Tourismus", 100e3, 5e6, []groupSpec{
		{"1501", "Wirtschaftsförderung", []productSpec{
			p("150101", "Bestandspflege und Unternehmensservice", 80, k("Unternehmensbesuche und Beratungen", "Anzahl", hi, kOu, fq, 640)),
			p("150102", "Ansiedlung und Gewerbeflächenmanagement", 80, k("Vermarktete Gewerbeflächen", "ha", hi, kOu, fy, 12)),
			p("150103", "Gründungsförderung", 80, k("Begleitete Existenzgründungen", "Anzahl", hi, kOu, fq, 190)),
			p("150104", "Fachkräftesicherung", 80, k("Am Ausbildungsmarkt teilnehmende Unternehmen", "Anzahl", hi, kOu, fy, 160)),
			p("150105", "Digitale Wirtschaft und Innovation", 80, k("Gigabitfähig versorgte Gewerbegebiete", "%", hi, kOc, fy, 48)),
		}},
		{"1502", "Tourismus und Stadtmarketing", []productSpec{
			p("150201", "Tourismusförderung", 80, k("Übernachtungen in Beherbergungsbetrieben", "Anzahl", hi, kOc, fq, 390000)),
			p("150202", "Stadtmarketing und Citymanagement", 80, k("Leerstandsquote der Ladenlokale in der Innenstadt", "%", lo, kOc, fy, 11.5)),
			p("150203", "Märkte und Messen", 80, k("Belegte Standplätze auf Wochenmärkten", "%", hi, kEf, fq, 87)),
		}},
	}},
	{16, "Allgemeine Finanzwirtschaft", 1e6, 30e6, []groupSpec{
		{"1601", "Steuern, allgemeine Zuweisungen, allgemeine Umlagen", []productSpec{
			p("160101", "Steuerverwaltung und Realsteuerveranlagung", 22, k("Steuerrückstände in Prozent des Soll-Aufkommens", "%", lo, kQu, fq, 3.8)),
			p("160102", "Erhebung sonstiger Steuern und Abgaben", 22, k("Digital zugestellte Steuerbescheide", "%", hi, kOu, fy, 12)),
			p("160103", "Allgemeine Umlagen (Landschaftsverbandsumlage)", 20, k("Abweichung der Umlagezahlungen vom Planansatz", "%", lo, kQu, fy, 2.5)),
		}},
		{"1602", "Sonstige allgemeine Finanzwirtschaft", []productSpec{
			p("160201", "Zins- und Schuldenmanagement", 20,
				k("Durchschnittlicher Zinssatz des Kreditportfolios", "%", lo, kEf, fq, 1.9),
				k("Liquiditätskredite je Einwohnerin und Einwohner", "EUR", lo, kOc, fy, 3900)),
			p("160202", "Beteiligungen und Finanzanlagen", 20, k("Fristgerecht vorgelegte Wirtschaftspläne der Beteiligungen", "%", hi, kQu, fy, 88)),
			p("160203", "Haushaltskonsolidierung", 20, k("Realisierungsgrad der HSP-Maßnahmen", "%", hi, kOc, fq, 86)),
		}},
	}},
	{17, "Stiftungen", 10e3, 200e3, []groupSpec{
		{"1701", "Rechtlich unselbstständige Stiftungen", []productSpec{
			p("170101", "Sozialstiftungen", 50, k("Ausgeschüttete Stiftungsmittel für soziale Zwecke", "EUR", hi, kOu, fy, 48000)),
			p("170102", "Kulturstiftungen", 41, k("Aus Stiftungsmitteln geförderte Kulturvorhaben", "Anzahl", hi, kOu, fy, 9)),
			p("170103", "Sonstige Stiftungen", 20, k("Rendite des Stiftungskapitals", "%", hi, kEf, fy, 1.6)),
		}},
	}},
}

// measureSpec is one measure of the Haushaltssanierungsplan; AnnualEUR is
// the planned yearly saving when fully effective.
type measureSpec struct {
	Title     string
	Amt       int
	Status    db.MeasureStatus
	AnnualEUR float64
	Since     int
}

var measureSpecs = []measureSpec{
	{"Reduzierung der Energiekosten in städtischen Gebäuden", 65, db.MeasureInProgress, 450e3, 2013},
	{"Anpassung der Gebühren für die Abfallentsorgung an die volle Kostendeckung", 70, db.MeasureRealised, 300e3, 2012},
	{"Anpassung der Gebühren im Friedhofs- und Bestattungswesen", 68, db.MeasureRealised, 120e3, 2013},
	{"Anhebung des Hebesatzes der Grundsteuer B", 22, db.MeasureRealised, 2.1e6, 2012},
	{"Anpassung der Vergnügungssteuer", 22, db.MeasureRealised, 250e3, 2014},
	{"Konsolidierung der Verwaltungsstandorte und Aufgabe angemieteter Flächen", 23, db.MeasureInProgress, 380e3, 2018},
	{"Stellenbewirtschaftung: Wiederbesetzungssperre von sechs Monaten", 10, db.MeasureInProgress, 1.2e6, 2012},
	{"Optimierung der Schülerbeförderung", 40, db.MeasureRealised, 180e3, 2015},
	{"Zentralisierung des Beschaffungswesens", 30, db.MeasureInProgress, 220e3, 2016},
	{"Digitalisierung des Rechnungseingangs (E-Rechnung)", 20, db.MeasureInProgress, 90e3, 2020},
	{"Reduzierung der Druck- und Portokosten durch digitale Bescheide", 12, db.MeasureAtRisk, 140e3, 2021},
	{"Anpassung der Elternbeiträge in der Kindertagesbetreuung", 51, db.MeasureRealised, 600e3, 2014},
	{"Steuerung der stationären Hilfen zur Erziehung durch ambulante Alternativen", 51, db.MeasureAtRisk, 900e3, 2016},
	{"Anpassung der Entgelte der Volkshochschule", 43, db.MeasureRealised, 60e3, 2013},
	{"Anpassung der Entgelte der Musikschule", 44, db.MeasureRealised, 45e3, 2013},
	{"Neuordnung der Öffnungszeiten der Stadtteilbibliotheken", 42, db.MeasureInProgress, 70e3, 2019},
	{"Reduzierung der Bäderzuschüsse durch Betriebsoptimierung", 52, db.MeasureAtRisk, 350e3, 2017},
	{"Umstellung der Straßenbeleuchtung auf LED", 66, db.MeasureRealised, 520e3, 2015},
	{"Verlängerung der Pflegeintervalle im Straßenbegleitgrün", 67, db.MeasureInProgress, 160e3, 2018},
	{"Ausweitung der Geschwindigkeitsüberwachung an Unfallschwerpunkten", 32, db.MeasureInProgress, 400e3, 2019},
	{"Anpassung der Parkgebühren in der Innenstadt", 66, db.MeasureRealised, 280e3, 2014},
	{"Interkommunale Zusammenarbeit in der Leitstelle für Feuerwehr und Rettungsdienst", 37, db.MeasurePlanned, 200e3, 2027},
	{"Steuerung der Kosten der Unterkunft durch ein schlüssiges Konzept zu Mietobergrenzen", 50, db.MeasureAtRisk, 750e3, 2020},
	{"Veräußerung nicht betriebsnotwendiger Grundstücke", 23, db.MeasureInProgress, 1.5e6, 2012},
	{"Optimierung des Forderungsmanagements und der Vollstreckung", 21, db.MeasureInProgress, 300e3, 2016},
	{"Zinsoptimierung durch aktives Schuldenmanagement", 20, db.MeasureRealised, 1.8e6, 2012},
	{"Erhöhung der Gewinnabführung der Stadtwerke-Holding", 20, db.MeasureInProgress, 1e6, 2015},
	{"Einstellung des sommerlichen Kulturveranstaltungsprogramms", 41, db.MeasureDropped, 80e3, 2020},
	{"Gebührenanpassung in der Lebensmittelüberwachung", 39, db.MeasureRealised, 40e3, 2016},
	{"Reduzierung von Sachkosten durch die elektronische Akte", 12, db.MeasureInProgress, 210e3, 2019},
	{"Überprüfung freiwilliger Zuschüsse an Vereine und Verbände", 15, db.MeasureAtRisk, 150e3, 2017},
	{"Anpassung der Verwaltungsgebühren im Baugenehmigungsverfahren", 63, db.MeasureRealised, 220e3, 2014},
	{"Schließung des Lehrschwimmbeckens Nord", 52, db.MeasureDropped, 110e3, 2019},
	{"Optimierung der Gebäudereinigung durch neue Leistungsverzeichnisse", 65, db.MeasureInProgress, 260e3, 2018},
	{"Einführung einer Zweitwohnungsteuer", 22, db.MeasurePlanned, 90e3, 2027},
	{"Verkleinerung des Fuhrparks und Einführung von Dienstrad- und Carsharing-Angeboten", 65, db.MeasurePlanned, 130e3, 2027},
}

// Comment texts.
var (
	redComments = []string{
		"Abweichung durch gestiegene Fallzahlen; Nachsteuerung im Fachamt eingeleitet.",
		"Personalengpässe im zweiten Halbjahr; vakante Stellen inzwischen ausgeschrieben.",
		"Sondereffekt durch die Umstellung des Fachverfahrens.",
		"Witterungsbedingte Verzögerungen; Nachholung im Folgejahr geplant.",
		"Preissteigerungen bei Energie und Material über Planansatz.",
		"Zielwert nicht erreicht; Maßnahmenplan liegt dem Dezernat vor.",
	}
	greenComments = []string{
		"Planwert übertroffen.",
		"Positiver Effekt der Prozessoptimierung.",
		"Mehr Nachfrage als erwartet.",
	}
	reviewNotes = []string{
		"Zwischengespräch geführt. Zielerreichung insgesamt im Plan; bei einzelnen Kennzahlen Nachsteuerung vereinbart.",
		"Zwischengespräch geführt. Personalsituation belastet die Zielerreichung; Prioritäten für das zweite Halbjahr abgestimmt.",
		"Zwischengespräch geführt. HSP-Beiträge auf gutem Weg; Risiken bei den Transferaufwendungen besprochen.",
		"Zwischengespräch geführt. Ziele bestätigt, keine Anpassung der Gewichtung erforderlich.",
		"Zwischengespräch geführt. Verzögerung bei der Digitalisierung; Unterstützung durch das IT-Amt zugesagt.",
	}
	// selfNotes are self-assessments handed in during the running year,
	// before an early assessment.
	selfNotes = []string{
		"Selbsteinschätzung zum Stand 31.10.2026: Die vereinbarten Ziele werden trotz angespannter Personalsituation voraussichtlich weitgehend erreicht.",
		"Selbsteinschätzung zum Stand 31.10.2026: Die Schwerpunkte Digitalisierung und Bürgerservice sind planmäßig umgesetzt; die Jahreswerte der Kennzahlen sind hochgerechnet.",
		"Selbsteinschätzung zum Stand 31.10.2026: Die Konsolidierungsbeiträge sind weitgehend erbracht; einzelne Kennzahlen liegen hinter dem Plan zurück.",
		"Selbsteinschätzung zum Stand 31.10.2026: Ein Ziel kann wegen externer Faktoren voraussichtlich nur teilweise erreicht werden.",
	}
	returnReasons = []string{
		"Bitte die Gewichtung der HSP-Maßnahme erhöhen und den Zielwert der Kennzahl an den Haushaltsplan 2027 anpassen.",
		"Zielwerte sind noch nicht mit der Kämmerei abgestimmt.",
	}
)

// seedMonthNames are the German month names.
var seedMonthNames = [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
	"September", "Oktober", "November", "Dezember"}
