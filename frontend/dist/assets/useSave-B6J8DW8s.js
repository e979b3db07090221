import{r as n,j as u,A,g as e,u as $}from"./index-DiBYEHkp.js";import{o as f}from"./mutation-CnVtlBHZ.js";import{f as U}from"./FormAlert-BcQBSTa_.js";function D({message:r,children:i}){const t=n.useRef(null);return n.useEffect(()=>{r&&t.current?.focus()},[r]),u.jsxs("div",{ref:t,tabIndex:-1,"aria-live":"polite","data-testid":"admin-done",className:"zw-done",children:[r?u.jsx(A,{kind:"success",title:r,live:!0}):null,i]})}e(`
  fragment AdminUserErrorFields on UserError {
    field
    message
    messageEn
    code
    key
  }
`);const v=e(`
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
`),y=e(`
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
`),G=e(`
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
`),R=e(`
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
`),S=e(`
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
`),O=e(`
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
`);const k=e(`
  query AdminPerson($id: ID!) {
    node(id: $id) {
      ... on Person {
        ...AdminPersonFields
      }
    }
  }
`),Y=e(`
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
`),x=e(`
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
`),b=e(`
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
`),q=e(`
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
`),h=e(`
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
`),M=e(`
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
`),K=e(`
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
`),L=e(`
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
`),N=e(`
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
`),j=e(`
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
`),T=e(`
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
`),w=e(`
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
`),B=e(`
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
`),z=e(`
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
`),H=e(`
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
`),J=e(`
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
`),Q=e(`
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
`),V=e(`
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
`),W=e(`
  query AdminFiscalYears {
    fiscalYearStatus {
      year
      status
      openedAt
      closedAt
      version
    }
  }
`),X=e(`
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
`),Z=e(`
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
`),_=e(`
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
`),ee=e(`
  query AdminProgrammes {
    consolidationProgrammes {
      id
      kind
      name
      fromYear
      toYear
    }
  }
`),re=e(`
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
`),te=e(`
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
`);function ne(){const{lang:r}=$(),[i,t]=n.useState({}),[p,a]=n.useState(null),[c,d]=n.useState(!1);return{fieldErrors:i,error:p,busy:c,run:async(m,l,g)=>{d(!0);const s=await m();d(!1);const o=f(s,l,r);return t(o.fieldErrors),a(o.error),o.ok&&s.data?s.data:(U(g),null)},reset:()=>{t({}),a(null)},setFieldErrors:t}}export{D,W as F,N as G,H as K,R as L,_ as M,y as O,S as P,O as R,q as S,G as a,k as b,Y as c,x as d,b as e,K as f,h as g,M as h,J as i,j,L as k,v as l,T as m,B as n,z as o,w as p,Q as q,V as r,ee as s,re as t,ne as u,te as v,X as w,Z as x};
