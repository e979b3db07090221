package db

import (
	"encoding/json"
	"reflect"
	"strconv"
	"time"

	"gorm.io/gorm"
)

// agreementRecord is what the audit trail keeps of an agreement: its own
// fields, every item with every field, the reviews and the assessment —
// for personnel data that feeds pay, the record that matters. Items are
// keyed by id, so a change names the item it changed.
func agreementRecord(tx *gorm.DB, a *Agreement) (map[string]any, error) {
	rec := map[string]any{
		"status": a.Status, "payRule": a.PayRule,
		"principalSigned": a.PrincipalSignedAt != nil, "agentSigned": a.AgentSignedAt != nil,
		"returnReason": a.ReturnReason, "selfAssessmentNote": a.SelfAssessmentNote,
		"officeReview": a.OfficeReview,
	}
	var its []AgreementItem
	if err := tx.Where("agreement_id = ?", a.ID).Order("position, id").Find(&its).Error; err != nil {
		return nil, err
	}
	items := map[string]any{}
	for _, it := range its {
		entry := map[string]any{
			"position": it.Position, "title": it.Title, "description": it.Description,
			"weightPercent": it.WeightPercent, "goalId": it.GoalID, "kpiId": it.KPIID, "measureId": it.MeasureID,
			"targetValue": it.TargetValue, "budgetCompliance": it.BudgetCompliance,
			"interimDegree": it.InterimDegree, "selfDegree": it.SelfDegree, "finalDegree": it.FinalDegree,
			"assessmentComment": it.AssessmentComment, "interimComment": it.InterimComment, "selfComment": it.SelfComment,
		}
		// Only a unit is recorded: records from before units had none, and
		// "none" is no change worth a line in the Protokoll.
		if it.TargetUnit != UnitNone && it.TargetUnit != "" {
			entry["targetUnit"] = string(it.TargetUnit)
		}
		items[strconv.FormatInt(it.ID, 10)] = entry
	}
	rec["items"] = items
	var reviews []Review
	if err := tx.Where("agreement_id = ?", a.ID).Order("held_on, id").Find(&reviews).Error; err != nil {
		return nil, err
	}
	rs := map[string]any{}
	for _, r := range reviews {
		rs[strconv.FormatInt(r.ID, 10)] = map[string]any{"heldOn": r.HeldOn.Format(time.DateOnly), "note": r.Note}
	}
	rec["reviews"] = rs
	var remarks []Remark
	if err := tx.Where("agreement_id = ?", a.ID).Order("id").Find(&remarks).Error; err != nil {
		return nil, err
	}
	titles := map[int64]string{}
	for _, it := range its {
		titles[it.ID] = it.Title
	}
	rm := map[string]any{}
	for _, r := range remarks {
		e := map[string]any{"text": r.Text}
		if r.ItemID != nil {
			e["item"] = titles[*r.ItemID]
		}
		rm[strconv.FormatInt(r.ID, 10)] = e
	}
	rec["remarks"] = rm
	var as []Assessment
	if err := tx.Where("agreement_id = ?", a.ID).Find(&as).Error; err != nil {
		return nil, err
	}
	if len(as) > 0 {
		rec["assessment"] = map[string]any{"totalDegree": as[0].TotalDegree, "comment": as[0].Comment}
	}
	rec["acknowledged"] = a.AcknowledgedAt != nil
	var obj []Objection
	if err := tx.Where("agreement_id = ?", a.ID).Find(&obj).Error; err != nil {
		return nil, err
	}
	if len(obj) > 0 {
		rec["objection"], rec["decision"], rec["decisionReason"] = obj[0].Reason, obj[0].Decision, obj[0].DecisionReason
	}
	return normalise(rec), nil
}

// normalise turns a record into what it reads back as from JSON, so that
// a record and one decoded from the trail compare alike.
func normalise(v map[string]any) map[string]any {
	b, _ := json.Marshal(v)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return out
}

// changedOnly keeps of two records what differs: top-level fields, and
// within the keyed collections (items, reviews) the entries that came,
// went or changed — of a changed entry its changed fields and its title.
func changedOnly(before, after map[string]any) (b, a map[string]any) {
	b, a = map[string]any{}, map[string]any{}
	for k := range union(before, after) {
		bv, av := before[k], after[k]
		if reflect.DeepEqual(bv, av) {
			continue
		}
		bm, bok := bv.(map[string]any)
		am, aok := av.(map[string]any)
		if (k == "items" || k == "reviews" || k == "remarks") && (bok || bv == nil) && (aok || av == nil) {
			cb, ca := map[string]any{}, map[string]any{}
			for id := range union(bm, am) {
				be, _ := bm[id].(map[string]any)
				ae, _ := am[id].(map[string]any)
				if reflect.DeepEqual(be, ae) {
					continue
				}
				if be == nil || ae == nil { // added or removed: the whole entry
					if be != nil {
						cb[id] = be
					}
					if ae != nil {
						ca[id] = ae
					}
					continue
				}
				eb, ea := changedOnly(be, ae)
				if t, ok := ae["title"]; ok {
					eb["title"], ea["title"] = be["title"], t
				}
				cb[id], ca[id] = eb, ea
			}
			b[k], a[k] = cb, ca
			continue
		}
		if bv != nil {
			b[k] = bv
		}
		if av != nil {
			a[k] = av
		}
	}
	return b, a
}

func union(ms ...map[string]any) map[string]bool {
	keys := map[string]bool{}
	for _, m := range ms {
		for k := range m {
			keys[k] = true
		}
	}
	return keys
}
