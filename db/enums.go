package db

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// The enums below double as GraphQL enums (gqlgen binds them by name), so
// the graph and the database speak the same values.

func writeEnum(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }

func readEnum[T ~string](v any, valid ...T) (T, error) {
	s, ok := v.(string)
	if !ok || !slices.Contains(valid, T(s)) {
		return "", fmt.Errorf("%v is not a valid %T", v, T(""))
	}
	return T(s), nil
}

func (k OrgUnitKind) MarshalGQL(w io.Writer) { writeEnum(w, string(k)) }
func (k *OrgUnitKind) UnmarshalGQL(v any) (err error) {
	*k, err = readEnum(v, KindBoard, KindDezernat, KindFachbereich, KindAmt, KindAbteilung)
	return
}

func (l GoalLevel) MarshalGQL(w io.Writer) { writeEnum(w, string(l)) }
func (l *GoalLevel) UnmarshalGQL(v any) (err error) {
	*l, err = readEnum(v, LevelDezernat, LevelFachbereich, LevelAmt, LevelAbteilung, LevelProduct)
	return
}

func (d KPIDirection) MarshalGQL(w io.Writer) { writeEnum(w, string(d)) }
func (d *KPIDirection) UnmarshalGQL(v any) (err error) {
	*d, err = readEnum(v, HigherIsBetter, LowerIsBetter)
	return
}

func (k KPIKind) MarshalGQL(w io.Writer) { writeEnum(w, string(k)) }
func (k *KPIKind) UnmarshalGQL(v any) (err error) {
	*k, err = readEnum(v, KPIInput, KPIOutput, KPIOutcome, KPIEfficiency, KPIQuality)
	return
}

func (f UpdateFrequency) MarshalGQL(w io.Writer) { writeEnum(w, string(f)) }
func (f *UpdateFrequency) UnmarshalGQL(v any) (err error) {
	*f, err = readEnum(v, Yearly, Quarterly, Monthly)
	return
}

func (k ProgrammeKind) MarshalGQL(w io.Writer) { writeEnum(w, string(k)) }
func (k *ProgrammeKind) UnmarshalGQL(v any) (err error) {
	*k, err = readEnum(v, HSP, HSK)
	return
}

func (s MeasureStatus) MarshalGQL(w io.Writer) { writeEnum(w, string(s)) }
func (s *MeasureStatus) UnmarshalGQL(v any) (err error) {
	*s, err = readEnum(v, MeasurePlanned, MeasureInProgress, MeasureRealised, MeasureAtRisk, MeasureDropped)
	return
}

func (s AgreementStatus) MarshalGQL(w io.Writer) { writeEnum(w, string(s)) }
func (s *AgreementStatus) UnmarshalGQL(v any) (err error) {
	*s, err = readEnum(v, StatusDraft, StatusProposed, StatusAgreed, StatusReviewed, StatusAssessed, StatusClosed)
	return
}

func (p PayRule) MarshalGQL(w io.Writer) { writeEnum(w, string(p)) }
func (p *PayRule) UnmarshalGQL(v any) (err error) {
	*p, err = readEnum(v, PayTVoeDLOB, PayBeamte, PayNone)
	return
}

func (l TrafficLight) MarshalGQL(w io.Writer) { writeEnum(w, string(l)) }
func (l *TrafficLight) UnmarshalGQL(v any) (err error) {
	*l, err = readEnum(v, Green, Yellow, Red, NoData)
	return
}

func (k TaskKind) MarshalGQL(w io.Writer) { writeEnum(w, string(k)) }
func (k *TaskKind) UnmarshalGQL(v any) (err error) {
	*k, err = readEnum(v, TaskPropose, TaskSign, TaskReview, TaskSelfAssess, TaskAssess, TaskClose, TaskKPIOverdue, TaskOfficeReview)
	return
}

func (e Employment) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }
func (e *Employment) UnmarshalGQL(v any) (err error) {
	*e, err = readEnum(v, EmploymentTarif, EmploymentBeamte, EmploymentNone)
	return
}

func (w ReorgWhat) MarshalGQL(wr io.Writer) { writeEnum(wr, string(w)) }
func (w *ReorgWhat) UnmarshalGQL(v any) (err error) {
	*w, err = readEnum(v, MoveGoals, MoveProducts, MoveMeasures, MoveOpenAgreements, MoveSubUnits)
	return
}

func (s FiscalYearStatus) MarshalGQL(w io.Writer) { writeEnum(w, string(s)) }
func (s *FiscalYearStatus) UnmarshalGQL(v any) (err error) {
	*s, err = readEnum(v, YearOpen, YearClosed)
	return
}

// OfficeReviewState is NONE in the graph while nothing is recorded.
func (s OfficeReviewState) MarshalGQL(w io.Writer) {
	if s == OfficeNotReviewed {
		writeEnum(w, "NONE")
		return
	}
	writeEnum(w, string(s))
}

func (s *OfficeReviewState) UnmarshalGQL(v any) (err error) {
	if v == "NONE" {
		*s = OfficeNotReviewed
		return nil
	}
	*s, err = readEnum(v, OfficeChecked, OfficeQuery)
	return
}

func (s PayoutState) MarshalGQL(w io.Writer) { writeEnum(w, string(s)) }
func (s *PayoutState) UnmarshalGQL(v any) (err error) {
	*s, err = readEnum(v, PayoutIncluded, PayoutPending, PayoutExcluded)
	return
}
