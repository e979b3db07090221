package db

import (
	"encoding/base64"
	"strconv"
)

// GlobalID is the opaque global ID of an object: base64url("Type:id"). It
// lives with the models so that the graph reads `id` as a plain method
// call: no resolver, no goroutine, for every object of every answer.
func GlobalID(typ string, id int64) string {
	var buf [64]byte
	raw := strconv.AppendInt(append(buf[:0], typ+":"...), id, 10)
	return base64.RawURLEncoding.EncodeToString(raw)
}

func (a *Agreement) NodeID() string              { return GlobalID("Agreement", a.ID) }
func (i *AgreementItem) NodeID() string          { return GlobalID("AgreementItem", i.ID) }
func (p *Product) NodeID() string                { return GlobalID("Product", p.ID) }
func (p *ConsolidationProgramme) NodeID() string { return GlobalID("ConsolidationProgramme", p.ID) }
func (m *ConsolidationMeasure) NodeID() string   { return GlobalID("ConsolidationMeasure", m.ID) }
func (s *StrategicGoal) NodeID() string          { return GlobalID("StrategicGoal", s.ID) }
func (g *Goal) NodeID() string                   { return GlobalID("Goal", g.ID) }
func (k *KPI) NodeID() string                    { return GlobalID("KPI", k.ID) }
func (u *OrgUnit) NodeID() string                { return GlobalID("OrgUnit", u.ID) }
func (p *Person) NodeID() string                 { return GlobalID("Person", p.ID) }

// QuarterOrNil is the value's quarter, nil for a yearly or monthly value.
func (v *KPIValue) QuarterOrNil() *int { return nonZeroInt(v.Quarter) }

// MonthOrNil is the value's month, nil for a yearly or quarterly value.
func (v *KPIValue) MonthOrNil() *int { return nonZeroInt(v.Month) }

func nonZeroInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}
