package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

// The cost of an operation is gqlgen's complexity: each field costs one
// plus its selection, and each list or connection below multiplies its
// selection by the entries it may return, so a cost is the most fields an
// answer can hold. The limit, MaxComplexity, is the second line behind the
// guard: it runs after validation, with arguments known.
// TestEveryListHasACost fails for a list field without a cost here.
//
// MaxComplexity was 25,000 while agreement lists and items cost nothing.
// With every list costed, the Dezernent's start page (executiveQuery in
// bench_exec_test.go: 50 agreements → items → goal → 10 KPIs → values)
// costs 258,501; the limit leaves it twice that, while three levels of
// agreements(first: 100) cost over 1,000,000.

// Sizes assumed for lists without pagination.
const (
	// fewEntries: bounded by their nature — a person's roles, the statuses
	// of an agreement, the Dezernate, an agreement's items and reviews,
	// the goals above a goal, the errors of one input.
	fewEntries = 20
	// manyEntries: growing with the city — the viewer's tasks, the status
	// overview with one entry per unit.
	manyEntries = 100
)

// maxCost caps every cost, so that costs multiplied down a deep query
// cannot overflow into a small number; it is far above MaxComplexity.
const maxCost = 1 << 40

// listCost is the cost of a list of up to n entries that each cost child;
// an entry costs at least one, which is what a list of scalars (whose
// child cost is 0) holds.
func listCost(child, n int) int {
	return min(1+n*min(max(child, 1), maxCost), maxCost)
}

// pageCost is the cost of a connection: each of up to first nodes costs
// its selection. first beyond 100 is refused by the resolver; it costs as
// 100 here, which keeps the product of nested pages bounded.
func pageCost(child int, first *int) int {
	n := 20
	if first != nil && *first > 0 {
		n = min(*first, 100)
	}
	return listCost(child, n)
}

// yearsCost is the cost of a year series of at most 20 entries per year.
func yearsCost(child, from, to int) int {
	n := to - from + 1
	if n < 1 || n > 20 {
		n = 20
	}
	return listCost(child, n)
}

