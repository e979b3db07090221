package graph

import (
	"context"
	"strings"
	"time"
	"zielwerk/access"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

func (r *agreementResolver) TotalDegree(ctx context.Context, obj *db.Agreement) (*float64, error) {
	a, err := r.Assessment(ctx, obj)
	if err != nil || a == nil {
		return nil, err
	}
	return &a.TotalDegree, nil
}

func (r *agreementResolver) SelfAssessedAt(ctx context.Context, obj *db.Agreement) (*time.Time, error) {
	if err := r.require(ctx, obj, access.Content); err != nil {
		return nil, err
	}
	return obj.SelfAssessedAt, nil
}

func (r *agreementResolver) SelfAssessmentNote(ctx context.Context, obj *db.Agreement) (*string, error) {
	if err := r.require(ctx, obj, access.Content); err != nil {
		return nil, err
	}
	return &obj.SelfAssessmentNote, nil
}

func (r *agreementResolver) WeightTotal(ctx context.Context, obj *db.Agreement) (*int, error) {
	items, err := r.Items(ctx, obj)
	if err != nil {
		return nil, err
	}
	sum := 0
	for _, it := range items {
		sum += it.WeightPercent
	}
	return &sum, nil
}

func (r *agreementResolver) ViewerCanEdit(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActEdit)
}

func (r *agreementResolver) ViewerCanPropose(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActPropose)
}

func (r *agreementResolver) ViewerCanAccept(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActAccept)
}

func (r *agreementResolver) ViewerCanReturn(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActReturn)
}

func (r *agreementResolver) ViewerCanRequestChange(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActChangeRequest)
}

func (r *agreementResolver) ViewerCanRecordReview(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActReview)
}

func (r *agreementResolver) ViewerCanSelfAssess(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActSelfAssess)
}

func (r *agreementResolver) ViewerCanAssess(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActAssess)
}

func (r *agreementResolver) ViewerCanClose(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActClose)
}

func (r *agreementResolver) ViewerCanCopy(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActCopy)
}

func (r *agreementResolver) AuditTrail(ctx context.Context, obj *db.Agreement, first *int, after *string) (*model.AuditEventConnection, error) {
	return r.auditTrail(ctx, "Agreement", obj.ID, first, after)
}

func (r *agreementItemResolver) BudgetSuggestion(ctx context.Context, obj *db.AgreementItem) (*db.BudgetFigures, error) {
	if !obj.BudgetCompliance {
		return nil, nil
	}
	a, err := load(ctx, loadersFrom(ctx).Agreement, &obj.AgreementID)
	if err != nil || a == nil {
		return nil, err
	}
	f, err := loadersFrom(ctx).BudgetFigures.Load(ctx, listKey{Parent: a.OrgUnitID, Year: a.Year})
	return &f, err
}

func (r *auditEventResolver) Actor(ctx context.Context, obj *db.AuditEvent) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, obj.ActorID)
}

func (r *auditEventResolver) ActorRoles(ctx context.Context, obj *db.AuditEvent) ([]string, error) {
	if obj.ActorRoles == "" {
		return []string{}, nil
	}
	return strings.Split(obj.ActorRoles, ","), nil
}

func (r *auditEventResolver) ActorRoleNames(ctx context.Context, obj *db.AuditEvent, lang *model.Language) ([]string, error) {
	return append([]string{}, db.RoleNames(obj.ActorRoles, english(lang))...), nil
}

func (r *auditEventResolver) ActionText(ctx context.Context, obj *db.AuditEvent, lang *model.Language) (string, error) {
	return db.AuditAction(obj.Action, english(lang)), nil
}

func (r *auditEventResolver) Changes(ctx context.Context, obj *db.AuditEvent, lang *model.Language) ([]*db.AuditChange, error) {
	changes := db.AuditChanges(obj, english(lang))
	out := make([]*db.AuditChange, len(changes))
	for i := range changes {
		out[i] = &changes[i]
	}
	return out, nil
}

