package graph

import (
	"context"
	"time"
	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
	"zielwerk/store"
)

func (r *mutationResolver) StrategicGoalCreate(ctx context.Context, input model.StrategicGoalCreateInput) (*model.StrategicGoalPayload, error) {
	in := db.StrategicGoalInput{Number: set(&input.Number), Title: set(&input.Title), Description: set(input.Description)}
	g, ues, err := payloadOf(viewerFrom(ctx).CreateStrategicGoal(ctx, in))
	return &model.StrategicGoalPayload{StrategicGoal: g, UserErrors: ues}, err
}

func (r *mutationResolver) StrategicGoalUpdate(ctx context.Context, input model.StrategicGoalUpdateInput) (*model.StrategicGoalPayload, error) {
	id, err := requiredID("StrategicGoal", "id", input.ID)
	if err != nil {
		return &model.StrategicGoalPayload{UserErrors: mustUserErrors(err)}, nil
	}
	in := db.StrategicGoalInput{Number: set(input.Number), Title: set(input.Title), Description: set(input.Description)}
	g, ues, err := payloadOf(viewerFrom(ctx).UpdateStrategicGoal(ctx, id, input.ExpectedVersion, in))
	return &model.StrategicGoalPayload{StrategicGoal: g, UserErrors: ues}, err
}

func (r *mutationResolver) StrategicGoalRetire(ctx context.Context, input model.RetireInput) (*model.StrategicGoalPayload, error) {
	id, err := requiredID("StrategicGoal", "id", input.ID)
	if err != nil {
		return &model.StrategicGoalPayload{UserErrors: mustUserErrors(err)}, nil
	}
	g, ues, err := payloadOf(viewerFrom(ctx).RetireStrategicGoal(ctx, id, input.ExpectedVersion))
	return &model.StrategicGoalPayload{StrategicGoal: g, UserErrors: ues}, err
}

func (r *mutationResolver) GoalCreate(ctx context.Context, input model.GoalCreateInput) (*model.GoalPayload, error) {
	in := db.GoalInput{Level: set(&input.Level), Title: set(&input.Title), Description: set(input.Description),
		FromYear: set(&input.FromYear), ToYear: set(&input.ToYear), UntracedReason: set(input.UntracedReason)}
	unit := input.OrgUnitID
	err := ids(
		func() (err error) { in.OrgUnitID, err = idSet("OrgUnit", "orgUnitId", &unit); return },
		func() (err error) { in.ParentGoalID, err = idSet("Goal", "parentGoalId", input.ParentGoalID); return },
		func() (err error) {
			in.StrategicGoalID, err = idSet("StrategicGoal", "strategicGoalId", input.StrategicGoalID)
			return
		},
		func() (err error) { in.ProductID, err = idSet("Product", "productId", input.ProductID); return })
	if err != nil {
		return &model.GoalPayload{UserErrors: mustUserErrors(err)}, nil
	}
	g, ues, err := payloadOf(viewerFrom(ctx).CreateGoal(ctx, in))
	return &model.GoalPayload{Goal: g, UserErrors: ues}, err
}

func (r *mutationResolver) GoalUpdate(ctx context.Context, input model.GoalUpdateInput) (*model.GoalPayload, error) {
	in := db.GoalInput{Level: set(input.Level), Title: set(input.Title), Description: set(input.Description),
		FromYear: set(input.FromYear), ToYear: set(input.ToYear), UntracedReason: set(input.UntracedReason)}
	var id int64
	err := ids(
		func() (err error) { id, err = requiredID("Goal", "id", input.ID); return },
		func() (err error) { in.OrgUnitID, err = idSet("OrgUnit", "orgUnitId", input.OrgUnitID); return },
		func() (err error) {
			in.ParentGoalID, err = idChange("Goal", "parentGoalId", input.ParentGoalID)
			return
		},
		func() (err error) {
			in.StrategicGoalID, err = idChange("StrategicGoal", "strategicGoalId", input.StrategicGoalID)
			return
		},
		func() (err error) { in.ProductID, err = idChange("Product", "productId", input.ProductID); return })
	if err != nil {
		return &model.GoalPayload{UserErrors: mustUserErrors(err)}, nil
	}
	g, ues, err := payloadOf(viewerFrom(ctx).UpdateGoal(ctx, id, input.ExpectedVersion, in))
	return &model.GoalPayload{Goal: g, UserErrors: ues}, err
}

