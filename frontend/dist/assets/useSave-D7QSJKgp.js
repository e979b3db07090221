import{j as s,g as e,u as v,A as U,h as E,r as A}from"./index-DEyK5D8g.js";import{F as $}from"./Field-C0QH0e2g.js";import{o as P}from"./mutation-DwCqt9h-.js";function h({label:t,value:r,onChange:n,errors:o,hint:d,type:a="text",name:u,required:i,inputMode:p,className:l}){return s.jsx($,{label:t,hint:d,errors:o,className:l,children:({id:c,describedBy:g,invalid:m})=>s.jsx("input",{id:c,name:u,type:a,inputMode:p,className:`kern-form-input__input${m?" kern-form-input__input--error":""}`,value:r,required:i,"aria-required":i||void 0,"aria-describedby":g,"aria-invalid":m||void 0,onChange:f=>n(f.target.value)})})}function D({label:t,value:r,onChange:n,errors:o,hint:d,name:a}){return s.jsx($,{label:t,hint:d,errors:o,children:({id:u,describedBy:i,invalid:p})=>s.jsx("textarea",{id:u,name:a,rows:3,className:`kern-form-input__input${p?" kern-form-input__input--error":""}`,value:r,"aria-describedby":i,"aria-invalid":p||void 0,onChange:l=>n(l.target.value)})})}function k({label:t,value:r,onChange:n,errors:o,hint:d,name:a,children:u,required:i}){return s.jsx($,{label:t,hint:d,errors:o,children:({id:p,describedBy:l,invalid:c})=>s.jsx("div",{className:"kern-form-input__select-wrapper",children:s.jsx("select",{id:p,name:a,className:`kern-form-input__select${c?" kern-form-input__select--error":""}`,value:r,"aria-required":i||void 0,"aria-describedby":l,"aria-invalid":c||void 0,onChange:g=>n(g.target.value),children:u})})})}e(`
  fragment AdminUserErrorFields on UserError {
    field
    message
    messageEn
    code
    key
  }
`);const x=e(`
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
`),b=e(`
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
`),S=e(`
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
`);const j=e(`
  query AdminPerson($id: ID!) {
    node(id: $id) {
      ... on Person {
        ...AdminPersonFields
      }
    }
  }
`),_=e(`
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
`),q=e(`
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
`),K=e(`
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
`),L=e(`
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
`),N=e(`
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
`),T=e(`
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
`),w=e(`
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
`),Y=e(`
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
`),M=e(`
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
`),z=e(`
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
`),H=e(`
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
`),J=e(`
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
`),Q=e(`
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
`),V=e(`
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
`),W=e(`
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
`),X=e(`
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
`),Z=e(`
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
`);function ee({error:t,fieldErrors:r,known:n}){const{t:o,lang:d}=v(),a=Object.entries(r).filter(([i])=>!n.includes(i)).flatMap(([,i])=>i),u=Object.keys(r).some(i=>n.includes(i));return s.jsx("div",{"aria-live":"polite",children:t?s.jsx(U,{kind:"danger",title:o("admin.failedTitle"),live:!0,children:s.jsx("p",{className:"kern-body",children:E(t,d)})}):a.length>0||u?s.jsx(U,{kind:"danger",title:o("admin.errorTitle"),live:!0,children:a.length>0?s.jsx("p",{className:"kern-body",children:a.join(" ")}):null}):null})}function I(t){setTimeout(()=>{const r=t?.querySelector('[aria-invalid="true"]')??t?.querySelector(".kern-alert");r&&(!r.hasAttribute("tabindex")&&r.classList.contains("kern-alert")&&r.setAttribute("tabindex","-1"),r.focus())},0)}function re(){const{lang:t}=v(),[r,n]=A.useState({}),[o,d]=A.useState(null),[a,u]=A.useState(!1);return{fieldErrors:r,error:o,busy:a,run:async(l,c,g)=>{u(!0);const m=await l();u(!1);const f=P(m,c,t);return n(f.fieldErrors),d(f.error),f.ok&&m.data?m.data:(I(g),null)},reset:()=>{n({}),d(null)},setFieldErrors:n}}export{ee as F,M as G,V as K,S as L,y as O,R as P,O as R,k as S,h as T,b as a,j as b,_ as c,q as d,K as e,L as f,w as g,N as h,T as i,D as j,W as k,B as l,Y as m,x as n,z as o,J as p,Q as q,H as r,X as s,Z as t,re as u};
