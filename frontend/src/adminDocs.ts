// GraphQL documents of the administration area (master data).
import { graphql } from './gql';

export const UserErrorFieldsFragment = graphql(`
  fragment AdminUserErrorFields on UserError {
    field
    message
    messageEn
    code
    key
  }
`);

export const OrgUnitsDoc = graphql(`
  query AdminOrgUnits($asOf: Date, $first: Int, $after: String) {
    orgTree(asOf: $asOf) {
      id
    }
    orgUnits(asOf: $asOf, first: $first, after: $after) {
      nodes {
        id
        code
        name
        kind
        validFrom
        validTo
        version
        parent {
          id
        }
        leader {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OrgUnitCreateDoc = graphql(`
  mutation AdminOrgUnitCreate($input: OrgUnitCreateInput!) {
    orgUnitCreate(input: $input) {
      orgUnit {
        id
        name
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const OrgUnitUpdateDoc = graphql(`
  mutation AdminOrgUnitUpdate($input: OrgUnitUpdateInput!) {
    orgUnitUpdate(input: $input) {
      orgUnit {
        id
        name
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const LeaderAssignDoc = graphql(`
  mutation AdminLeaderAssign($input: LeaderAssignInput!) {
    leaderAssign(input: $input) {
      orgUnit {
        id
        version
        leader {
          id
          name
        }
      }
      movedAgreements
      keptAgreements
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const PrincipalAgreementsDoc = graphql(`
  query AdminPrincipalAgreements($id: ID!) {
    node(id: $id) {
      ... on Person {
        id
        agreements(role: PRINCIPAL, first: 100) {
          totalCount
          nodes {
            id
            status
          }
        }
      }
    }
  }
`);

export const ReorganiseDoc = graphql(`
  mutation AdminReorganise($input: OrgUnitReorganiseInput!, $lang: Language) {
    orgUnitReorganise(input: $input) {
      steps {
        text(lang: $lang)
        count
      }
      applied
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const PersonFieldsFragment = graphql(`
  fragment AdminPersonFields on Person {
    id
    name
    position
    version
    email
    employment
    partTimeFactor
    leftOn
  }
`);

export const PersonDoc = graphql(`
  query AdminPerson($id: ID!) {
    node(id: $id) {
      ... on Person {
        ...AdminPersonFields
      }
    }
  }
`);

export const PersonCreateDoc = graphql(`
  mutation AdminPersonCreate($input: PersonCreateInput!) {
    personCreate(input: $input) {
      person {
        ...AdminPersonFields
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const PersonUpdateDoc = graphql(`
  mutation AdminPersonUpdate($input: PersonUpdateInput!) {
    personUpdate(input: $input) {
      person {
        ...AdminPersonFields
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const PersonLeaveDoc = graphql(`
  mutation AdminPersonLeave($input: PersonLeaveInput!) {
    personLeave(input: $input) {
      person {
        ...AdminPersonFields
      }
      openAgreements {
        year
        status
        asPrincipal
        orgUnit {
          id
          name
        }
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const StrategicGoalsDoc = graphql(`
  query AdminStrategicGoals {
    strategicGoals {
      id
      number
      title
      description
      version
      retiredAt
    }
  }
`);

export const StrategicGoalCreateDoc = graphql(`
  mutation AdminStrategicGoalCreate($input: StrategicGoalCreateInput!) {
    strategicGoalCreate(input: $input) {
      strategicGoal {
        id
        number
        title
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const StrategicGoalUpdateDoc = graphql(`
  mutation AdminStrategicGoalUpdate($input: StrategicGoalUpdateInput!) {
    strategicGoalUpdate(input: $input) {
      strategicGoal {
        id
        number
        title
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const StrategicGoalRetireDoc = graphql(`
  mutation AdminStrategicGoalRetire($input: RetireInput!) {
    strategicGoalRetire(input: $input) {
      strategicGoal {
        id
        version
        retiredAt
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const GoalsDoc = graphql(`
  query AdminGoals($year: Int, $first: Int, $after: String) {
    goals(year: $year, first: $first, after: $after) {
      nodes {
        id
        level
        title
        description
        fromYear
        toYear
        version
        untracedReason
        orgUnit {
          id
          name
          kind
        }
        parent {
          id
        }
        strategicGoal {
          id
        }
        product {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GoalCreateDoc = graphql(`
  mutation AdminGoalCreate($input: GoalCreateInput!) {
    goalCreate(input: $input) {
      goal {
        id
        title
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const GoalUpdateDoc = graphql(`
  mutation AdminGoalUpdate($input: GoalUpdateInput!) {
    goalUpdate(input: $input) {
      goal {
        id
        title
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const GoalRetireDoc = graphql(`
  mutation AdminGoalRetire($input: GoalRetireInput!) {
    goalRetire(input: $input) {
      goal {
        id
        title
        toYear
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const KpisDoc = graphql(`
  query AdminKpis($first: Int, $after: String) {
    kpis(first: $first, after: $after) {
      nodes {
        id
        code
        name
        unit
        direction
        kind
        frequency
        definition
        greenThreshold
        yellowThreshold
        version
        retiredAt
        goal {
          id
          title
        }
        product {
          id
          number
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const KpiCreateDoc = graphql(`
  mutation AdminKpiCreate($input: KPICreateInput!) {
    kpiCreate(input: $input) {
      kpi {
        id
        name
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const KpiUpdateDoc = graphql(`
  mutation AdminKpiUpdate($input: KPIUpdateInput!) {
    kpiUpdate(input: $input) {
      kpi {
        id
        name
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const KpiRetireDoc = graphql(`
  mutation AdminKpiRetire($input: RetireInput!) {
    kpiRetire(input: $input) {
      kpi {
        id
        name
        version
        retiredAt
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const ProductsDoc = graphql(`
  query AdminProducts($first: Int, $after: String) {
    products(first: $first, after: $after) {
      nodes {
        id
        number
        name
        version
        orgUnit {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ProductCreateDoc = graphql(`
  mutation AdminProductCreate($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product {
        id
        number
        name
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const ProductUpdateDoc = graphql(`
  mutation AdminProductUpdate($input: ProductUpdateInput!) {
    productUpdate(input: $input) {
      product {
        id
        number
        name
        version
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const FiscalYearsDoc = graphql(`
  query AdminFiscalYears {
    fiscalYearStatus {
      year
      status
      openedAt
      closedAt
      version
    }
  }
`);

export const FiscalYearOpenDoc = graphql(`
  mutation AdminFiscalYearOpen($year: Int!, $copyAgreements: Boolean) {
    fiscalYearOpen(year: $year, copyAgreements: $copyAgreements) {
      fiscalYear {
        year
        status
      }
      copiedAgreements
      skippedAgreements
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const FiscalYearCloseDoc = graphql(`
  mutation AdminFiscalYearClose($year: Int!) {
    fiscalYearClose(year: $year) {
      fiscalYear {
        year
        status
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const MeasuresDoc = graphql(`
  query AdminMeasures($first: Int, $after: String) {
    consolidationMeasures(first: $first, after: $after) {
      nodes {
        id
        number
        title
        description
        status
        version
        orgUnit {
          id
          name
        }
        programme {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ProgrammesDoc = graphql(`
  query AdminProgrammes {
    consolidationProgrammes {
      id
      kind
      name
      fromYear
      toYear
    }
  }
`);

export const MeasureCreateDoc = graphql(`
  mutation AdminMeasureCreate($input: ConsolidationMeasureCreateInput!) {
    consolidationMeasureCreate(input: $input) {
      measure {
        id
        number
        title
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);

export const MeasureUpdateDoc = graphql(`
  mutation AdminMeasureUpdate($input: ConsolidationMeasureUpdateInput!) {
    consolidationMeasureUpdate(input: $input) {
      measure {
        id
        number
        title
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
`);
