package db

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// ErrNoHotPath means a hot view cannot be answered from one statement on
// this database (SQLite); the caller answers through the graph instead.
var ErrNoHotPath = errors.New("db: hot view needs PostgreSQL")

// gidSQL is GlobalID in SQL: base64url("Type:id") without padding. The
// encoded ids are far shorter than the 76 characters after which
// PostgreSQL's base64 inserts line breaks.
func gidSQL(typ, col string) string {
	return fmt.Sprintf(`translate(rtrim(encode(convert_to('%s:' || %s, 'UTF8'), 'base64'), '='), '+/', '-_')`, typ, col)
}

// executiveSQL builds the "data" object of the executive view (graph/hot)
// in PostgreSQL, in the order and shape the GraphQL selection asks for:
// agreements (scoped by the caller) → unit → items → goal → first ten KPIs
// → the year's values. Every list is ordered as the graph orders it: items
// by position, KPIs by id, values by year, quarter and month. The indexes
// on agreement_id, goal_id and (kpi_id, year, quarter, month) make each
// nested list an index range scan.
var executiveSQL = `
WITH a AS (?)
SELECT json_build_object('agreements', json_build_object(
  'totalCount', (SELECT count(*) FROM (?) AS counted),
  'nodes', COALESCE((SELECT json_agg(json_build_object(
    'id', ` + gidSQL("Agreement", "a.id") + `,
    'status', a.status,
    'version', a.version,
    'orgUnit', (SELECT json_build_object('id', ` + gidSQL("OrgUnit", "u.id") + `, 'code', u.code, 'name', u.name)
                FROM org_units u WHERE u.id = a.org_unit_id),
    'items', COALESCE((SELECT json_agg(json_build_object(
      'id', ` + gidSQL("AgreementItem", "i.id") + `,
      'position', i.position,
      'title', i.title,
      'weightPercent', i.weight_percent,
      'goal', (SELECT json_build_object(
        'id', ` + gidSQL("Goal", "g.id") + `,
        'title', g.title,
        'kpis', json_build_object('nodes', COALESCE((SELECT json_agg(json_build_object(
          'id', ` + gidSQL("KPI", "k.id") + `,
          'name', k.name,
          'unit', k.unit,
          'values', COALESCE((SELECT json_agg(json_build_object(
            'year', v.year,
            'quarter', NULLIF(v.quarter, 0),
            'month', NULLIF(v.month, 0),
            'plan', v.plan,
            'actual', v.actual) ORDER BY v.year, v.quarter, v.month)
            FROM kpi_values v WHERE v.kpi_id = k.id AND v.year BETWEEN ? AND ?), '[]'::json)
        ) ORDER BY k.id)
        FROM (SELECT id, name, unit FROM kpis WHERE goal_id = g.id ORDER BY id LIMIT 10) k), '[]'::json)))
        FROM goals g WHERE g.id = i.goal_id)
    ) ORDER BY i.position, i.id)
    FROM agreement_items i WHERE i.agreement_id = a.id), '[]'::json)
  ) ORDER BY a.id) FROM a), '[]'::json)
))`

// ExecutiveJSON answers the executive view in one statement: the first
// `first` agreements in scope (the caller's visibility rule and filters),
// as the JSON "data" object of the GraphQL answer.
func ExecutiveJSON(ctx context.Context, gdb *gorm.DB, scope Scope, year, first int) ([]byte, error) {
	if Dialect(gdb) != "postgres" {
		return nil, ErrNoHotPath
	}
	q := gdb.WithContext(ctx)
	page := q.Model(&Agreement{}).Select("id, status, version, org_unit_id").Scopes(scope).Order("id").Limit(first)
	counted := q.Model(&Agreement{}).Select("id").Scopes(scope)
	var out []byte
	err := q.Raw(executiveSQL, page, counted, year, year).Row().Scan(&out)
	return out, err
}
