package demo

import "zielwerk/db"

// paySchemes: the demo city's Dienstvereinbarung for 2025 and 2026 — a pot
// of 100,000 € (95,000 € in 2025), 1 point below 80 % up to 5 points from
// 120 %, part-time and partial years pro rata, TVöD-LOB only (the city
// does not use § 60 LBesG NRW), two weeks for objections.
func (b *seedBuilder) paySchemes() {
	for _, y := range []struct {
		year int
		pot  int64
	}{{2025, 9_500_000}, {2026, 10_000_000}} {
		b.s.schemes = append(b.s.schemes, db.PayScheme{Year: y.year, PotCents: ptr(y.pot),
			PartTimeProRata: true, PartialYearProRata: true, TVoeDLOB: true, Beamte: false,
			AgreementBy: ptr(day(y.year, 3, 31)), ReviewBy: ptr(day(y.year, 9, 30)), AssessmentBy: ptr(day(y.year+1, 1, 31)),
			ObjectionDays: 14, Version: 1, UpdatedAt: at(y.year, 1, 15, 9, 0)})
		for _, band := range []db.PayBand{{FromDegree: 0, Points: 1}, {FromDegree: 80, Points: 2}, {FromDegree: 95, Points: 3},
			{FromDegree: 105, Points: 4}, {FromDegree: 120, Points: 5}} {
			band.Year = y.year
			b.s.bands = append(b.s.bands, band)
		}
	}
}