func (r *mutationResolver) GoalRetire(ctx context.Context, input model.GoalRetireInput) (*model.GoalPayload, error) {
	id, err := requiredID("Goal", "id", input.ID)
	if err != nil {
		return &model.GoalPayload{UserErrors: mustUserErrors(err)}, nil
	}
	g, ues, err := payloadOf(viewerFrom(ctx).RetireGoal(ctx, id, input.ExpectedVersion, input.LastYear))
	return &model.GoalPayload{Goal: g, UserErrors: ues}, err
}

func (r *mutationResolver) KpiCreate(ctx context.Context, input model.KPICreateInput) (*model.KPIPayload, error) {
	in := db.KPIDefinitionInput{Code: set(input.Code), Name: set(&input.Name), Unit: set(input.Unit),
		Direction: set(&input.Direction), Kind: set(&input.Kind), Frequency: set(&input.Frequency),
		Definition: set(input.Definition), GreenThreshold: set(input.GreenThreshold), YellowThreshold: set(input.YellowThreshold)}
	err := ids(
		func() (err error) { in.GoalID, err = idSet("Goal", "goalId", input.GoalID); return },
		func() (err error) { in.ProductID, err = idSet("Product", "productId", input.ProductID); return })
	if err != nil {
		return &model.KPIPayload{UserErrors: mustUserErrors(err)}, nil
	}
	k, ues, err := payloadOf(viewerFrom(ctx).CreateKPI(ctx, in))
	return &model.KPIPayload{Kpi: k, UserErrors: ues}, err
}

func (r *mutationResolver) KpiUpdate(ctx context.Context, input model.KPIUpdateInput) (*model.KPIPayload, error) {
	in := db.KPIDefinitionInput{Code: change(input.Code), Name: set(input.Name), Unit: set(input.Unit),
		Direction: set(input.Direction), Kind: set(input.Kind), Frequency: set(input.Frequency),
		Definition: set(input.Definition), GreenThreshold: set(input.GreenThreshold), YellowThreshold: set(input.YellowThreshold)}
	var id int64
	err := ids(
		func() (err error) { id, err = requiredID("KPI", "id", input.ID); return },
		func() (err error) { in.GoalID, err = idChange("Goal", "goalId", input.GoalID); return },
		func() (err error) { in.ProductID, err = idChange("Product", "productId", input.ProductID); return })
	if err != nil {
		return &model.KPIPayload{UserErrors: mustUserErrors(err)}, nil
	}
	k, ues, err := payloadOf(viewerFrom(ctx).UpdateKPI(ctx, id, input.ExpectedVersion, in))
	return &model.KPIPayload{Kpi: k, UserErrors: ues}, err
}

func (r *mutationResolver) KpiRetire(ctx context.Context, input model.RetireInput) (*model.KPIPayload, error) {
	id, err := requiredID("KPI", "id", input.ID)
	if err != nil {
		return &model.KPIPayload{UserErrors: mustUserErrors(err)}, nil
	}
	k, ues, err := payloadOf(viewerFrom(ctx).RetireKPI(ctx, id, input.ExpectedVersion))
	return &model.KPIPayload{Kpi: k, UserErrors: ues}, err
}

func (r *mutationResolver) OrgUnitCreate(ctx context.Context, input model.OrgUnitCreateInput) (*model.OrgUnitPayload, error) {
	in := db.OrgUnitInput{Code: set(&input.Code), Name: set(&input.Name), Kind: set(&input.Kind),
		ValidFrom: set(&input.ValidFrom), ValidTo: set(input.ValidTo)}
	err := ids(
		func() (err error) { in.ParentID, err = idSet("OrgUnit", "parentId", input.ParentID); return },
		func() (err error) { in.LeaderID, err = idSet("Person", "leaderId", input.LeaderID); return })
	if err != nil {
		return &model.OrgUnitPayload{UserErrors: mustUserErrors(err)}, nil
	}
	u, ues, err := payloadOf(viewerFrom(ctx).CreateOrgUnit(ctx, in))
	return &model.OrgUnitPayload{OrgUnit: u, UserErrors: ues}, err
}

