-- Version 1, frozen: the tables exactly as gorm's CreateTable built them from
-- the Go structs of that time (bigserial ids, bigint integers, numeric
-- floats, index names idx_<table>_<column>). Never edit; add a new version.

CREATE TABLE people (
    id bigserial PRIMARY KEY,
    name character varying(200) NOT NULL,
    email character varying(254) NOT NULL,
    "position" character varying(200) DEFAULT ''::character varying NOT NULL,
    subject character varying(255),
    version bigint DEFAULT 1 NOT NULL
);
CREATE UNIQUE INDEX idx_people_email ON people (email);
CREATE UNIQUE INDEX idx_people_subject ON people (subject);

CREATE TABLE org_units (
    id bigserial PRIMARY KEY,
    code character varying(32) NOT NULL,
    name character varying(200) NOT NULL,
    kind character varying(32) NOT NULL,
    parent_id bigint,
    leader_id bigint,
    valid_from timestamp with time zone NOT NULL,
    valid_to timestamp with time zone,
    version bigint DEFAULT 1 NOT NULL
);
CREATE UNIQUE INDEX idx_org_units_code ON org_units (code);
CREATE INDEX idx_org_units_kind ON org_units (kind);
CREATE INDEX idx_org_units_leader_id ON org_units (leader_id);
CREATE INDEX idx_org_units_parent_id ON org_units (parent_id);

CREATE TABLE strategic_goals (
    id bigserial PRIMARY KEY,
    number bigint NOT NULL,
    title character varying(500) NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);
CREATE UNIQUE INDEX idx_strategic_goals_number ON strategic_goals (number);

CREATE TABLE product_areas (
    id bigserial PRIMARY KEY,
    number bigint NOT NULL,
    name character varying(200) NOT NULL
);
CREATE UNIQUE INDEX idx_product_areas_number ON product_areas (number);

CREATE TABLE product_groups (
    id bigserial PRIMARY KEY,
    area_id bigint NOT NULL,
    number character varying(8) NOT NULL,
    name character varying(200) NOT NULL
);
CREATE INDEX idx_product_groups_area_id ON product_groups (area_id);
CREATE UNIQUE INDEX idx_product_groups_number ON product_groups (number);

CREATE TABLE products (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL,
    number character varying(12) NOT NULL,
    name character varying(200) NOT NULL,
    org_unit_id bigint NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);
CREATE INDEX idx_products_group_id ON products (group_id);
CREATE UNIQUE INDEX idx_products_number ON products (number);
CREATE INDEX idx_products_org_unit_id ON products (org_unit_id);

CREATE TABLE goals (
    id bigserial PRIMARY KEY,
    org_unit_id bigint NOT NULL,
    level character varying(16) NOT NULL,
    title character varying(500) NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    from_year bigint NOT NULL,
    to_year bigint NOT NULL,
    parent_goal_id bigint,
    strategic_goal_id bigint,
    product_id bigint,
    traced_strategic_goal_id bigint,
    version bigint DEFAULT 1 NOT NULL
);
CREATE INDEX idx_goals_org_unit_id ON goals (org_unit_id);
CREATE INDEX idx_goals_parent_goal_id ON goals (parent_goal_id);
CREATE INDEX idx_goals_product_id ON goals (product_id);
CREATE INDEX idx_goals_strategic_goal_id ON goals (strategic_goal_id);
CREATE INDEX idx_goals_traced_strategic_goal_id ON goals (traced_strategic_goal_id);

CREATE TABLE kpis (
    id bigserial PRIMARY KEY,
    name character varying(300) NOT NULL,
    unit character varying(40) NOT NULL,
    direction character varying(24) NOT NULL,
    kind character varying(16) NOT NULL,
    frequency character varying(16) NOT NULL,
    definition text DEFAULT ''::text NOT NULL,
    goal_id bigint,
    product_id bigint,
    green_threshold numeric DEFAULT 1 NOT NULL,
    yellow_threshold numeric DEFAULT 0.9 NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);
CREATE INDEX idx_kpis_goal_id ON kpis (goal_id);
CREATE INDEX idx_kpis_product_id ON kpis (product_id);

CREATE TABLE kpi_values (
    id bigserial PRIMARY KEY,
    kpi_id bigint NOT NULL,
    year bigint NOT NULL,
    quarter bigint DEFAULT 0 NOT NULL,
    month bigint DEFAULT 0 NOT NULL,
    plan numeric,
    actual numeric,
    comment text DEFAULT ''::text NOT NULL,
    recorded_by_id bigint,
    recorded_at timestamp with time zone NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);
CREATE UNIQUE INDEX kpi_period ON kpi_values (kpi_id, year, quarter, month);