func setComplexity(c *generated.ComplexityRoot) {
	page := func(child int, first *int, _ *string) int { return pageCost(child, first) }
	few := func(child int) int { return listCost(child, fewEntries) }
	many := func(child int) int { return listCost(child, manyEntries) }

	// Connections.
	c.AlignmentReport.UnlinkedGoals = page
	c.ConsolidationProgramme.Measures = page
	c.Goal.Children = page
	c.Goal.Kpis = page
	c.Goal.AgreementItems = page
	c.OrgUnit.ConsolidationMeasures = page
	c.OrgUnit.Products = page
	c.Product.Kpis = page
	c.Query.Kpis = func(child int, _ *int, _ *db.TrafficLight, _ *string, _ *string, _ *bool, first *int, _ *string) int {
		return pageCost(child, first)
	}
	c.Agreement.AuditTrail = page
	c.Query.AuditTrail = func(child int, _ string, first *int, _ *string) int { return pageCost(child, first) }
	c.OrgUnit.Goals = func(child int, _ *int, first *int, _ *string) int { return pageCost(child, first) }
	c.StrategicGoal.Goals = c.OrgUnit.Goals
	c.OrgUnit.Agreements = c.OrgUnit.Goals
	c.Query.Products = func(child int, _ *int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.PayResults = func(child int, _ int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.ConsolidationMeasures = func(child int, _ *db.MeasureStatus, first *int, _ *string) int {
		return pageCost(child, first)
	}
	c.Query.Goals = func(child int, _ *int, _ *string, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.People = func(child int, _ *string, _ *bool, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.OrgUnits = func(child int, _ *db.OrgUnitKind, _ *time.Time, first *int, _ *string) int {
		return pageCost(child, first)
	}
	c.Query.Agreements = func(child int, _ *int, _ *db.AgreementStatus, _ *model.AgreementRole, _ *string, _ *string, first *int, _ *string) int {
		return pageCost(child, first)
	}
	c.Person.Agreements = func(child int, _ *int, _ *model.AgreementRole, first *int, _ *string) int {
		return pageCost(child, first)
	}

	// Year series.
	years := func(child, from, to int) int { return yearsCost(child, from, to) }
	c.ConsolidationMeasure.Savings = years
	c.KPI.Values = func(child, from, to int) int { return yearsCost(child*4, from, to) } // quarters too
	c.Product.BudgetLines = years

	// Lists without pagination, small by nature.
	c.OrgUnit.Children = func(child int, _ *time.Time) int { return few(child) }
	c.Query.OrgTree = c.OrgUnit.Children
	c.Query.StrategicGoals = few
	c.Query.FiscalYears = few
	c.Query.ConsolidationProgrammes = few
	c.Query.DezernatAgreements = func(child int, _ int) int { return few(child) }
	c.Query.BudgetComplianceByDezernat = c.Query.DezernatAgreements
	c.AlignmentReport.UncoveredStrategicGoals = few
	c.AlignmentReport.Coverage = few
	c.Goal.TracePath = func(child int) int { return listCost(child, 3) } // Dezernat, Amt, product goal
	c.Agreement.Items = few
	c.Agreement.Reviews = few
	c.Agreement.Remarks = few
	c.AuditEvent.ActorRoles = few
	c.AuditEvent.ActorRoleNames = func(child int, _ *model.Language) int { return few(child) }
	// One line per changed field of each item: an agreement of 20 items.
	c.AuditEvent.Changes = func(child int, _ *model.Language) int { return listCost(child, 100) }
	c.Me.Roles = few
	c.Me.LedUnits = few
	c.UnitAgreementStatus.Counts = few
	c.UserError.Field = few
	c.AgreementPayload.UserErrors = few
	c.BudgetLinePayload.UserErrors = few
	c.ConsolidationMeasurePayload.UserErrors = few
	c.KPIValuePayload.UserErrors = few
	c.StrategicGoalPayload.UserErrors = few
	c.GoalPayload.UserErrors = few
	c.KPIPayload.UserErrors = few
	c.OrgUnitPayload.UserErrors = few
	c.PersonPayload.UserErrors = few
	c.ProductPayload.UserErrors = few
	c.PersonLeavePayload.UserErrors = few
	c.LeaderAssignPayload.UserErrors = few
	c.ConsolidationMeasureMasterPayload.UserErrors = few
	c.OrgUnitReorganisePayload.UserErrors = few
	c.OrgUnitReorganisePayload.Steps = few
	c.RoleMapping.Entries = few
	c.FiscalYearPayload.UserErrors = few
	// One row per opened year.
	c.Query.FiscalYearStatus = few
	c.Query.RiskOverview = func(child int, _ int) int { return many(child) }
	c.Query.RedKpiTrend = func(child int, _ int) int { return 4 * child }
	c.DezernatRisk.Counts = few
	c.Query.MeasureShortfalls = func(child int, _ int, first *int) int { return pageCost(child, first) }
	c.RoleMapping.BootstrapAdmins = few
	c.RoleMappingEntry.Roles = few
	// A leaver's open agreements: a handful (their own and those they lead).
	c.PersonLeavePayload.OpenAgreements = few

	// Performance pay: bands, groups and cases are few; the payout's rows
	// are every pay-relevant agreement of the year.
	c.PayScheme.Bands = few
	c.PaySchemePayload.UserErrors = few
	c.Payout.ByDezernat = few
	c.Payout.ByPayRule = few
	c.Payout.Distribution = few
	c.PayFairness.Dezernate = few
	c.PayFairness.EvenSpread = few
	c.FairnessGroup.Points = few
	c.Objection.Items = few
	c.Objection.Members = few
	c.Query.PayExports = func(child int, _ int) int { return few(child) }

	// Lists that grow with the city's data.
	c.Query.MyTasks = many
	c.Payout.Rows = many
	c.Query.Objections = func(child int, _ int) int { return many(child) }
	c.Query.Outbox = func(child int, _ *db.MailStatus, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Deputies = many
	c.DeputyPayload.UserErrors = few
	c.RemindersSetPayload.UserErrors = few
	c.Query.PrincipalTransfers = many
	c.Query.AgreementStatusOverview = func(child int, _ int, _ *string) int { return many(child) }
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = complexityLimit{}

// complexityLimit is gqlgen's fixed complexity limit, with the refusal
// reported to Options.OnRefused and worded in German and English. The
// code stays gqlgen's COMPLEXITY_LIMIT_EXCEEDED.
type complexityLimit struct {
	*extension.ComplexityLimit
	onRefused func(reason string)
}

func newComplexityLimit(onRefused func(string)) complexityLimit {
	return complexityLimit{extension.FixedComplexityLimit(MaxComplexity), onRefused}
}

func (c complexityLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if err := c.ComplexityLimit.MutateOperationContext(ctx, opCtx); err == nil {
		return nil
	}
	c.onRefused("complexity")
	cost := 0
	if s := extension.GetComplexityStats(ctx); s != nil {
		cost = s.Complexity
	}
	return clientError(apperr.New(apperr.ComplexityLimit, "query.tooExpensive",
		"Die Abfrage ist zu aufwendig (Kosten %d, höchstens %d). Bitte fragen Sie weniger Einträge auf einmal ab.",
		"The query is too expensive (cost %d, at most %d). Please ask for fewer entries at a time.", cost, MaxComplexity))
}
