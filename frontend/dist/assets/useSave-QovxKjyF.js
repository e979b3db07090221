import{r as A,j as n,A as $,g as e,u as v,i as E}from"./index-BkAUOSIk.js";import{F as U}from"./Field-BJrb7e17.js";import{o as P}from"./mutation-CU0nnsdh.js";function D({message:r,children:t}){const i=A.useRef(null);return A.useEffect(()=>{r&&i.current?.focus()},[r]),n.jsxs("div",{ref:i,tabIndex:-1,"aria-live":"polite","data-testid":"admin-done",className:"zw-done",children:[r?n.jsx($,{kind:"success",title:r,live:!0}):null,t]})}function G({label:r,value:t,onChange:i,errors:a,hint:d,type:o="text",name:u,required:s,inputMode:l,className:p}){return n.jsx(U,{label:r,hint:d,errors:a,className:p,children:({id:c,describedBy:g,invalid:m})=>n.jsx("input",{id:c,name:u,type:o,inputMode:l,className:`kern-form-input__input${m?" kern-form-input__input--error":""}`,value:t,required:s,"aria-required":s||void 0,"aria-describedby":g,"aria-invalid":m||void 0,onChange:f=>i(f.target.value)})})}function h({label:r,value:t,onChange:i,errors:a,hint:d,name:o}){return n.jsx(U,{label:r,hint:d,errors:a,children:({id:u,describedBy:s,invalid:l})=>n.jsx("textarea",{id:u,name:o,rows:3,className:`kern-form-input__input${l?" kern-form-input__input--error":""}`,value:t,"aria-describedby":s,"aria-invalid":l||void 0,onChange:p=>i(p.target.value)})})}function k({label:r,value:t,onChange:i,errors:a,hint:d,name:o,children:u,required:s}){return n.jsx(U,{label:r,hint:d,errors:a,children:({id:l,describedBy:p,invalid:c})=>n.jsx("div",{className:"kern-form-input__select-wrapper",children:n.jsx("select",{id:l,name:o,className:`kern-form-input__select${c?" kern-form-input__select--error":""}`,value:t,"aria-required":s||void 0,"aria-describedby":p,"aria-invalid":c||void 0,onChange:g=>i(g.target.value),children:u})})})}e(`
  fragment AdminUserErrorFields on UserError {
    field
    message
    messageEn
    code
    key
  }
`);const y=e(`
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
`),j=e(`
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
`);const _=e(`
  query AdminPerson($id: ID!) {
    node(id: $id) {
      ... on Person {
        ...AdminPersonFields
      }
    }
  }
`),q=e(`
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
`),N=e(`
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
`),T=e(`
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
`),w=e(`
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
`),Y=e(`
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
`),M=e(`
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
`);function re({error:r,fieldErrors:t,known:i}){const{t:a,lang:d}=v(),o=Object.entries(t).filter(([s])=>!i.includes(s)).flatMap(([,s])=>s),u=Object.keys(t).some(s=>i.includes(s));return n.jsx("div",{"aria-live":"polite",children:r?n.jsx($,{kind:"danger",title:a("admin.failedTitle"),live:!0,children:n.jsx("p",{className:"kern-body",children:E(r,d)})}):o.length>0||u?n.jsx($,{kind:"danger",title:a("admin.errorTitle"),live:!0,children:o.length>0?n.jsx("p",{className:"kern-body",children:o.join(" ")}):null}):null})}function I(r){setTimeout(()=>{const t=r?.querySelector('[aria-invalid="true"]')??r?.querySelector(".kern-alert");t&&(!t.hasAttribute("tabindex")&&t.classList.contains("kern-alert")&&t.setAttribute("tabindex","-1"),t.focus())},0)}function te(){const{lang:r}=v(),[t,i]=A.useState({}),[a,d]=A.useState(null),[o,u]=A.useState(!1);return{fieldErrors:t,error:a,busy:o,run:async(p,c,g)=>{u(!0);const m=await p();u(!1);const f=P(m,c,r);return i(f.fieldErrors),d(f.error),f.ok&&m.data?m.data:(I(g),null)},reset:()=>{i({}),d(null)},setFieldErrors:i}}export{D,re as F,z as G,W as K,R as L,b as O,j as P,O as R,k as S,G as T,S as a,_ as b,q as c,N as d,K as e,L as f,Y as g,T as h,w as i,h as j,X as k,B as l,M as m,y as n,H as o,Q as p,V as q,J as r,Z as s,ee as t,te as u};