func (r *mutationResolver) OrgUnitUpdate(ctx context.Context, input model.OrgUnitUpdateInput) (*model.OrgUnitPayload, error) {
	in := db.OrgUnitInput{Code: set(input.Code), Name: set(input.Name), Kind: set(input.Kind),
		ValidFrom: set(input.ValidFrom), ValidTo: change(input.ValidTo)}
	var id int64
	err := ids(
		func() (err error) { id, err = requiredID("OrgUnit", "id", input.ID); return },
		func() (err error) { in.ParentID, err = idSet("OrgUnit", "parentId", input.ParentID); return },
		func() (err error) { in.LeaderID, err = idChange("Person", "leaderId", input.LeaderID); return })
	if err != nil {
		return &model.OrgUnitPayload{UserErrors: mustUserErrors(err)}, nil
	}
	u, ues, err := payloadOf(viewerFrom(ctx).UpdateOrgUnit(ctx, id, input.ExpectedVersion, in))
	return &model.OrgUnitPayload{OrgUnit: u, UserErrors: ues}, err
}

func (r *mutationResolver) OrgUnitReorganise(ctx context.Context, input model.OrgUnitReorganiseInput) (*model.OrgUnitReorganisePayload, error) {
	re, err := reorganisation(input)
	if err != nil {
		return &model.OrgUnitReorganisePayload{Steps: []*db.ReorgStep{}, UserErrors: mustUserErrors(err)}, nil
	}
	plan, err := viewerFrom(ctx).Reorganise(ctx, re, !input.DryRun)
	if err != nil {
		return nil, err
	}
	out := &model.OrgUnitReorganisePayload{Steps: []*db.ReorgStep{}, Applied: plan.Applied}
	for i := range plan.Steps {
		out.Steps = append(out.Steps, &plan.Steps[i])
	}
	out.UserErrors, err = figureUserErrors(plan.Problems.Err())
	return out, err
}

func (r *mutationResolver) PersonCreate(ctx context.Context, input model.PersonCreateInput) (*model.PersonPayload, error) {
	in := db.PersonInput{Name: set(&input.Name), Email: set(&input.Email), Position: set(input.Position),
		Employment: set(input.Employment), PartTimeFactor: set(input.PartTimeFactor), EnteredOn: set(input.EnteredOn)}
	p, ues, err := payloadOf(viewerFrom(ctx).CreatePerson(ctx, in))
	return &model.PersonPayload{Person: p, UserErrors: ues}, err
}

func (r *mutationResolver) PersonUpdate(ctx context.Context, input model.PersonUpdateInput) (*model.PersonPayload, error) {
	id, err := requiredID("Person", "id", input.ID)
	if err != nil {
		return &model.PersonPayload{UserErrors: mustUserErrors(err)}, nil
	}
	in := db.PersonInput{Name: set(input.Name), Email: set(input.Email), Position: set(input.Position),
		Employment: set(input.Employment), PartTimeFactor: set(input.PartTimeFactor), EnteredOn: set(input.EnteredOn)}
	p, ues, err := payloadOf(viewerFrom(ctx).UpdatePerson(ctx, id, input.ExpectedVersion, in))
	return &model.PersonPayload{Person: p, UserErrors: ues}, err
}