CREATE TABLE budget_lines (
    id bigserial PRIMARY KEY,
    product_id bigint NOT NULL,
    year bigint NOT NULL,
    plan_cents bigint NOT NULL,
    forecast_cents bigint,
    actual_cents bigint,
    version bigint DEFAULT 1 NOT NULL
);
CREATE UNIQUE INDEX product_year ON budget_lines (product_id, year);

CREATE TABLE consolidation_programmes (
    id bigserial PRIMARY KEY,
    kind character varying(8) NOT NULL,
    name character varying(300) NOT NULL,
    from_year bigint NOT NULL,
    to_year bigint NOT NULL
);

CREATE TABLE consolidation_measures (
    id bigserial PRIMARY KEY,
    programme_id bigint NOT NULL,
    number character varying(32) NOT NULL,
    title character varying(500) NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    org_unit_id bigint NOT NULL,
    status character varying(16) NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);
CREATE UNIQUE INDEX idx_consolidation_measures_number ON consolidation_measures (number);
CREATE INDEX idx_consolidation_measures_org_unit_id ON consolidation_measures (org_unit_id);
CREATE INDEX idx_consolidation_measures_programme_id ON consolidation_measures (programme_id);

CREATE TABLE measure_savings (
    id bigserial PRIMARY KEY,
    measure_id bigint NOT NULL,
    year bigint NOT NULL,
    planned_cents bigint NOT NULL,
    realised_cents bigint,
    version bigint DEFAULT 1 NOT NULL
);
CREATE UNIQUE INDEX measure_year ON measure_savings (measure_id, year);

CREATE TABLE agreements (
    id bigserial PRIMARY KEY,
    year bigint NOT NULL,
    principal_id bigint NOT NULL,
    agent_id bigint NOT NULL,
    org_unit_id bigint NOT NULL,
    status character varying(16) NOT NULL,
    pay_rule character varying(16) NOT NULL,
    proposed_at timestamp with time zone,
    principal_signed_at timestamp with time zone,
    agent_signed_at timestamp with time zone,
    agreed_at timestamp with time zone,
    return_reason text DEFAULT ''::text NOT NULL,
    self_assessed_at timestamp with time zone,
    self_assessment_note text DEFAULT ''::text NOT NULL,
    closed_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);
CREATE INDEX idx_agreements_agent_id ON agreements (agent_id);
CREATE INDEX idx_agreements_org_unit_id ON agreements (org_unit_id);
CREATE INDEX idx_agreements_principal_id ON agreements (principal_id);
CREATE INDEX idx_agreements_status ON agreements (status);
CREATE INDEX idx_agreements_year ON agreements (year);

CREATE TABLE agreement_items (
    id bigserial PRIMARY KEY,
    agreement_id bigint NOT NULL,
    "position" bigint NOT NULL,
    title character varying(500) NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    weight_percent bigint NOT NULL,
    goal_id bigint,
    kpi_id bigint,
    measure_id bigint,
    target_value numeric,
    budget_compliance boolean DEFAULT false NOT NULL,
    interim_degree bigint,
    self_degree bigint,
    final_degree bigint,
    assessment_comment text DEFAULT ''::text NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);
CREATE INDEX idx_agreement_items_agreement_id ON agreement_items (agreement_id);
CREATE INDEX idx_agreement_items_goal_id ON agreement_items (goal_id);
CREATE INDEX idx_agreement_items_kpi_id ON agreement_items (kpi_id);
CREATE INDEX idx_agreement_items_measure_id ON agreement_items (measure_id);

CREATE TABLE reviews (
    id bigserial PRIMARY KEY,
    agreement_id bigint NOT NULL,
    held_on timestamp with time zone NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    recorded_by_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL
);
CREATE INDEX idx_reviews_agreement_id ON reviews (agreement_id);

CREATE TABLE assessments (
    id bigserial PRIMARY KEY,
    agreement_id bigint NOT NULL,
    total_degree numeric NOT NULL,
    self_assessment_note text DEFAULT ''::text NOT NULL,
    comment text DEFAULT ''::text NOT NULL,
    assessed_by_id bigint NOT NULL,
    assessed_at timestamp with time zone NOT NULL
);
CREATE UNIQUE INDEX idx_assessments_agreement_id ON assessments (agreement_id);

CREATE TABLE audit_events (
    id bigserial PRIMARY KEY,
    at timestamp with time zone NOT NULL,
    actor_id bigint,
    actor_roles character varying(200) DEFAULT ''::character varying NOT NULL,
    entity character varying(64) NOT NULL,
    entity_id bigint NOT NULL,
    action character varying(64) NOT NULL,
    before text DEFAULT ''::text NOT NULL,
    after text DEFAULT ''::text NOT NULL
);
CREATE INDEX entity_ref ON audit_events (entity, entity_id);
CREATE INDEX idx_audit_events_actor_id ON audit_events (actor_id);
CREATE INDEX idx_audit_events_at ON audit_events (at);
