import{g as e}from"./index-BmWoV2n4.js";e(`
  fragment AdminUserErrorFields on UserError {
    field
    message
    messageEn
    code
    key
  }
`);const t=e(`
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
`),i=e(`
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
`),n=e(`
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
`),s=e(`
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
`),o=e(`
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
`),a=e(`
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
`);e(`
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
`);const d=e(`
  query AdminPerson($id: ID!) {
    node(id: $id) {
      ... on Person {
        ...AdminPersonFields
      }
    }
  }
`),u=e(`
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
`),p=e(`
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
`),m=e(`
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
`),c=e(`
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
`),l=e(`
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
`),g=e(`
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
`),A=e(`
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
`),$=e(`
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
`),U=e(`
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
`),f=e(`
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
`),E=e(`
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
`),P=e(`
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
`),C=e(`
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
`),I=e(`
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
`),F=e(`
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
`),D=e(`
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
`),v=e(`
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
`),y=e(`
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
`),G=e(`
  query AdminFiscalYears {
    fiscalYearStatus {
      year
      status
      openedAt
      closedAt
      version
    }
  }
`),O=e(`
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
`),R=e(`
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
`),S=e(`
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
`),Y=e(`
  query AdminProgrammes {
    consolidationProgrammes {
      id
      kind
      name
      fromYear
      toYear
    }
  }
`),k=e(`
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
`),q=e(`
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
`);export{G as F,U as G,F as K,s as L,S as M,i as O,o as P,a as R,c as S,n as a,d as b,u as c,p as d,m as e,A as f,l as g,g as h,D as i,f as j,$ as k,t as l,E as m,C as n,I as o,P as p,v as q,y as r,Y as s,k as t,q as u,O as v,R as w};