func (r *mutationResolver) PersonLeave(ctx context.Context, input model.PersonLeaveInput) (*model.PersonLeavePayload, error) {
	id, err := requiredID("Person", "id", input.ID)
	if err != nil {
		return &model.PersonLeavePayload{OpenAgreements: []*model.OpenAgreementRef{}, UserErrors: mustUserErrors(err)}, nil
	}
	l, ues, err := payloadOf(viewerFrom(ctx).PersonLeave(ctx, id, input.ExpectedVersion, input.Day))
	out := &model.PersonLeavePayload{OpenAgreements: []*model.OpenAgreementRef{}, UserErrors: ues}
	if l == nil {
		return out, err
	}
	out.Person = l.Person
	unitIDs := make([]int64, len(l.Open))
	for i, a := range l.Open {
		unitIDs[i] = a.OrgUnitID
	}
	units, err := store.LoadAll(ctx, loadersFrom(ctx).OrgUnit, unitIDs) // one batch, not one lookup per agreement
	if err != nil {
		return nil, err
	}
	for _, a := range l.Open {
		out.OpenAgreements = append(out.OpenAgreements, &model.OpenAgreementRef{Year: a.Year, OrgUnit: units[a.OrgUnitID],
			Status: a.Status, AsPrincipal: a.PrincipalID == id})
	}
	return out, nil
}

func (r *mutationResolver) LeaderAssign(ctx context.Context, input model.LeaderAssignInput) (*model.LeaderAssignPayload, error) {
	var unit, leader int64
	err := ids(
		func() (err error) { unit, err = requiredID("OrgUnit", "orgUnitId", input.OrgUnitID); return },
		func() (err error) { leader, err = requiredID("Person", "leaderId", input.LeaderID); return })
	if err != nil {
		return &model.LeaderAssignPayload{UserErrors: mustUserErrors(err)}, nil
	}
	c, ues, err := payloadOf(viewerFrom(ctx).AssignLeader(ctx, unit, input.ExpectedVersion, leader, input.From))
	out := &model.LeaderAssignPayload{UserErrors: ues}
	if c != nil {
		out.OrgUnit, out.MovedAgreements, out.KeptAgreements = c.Unit, c.Moved, c.Kept
	}
	return out, err
}

func (r *mutationResolver) ProductCreate(ctx context.Context, input model.ProductCreateInput) (*model.ProductPayload, error) {
	in := db.ProductInput{Number: set(&input.Number), Name: set(&input.Name)}
	unit := input.OrgUnitID
	var err error
	if in.OrgUnitID, err = idSet("OrgUnit", "orgUnitId", &unit); err != nil {
		return &model.ProductPayload{UserErrors: mustUserErrors(err)}, nil
	}
	p, ues, err := payloadOf(viewerFrom(ctx).CreateProduct(ctx, in))
	return &model.ProductPayload{Product: p, UserErrors: ues}, err
}

func (r *mutationResolver) ConsolidationMeasureCreate(ctx context.Context, input model.ConsolidationMeasureCreateInput) (*model.ConsolidationMeasureMasterPayload, error) {
	in := db.ConsolidationMeasureInput{Number: set(&input.Number), Title: set(&input.Title), Description: set(input.Description),
		Status: set(input.Status)}
	unit, prog := input.OrgUnitID, input.ProgrammeID
	err := ids(
		func() (err error) { in.OrgUnitID, err = idSet("OrgUnit", "orgUnitId", &unit); return },
		func() (err error) {
			in.ProgrammeID, err = idSet("ConsolidationProgramme", "programmeId", &prog)
			return
		})
	if err != nil {
		return &model.ConsolidationMeasureMasterPayload{UserErrors: mustUserErrors(err)}, nil
	}
	m, ues, err := payloadOf(viewerFrom(ctx).CreateConsolidationMeasure(ctx, in))
	return &model.ConsolidationMeasureMasterPayload{Measure: m, UserErrors: ues}, err
}

func (r *mutationResolver) ConsolidationMeasureUpdate(ctx context.Context, input model.ConsolidationMeasureUpdateInput) (*model.ConsolidationMeasureMasterPayload, error) {
	in := db.ConsolidationMeasureInput{Number: set(input.Number), Title: set(input.Title), Description: set(input.Description),
		Status: set(input.Status)}
	var id int64
	err := ids(
		func() (err error) { id, err = requiredID("ConsolidationMeasure", "id", input.ID); return },
		func() (err error) { in.OrgUnitID, err = idSet("OrgUnit", "orgUnitId", input.OrgUnitID); return },
		func() (err error) {
			in.ProgrammeID, err = idSet("ConsolidationProgramme", "programmeId", input.ProgrammeID)
			return
		})
	if err != nil {
		return &model.ConsolidationMeasureMasterPayload{UserErrors: mustUserErrors(err)}, nil
	}
	m, ues, err := payloadOf(viewerFrom(ctx).UpdateConsolidationMeasure(ctx, id, input.ExpectedVersion, in))
	return &model.ConsolidationMeasureMasterPayload{Measure: m, UserErrors: ues}, err
}

