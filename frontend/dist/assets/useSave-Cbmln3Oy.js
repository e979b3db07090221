import{r as A,j as n,A as $,g as e,u as E,i as v}from"./index-BYgamqUG.js";import{F as U}from"./Field-BPbrPpaB.js";import{o as F}from"./mutation-DYi5LYri.js";function D({message:r,children:t}){const i=A.useRef(null);return A.useEffect(()=>{r&&i.current?.focus()},[r]),n.jsxs("div",{ref:i,tabIndex:-1,"aria-live":"polite","data-testid":"admin-done",className:"zw-done",children:[r?n.jsx($,{kind:"success",title:r,live:!0}):null,t]})}function x({label:r,value:t,onChange:i,errors:o,hint:d,type:a="text",name:u,required:s,inputMode:l,className:c}){return n.jsx(U,{label:r,hint:d,errors:o,className:c,children:({id:p,describedBy:g,invalid:m})=>n.jsx("input",{id:p,name:u,type:a,inputMode:l,className:`kern-form-input__input${m?" kern-form-input__input--error":""}`,value:t,required:s,"aria-required":s||void 0,"aria-describedby":g,"aria-invalid":m||void 0,onChange:f=>i(f.target.value)})})}function k({label:r,value:t,onChange:i,errors:o,hint:d,name:a}){return n.jsx(U,{label:r,hint:d,errors:o,children:({id:u,describedBy:s,invalid:l})=>n.jsx("textarea",{id:u,name:a,rows:3,className:`kern-form-input__input${l?" kern-form-input__input--error":""}`,value:t,"aria-describedby":s,"aria-invalid":l||void 0,onChange:c=>i(c.target.value)})})}function G({label:r,value:t,onChange:i,errors:o,hint:d,name:a,children:u,required:s}){return n.jsx(U,{label:r,hint:d,errors:o,children:({id:l,describedBy:c,invalid:p})=>n.jsx("div",{className:"kern-form-input__select-wrapper",children:n.jsx("select",{id:l,name:a,className:`kern-form-input__select${p?" kern-form-input__select--error":""}`,value:t,"aria-required":s||void 0,"aria-describedby":c,"aria-invalid":p||void 0,onChange:g=>i(g.target.value),children:u})})})}e(`
  fragment AdminUserErrorFields on UserError {
    field
    message
    messageEn
    code
    key
  }
`);const h=e(`
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
`),b=e(`
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
`),S=e(`
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
`),O=e(`
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
`),R=e(`
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
`),j=e(`
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
`);const q=e(`
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
`),M=e(`
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
`),N=e(`
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
`),_=e(`
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
`),K=e(`
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
`),L=e(`
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
`),T=e(`
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
`),w=e(`
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
`),z=e(`
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
`),B=e(`
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
`),H=e(`
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
`),J=e(`
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
`),Q=e(`
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
`),V=e(`
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
`),W=e(`
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
`),X=e(`
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
`),Z=e(`
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
`),ee=e(`
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
`),re=e(`
  query AdminFiscalYears {
    fiscalYearStatus {
      year
      status
      openedAt
      closedAt
      version
    }
  }
`),te=e(`
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
`),ie=e(`
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
`),ne=e(`
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
`),se=e(`
  query AdminProgrammes {
    consolidationProgrammes {
      id
      kind
      name
      fromYear
      toYear
    }
  }
`),ae=e(`
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
`),oe=e(`
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
`);function de({error:r,fieldErrors:t,known:i}){const{t:o,lang:d}=E(),a=Object.entries(t).filter(([s])=>!i.includes(s)).flatMap(([,s])=>s),u=Object.keys(t).some(s=>i.includes(s));return n.jsx("div",{"aria-live":"polite",children:r?n.jsx($,{kind:"danger",title:o("admin.failedTitle"),live:!0,children:n.jsx("p",{className:"kern-body",children:v(r,d)})}):a.length>0||u?n.jsx($,{kind:"danger",title:o("admin.errorTitle"),live:!0,children:a.length>0?n.jsx("p",{className:"kern-body",children:a.join(" ")}):null}):null})}function C(r){setTimeout(()=>{const t=r?.querySelector('[aria-invalid="true"]')??r?.querySelector(".kern-alert");t&&(!t.hasAttribute("tabindex")&&t.classList.contains("kern-alert")&&t.setAttribute("tabindex","-1"),t.focus())},0)}function ue(){const{lang:r}=E(),[t,i]=A.useState({}),[o,d]=A.useState(null),[a,u]=A.useState(!1);return{fieldErrors:t,error:o,busy:a,run:async(c,p,g)=>{u(!0);const m=await c();u(!1);const f=F(m,p,r);return i(f.fieldErrors),d(f.error),f.ok&&m.data?m.data:(C(g),null)},reset:()=>{i({}),d(null)},setFieldErrors:i}}export{ie as A,D,de as F,z as G,W as K,O as L,ne as M,b as O,R as P,j as R,G as S,x as T,S as a,q as b,Y as c,M as d,N as e,_ as f,T as g,K as h,L as i,k as j,X as k,B as l,w as m,h as n,H as o,Q as p,V as q,J as r,Z as s,ee as t,ue as u,se as v,ae as w,oe as x,re as y,te as z};