func (r *queryResolver) RiskOverview(ctx context.Context, year int) ([]*model.DezernatRisk, error) {
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	rows, err := viewerFrom(ctx).RiskOverview(ctx, year)
	if err != nil {
		return nil, err
	}
	out := make([]*model.DezernatRisk, len(rows))
	for i, x := range rows {
		d := &model.DezernatRisk{Dezernat: x.Dezernat, Counts: []*model.StatusCount{}, Agreements: x.Agreements,
			NotAgreed: x.NotAgreed, Overdue: x.Overdue, Kpis: x.KPIs, RedKpis: x.RedKPIs, Shortfall: x.ShortfallCents}
		for _, s := range db.Statuses {
			if n := x.Counts[s]; n > 0 {
				d.Counts = append(d.Counts, &model.StatusCount{Status: s, Count: n})
			}
		}
		out[i] = d
	}
	return out, nil
}

func (r *queryResolver) RedKpiTrend(ctx context.Context, year int) ([]*model.RedKpiQuarter, error) {
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	rows, err := viewerFrom(ctx).RedKPITrend(ctx, year)
	if err != nil {
		return nil, err
	}
	out := make([]*model.RedKpiQuarter, len(rows))
	for i, q := range rows {
		out[i] = &model.RedKpiQuarter{Year: year, Quarter: q.Quarter, Red: q.Red, Rated: q.Rated}
	}
	return out, nil
}

func (r *queryResolver) BudgetComplianceByDezernat(ctx context.Context, year int) ([]*model.DezernatBudgetCompliance, error) {
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	rows, err := viewerFrom(ctx).BudgetByDezernat(ctx, year)
	out := []*model.DezernatBudgetCompliance{}
	for _, row := range rows {
		out = append(out, &model.DezernatBudgetCompliance{OrgUnit: row.Unit, Figures: &row.BudgetFigures})
	}
	return out, err
}

func (r *queryResolver) PayResults(ctx context.Context, year int, first *int, after *string) (*model.PayResultConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	p, err := viewerFrom(ctx).PayResults(ctx, year, limit, afterID)
	if err != nil {
		return nil, err
	}
	c := &model.PayResultConnection{TotalCount: p.Total, Nodes: []*model.PayResult{}, Edges: []*model.PayResultEdge{},
		PageInfo: pageInfo(p, func(x *db.PayResultRow) int64 { return x.Agreement.ID })}
	scale, err := viewerFrom(ctx).PointScale(ctx, year)
	if err != nil {
		return nil, err
	}
	agentIDs := make([]int64, len(p.Items))
	for i, row := range p.Items {
		agentIDs[i] = row.Agreement.AgentID
	}
	agents, err := loadersFrom(ctx).Person.LoadAll(ctx, agentIDs)
	if err != nil {
		return nil, err
	}
	for i, row := range p.Items {
		res := &model.PayResult{Agreement: row.Agreement, Person: agents[i], Year: row.Agreement.Year,
			PayRule: row.Agreement.PayRule, TotalDegree: row.TotalDegree, Points: scale.Points(row.TotalDegree)}
		c.Nodes = append(c.Nodes, res)
		c.Edges = append(c.Edges, &model.PayResultEdge{Node: res, Cursor: model.EncodeCursor(row.Agreement.ID)})
	}
	return c, nil
}

func (r *queryResolver) MyTasks(ctx context.Context) ([]*db.Task, error) {
	tasks, err := viewerFrom(ctx).Tasks(ctx)
	out := make([]*db.Task, len(tasks))
	for i := range tasks {
		out[i] = &tasks[i]
	}
	return out, err
}

func (r *queryResolver) AuditTrail(ctx context.Context, entity string, first *int, after *string) (*model.AuditEventConnection, error) {
	typ, id, err := model.DecodeID(entity)
	if err != nil {
		return nil, err
	}
	return r.auditTrail(ctx, typ, id, first, after)
}

func (r *Resolver) AuditEvent() generated.AuditEventResolver { return &auditEventResolver{r} }

func (r *Resolver) Task() generated.TaskResolver { return &taskResolver{r} }

type (
	auditEventResolver struct{ *Resolver }
	taskResolver       struct{ *Resolver }
)