func (r *mutationResolver) ProductUpdate(ctx context.Context, input model.ProductUpdateInput) (*model.ProductPayload, error) {
	in := db.ProductInput{Number: set(input.Number), Name: set(input.Name)}
	var id int64
	err := ids(
		func() (err error) { id, err = requiredID("Product", "id", input.ID); return },
		func() (err error) { in.OrgUnitID, err = idSet("OrgUnit", "orgUnitId", input.OrgUnitID); return })
	if err != nil {
		return &model.ProductPayload{UserErrors: mustUserErrors(err)}, nil
	}
	p, ues, err := payloadOf(viewerFrom(ctx).UpdateProduct(ctx, id, input.ExpectedVersion, in))
	return &model.ProductPayload{Product: p, UserErrors: ues}, err
}

func (r *personResolver) Email(ctx context.Context, obj *db.Person) (*string, error) {
	if ok, err := maySeeDetails(ctx, obj); !ok {
		return nil, err
	}
	return &obj.Email, nil
}

func (r *personResolver) Employment(ctx context.Context, obj *db.Person) (*db.Employment, error) {
	if ok, err := maySeeDetails(ctx, obj); !ok {
		return nil, err
	}
	return &obj.Employment, nil
}

func (r *personResolver) PartTimeFactor(ctx context.Context, obj *db.Person) (*float64, error) {
	if ok, err := maySeeDetails(ctx, obj); !ok {
		return nil, err
	}
	return &obj.PartTimeFactor, nil
}

func (r *personResolver) LeftOn(ctx context.Context, obj *db.Person) (*time.Time, error) {
	if ok, err := maySeeDetails(ctx, obj); !ok {
		return nil, err
	}
	return obj.LeftOn, nil
}

func (r *personResolver) EnteredOn(ctx context.Context, obj *db.Person) (*time.Time, error) {
	if ok, err := maySeeDetails(ctx, obj); !ok {
		return nil, err
	}
	return obj.EnteredOn, nil
}

func (r *queryResolver) People(ctx context.Context, search *string, includeLeft *bool, first *int, after *string) (*model.PersonConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	f := store.PeopleFilter{IncludeLeft: includeLeft != nil && *includeLeft}
	if search != nil {
		f.Search = *search
	}
	p, err := viewerFrom(ctx).People(ctx, f, limit, afterID)
	edges, info := edgesOf(p, func(n *db.Person, c string) *model.PersonEdge { return &model.PersonEdge{Node: n, Cursor: c} })
	return &model.PersonConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}, err
}

func (r *queryResolver) RoleMapping(ctx context.Context) (*model.RoleMapping, error) {
	v, err := policy(ctx)
	if err != nil {
		return nil, err
	}
	if !v.MaySeeConfiguration() {
		return nil, apperr.ErrForbidden
	}
	m := r.Resolver.RoleMapping
	out := &model.RoleMapping{Claim: m.Claim, Entries: []*model.RoleMappingEntry{}, BootstrapAdmins: append([]string{}, m.BootstrapAdmins...)}
	for _, e := range m.Entries {
		roles := make([]string, len(e.Roles))
		for i, role := range e.Roles {
			roles[i] = string(role)
		}
		out.Entries = append(out.Entries, &model.RoleMappingEntry{Value: e.Value, Roles: roles})
	}
	return out, nil
}

func (r *reorgStepResolver) Text(ctx context.Context, obj *db.ReorgStep, lang *model.Language) (string, error) {
	if english(lang) {
		return obj.En, nil
	}
	return obj.De, nil
}

func (r *Resolver) ReorgStep() generated.ReorgStepResolver { return &reorgStepResolver{r} }

type reorgStepResolver struct{ *Resolver }
