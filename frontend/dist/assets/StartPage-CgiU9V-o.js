import{u as x,a as _,b as g,r as z,j as e,Q as j,E as N,L as u,p as k,g as b,c as P,s as I}from"./index-_oskqS3i.js";import{Y as U}from"./YearSelect-DqtDFn8j.js";import{L as q}from"./Light-D9e6g0ek.js";import{s as p,N as F,c as $,a as B,b as T,A as K}from"./NewAgreementButton--em2UGbZ.js";import{f as y,a as w,b as L,c as D}from"./format-wML3mmU2.js";import M from"./PayResults-Doi7_WrA.js";import{f as G}from"./period-DnoS-r4z.js";import{S as H}from"./StatusBadge-DqJM9YT_.js";import{T as E}from"./TableRegion-CjFcqxmU.js";import{C as V}from"./Chart-BtLbVS_-.js";import{o as Q}from"./mutation-CjZJh1tu.js";import{F as Y}from"./FormAlert-BJpovCQd.js";const W=b(`
  query RiskOverview($year: Int!) {
    riskOverview(year: $year) {
      dezernat {
        id
        code
        name
      }
      counts {
        status
        count
      }
      agreements
      notAgreed
      kpis
      redKpis
      shortfall
    }
  }
`),Z={DRAFT:"#6b7280",PROPOSED:"#b45309",AGREED:"#1d4f91",REVIEWED:"#6b21a8",ASSESSED:"#0f766e",CLOSED:"#166534"};function J(a){return`${k.kpis()}?ampel=RED&bereich=${encodeURIComponent(a)}`}function A(){const{t:a,lang:n}=x(),{year:l}=_(),[c,o]=g({query:W,variables:{year:l}}),r=c.data?.riskOverview??[],d=(s,h)=>s.counts.find(f=>f.status===h)?.count??0,m=z.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},legend:{bottom:0},grid:{left:8,right:16,top:8,bottom:48,containLabel:!0},xAxis:{type:"value",minInterval:1},yAxis:{type:"category",inverse:!0,data:r.map(s=>s.dezernat.code||s.dezernat.name)},series:p.map(s=>({name:a(`status.${s}`),type:"bar",stack:"status",itemStyle:{color:Z[s]},data:r.map(h=>d(h,s))}))}),[c.data,n]);if(c.error?.graphQLErrors.some(s=>s.extensions?.code==="FORBIDDEN"))return null;const t=a("risk.title",{year:l}),i=r.map(s=>`${s.dezernat.name}: `+p.map(h=>`${a(`status.${h}`)} ${d(s,h)}`).join(", ")).join("; ");return e.jsxs("section",{"aria-labelledby":"risk-h",className:"zw-section","data-testid":"risk-overview",children:[e.jsx("h2",{id:"risk-h",className:"kern-heading-medium",children:t}),e.jsx(j,{...c,retry:()=>o({requestPolicy:"network-only"}),children:()=>r.length===0?e.jsx(N,{children:a("app.none")}):e.jsxs(e.Fragment,{children:[e.jsx(V,{option:m,label:`${a("risk.chart")}: ${i}`,height:Math.max(200,r.length*40+80)}),e.jsx(E,{label:t,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"risk-table",children:[e.jsx("caption",{className:"kern-sr-only",children:t}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.dezernat")}),p.map(s=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${s}`)},s)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.notAgreed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.redKpis")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:r.map(s=>e.jsxs("tr",{className:"kern-table__row","data-unit":s.dezernat.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:s.dezernat.name}),p.map(h=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-status":h,children:y(d(s,h),n)},h)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"notAgreed",children:y(s.notAgreed,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"redKpis",children:s.redKpis>0?e.jsx(u,{className:"kern-link",href:J(s.dezernat.id),"aria-label":a("risk.redKpisOf",{n:s.redKpis,kpis:s.kpis,unit:s.dezernat.name}),children:a("risk.redOf",{n:y(s.redKpis,n),kpis:y(s.kpis,n)})}):a("risk.redOf",{n:"0",kpis:y(s.kpis,n)})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"shortfall",children:w(s.shortfall,n)})]},s.dezernat.id))})]})})]})})]})}function X({due:a,overdue:n}){const{t:l,lang:c}=x(),o=L(a,c);return e.jsx("span",{className:n?"zw-due zw-due--overdue":"zw-due","data-testid":"task-due","data-overdue":n||void 0,children:n?l("task.overdueSince",{day:o}):l("task.dueOn",{day:o})})}const ee=b(`
  query MyReminders {
    me {
      remindersOptOut
    }
  }
`),ae=b(`
  mutation RemindersSet($optOut: Boolean!) {
    remindersSet(input: { optOut: $optOut }) {
      me {
        remindersOptOut
      }
      userErrors {
        field
        message
        messageEn
        code
        key
      }
    }
  }
`);function se(){const{t:a,lang:n}=x(),[l]=g({query:ee}),[c,o]=P(ae),[r,d]=z.useState(null),[m,t]=z.useState(!1),i=z.useId(),s=l.data?.me.remindersOptOut;if(s===void 0)return null;const h=async f=>{t(!1);const C=await o({optOut:!f}),S=Q(C,"remindersSet",n);d(S.error),t(S.ok)};return e.jsxs("section",{"aria-labelledby":`${i}-h`,className:"zw-section","data-testid":"reminder-setting",children:[e.jsx("h2",{id:`${i}-h`,className:"kern-heading-small",children:a("reminders.title")}),e.jsx(Y,{error:r,fieldErrors:{},known:[]}),e.jsxs("div",{className:"kern-form-check",children:[e.jsx("input",{id:i,type:"checkbox",className:"kern-form-check__checkbox",checked:!s,disabled:c.fetching,"aria-describedby":`${i}-hint`,onChange:f=>{h(f.target.checked)}}),e.jsx("label",{htmlFor:i,className:"kern-label",children:a("reminders.on")})]}),e.jsx("p",{id:`${i}-hint`,className:"kern-body kern-body--muted",children:a("reminders.hint")}),e.jsx("p",{className:"kern-body",role:"status",children:m?a("reminders.saved"):""})]})}const re=b(`
  query OfficeStart($year: Int!) {
    dezernatAgreements(year: $year) {
      id
      year
      status
      orgUnit {
        id
        code
        name
      }
      agent {
        id
        name
      }
      principal {
        id
        name
      }
      agreedAt
      updatedAt
    }
    orgUnits(kind: DEZERNAT, first: 50) {
      nodes {
        id
        code
        name
      }
    }
    fachbereiche: orgUnits(kind: FACHBEREICH, first: 50) {
      nodes {
        id
        code
        name
      }
    }
    budgetComplianceByDezernat(year: $year) {
      orgUnit {
        id
        code
        name
      }
      figures {
        plan
        actual
        adherence
        hspPlanned
        hspRealised
        hspRealisation
        noData
        suggestedDegree
      }
    }
  }
`),te=b(`
  query RedKpis($year: Int!) {
    kpis(year: $year, light: RED, first: 15) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        unit
        achievement(year: $year) {
          light
          degree
        }
        goal {
          id
          title
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`),ne=b(`
  query CascadeOverview($year: Int!, $orgUnit: ID) {
    agreementStatusOverview(year: $year, orgUnit: $orgUnit) {
      orgUnit {
        id
        code
        name
        kind
      }
      total
      counts {
        status
        count
      }
    }
  }
`),le=b(`
  query MyAgreements($year: Int, $role: AgreementRole!) {
    agreements(year: $year, role: $role, first: 50) {
      totalCount
      nodes {
        id
        year
        status
        orgUnit {
          id
          name
        }
        principal {
          id
          name
        }
        agent {
          id
          name
        }
        updatedAt
      }
    }
  }
`),ie=b(`
  query MyTasks {
    myTasks {
      kind
      period
      due
      overdue
      onBehalfOf {
        id
        name
      }
      agreement {
        id
        year
        status
        orgUnit {
          id
          name
        }
        agent {
          id
          name
        }
      }
      kpi {
        id
        name
      }
    }
  }
`);function O({title:a,create:n=!1}){const{years:l,year:c,setYear:o}=_();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[n?e.jsx(F,{}):null,e.jsx(U,{years:l,value:c,onChange:o})]})]})}function ce(){const{t:a,lang:n}=x(),{year:l}=_(),[c,o]=g({query:re,variables:{year:l}});return e.jsxs(e.Fragment,{children:[e.jsx(O,{title:a("start.office.title"),create:!0}),e.jsx(j,{...c,retry:()=>o({requestPolicy:"network-only"}),children:r=>{const d=[...r.orgUnits.nodes,...r.fachbereiche.nodes],m=new Map(r.dezernatAgreements.map(t=>[t.orgUnit.id,t]));return e.jsxs(e.Fragment,{children:[e.jsx(A,{}),e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsx(E,{label:a("start.office.matrixCaption",{year:l}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),p.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:d.map(t=>{const i=m.get(t.id);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i?e.jsx(u,{className:"kern-link",href:k.agreement(i.id),children:t.name}):t.name}),p.map(s=>e.jsx("td",{className:"kern-table__cell zw-matrix__cell",children:i?.status===s?e.jsxs("span",{className:"zw-matrix__mark",children:[e.jsx("span",{"aria-hidden":"true",children:"●"}),e.jsx("span",{className:"kern-sr-only",children:a(`status.${s}`)})]}):null},s)),e.jsx("td",{className:"kern-table__cell",children:i?i.agent.name:e.jsx("em",{children:a("status.NONE")})})]},t.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":a("start.office.matrixCaption",{year:l}),children:d.map(t=>{const i=m.get(t.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:i?e.jsx(u,{className:"kern-link",href:k.agreement(i.id),children:t.name}):t.name}),i?e.jsx(H,{status:i.status}):e.jsx("em",{className:"kern-body--muted",children:a("status.NONE")}),i?e.jsxs("span",{className:"kern-body--small",children:[a("agreement.agent"),": ",i.agent.name]}):null]},t.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),r.budgetComplianceByDezernat.length===0?e.jsx(N,{children:a("app.none")}):e.jsx(E,{label:a("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:r.budgetComplianceByDezernat.map(t=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:w(t.figures.plan,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.figures.noData?a("budget.noData"):w(t.figures.actual,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:D(t.figures.adherence,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:w(t.figures.hspPlanned,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:w(t.figures.hspRealised,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:D(t.figures.hspRealisation,n)})]},t.orgUnit.id))})]})})]}),e.jsx(de,{})]})}})]})}function de(){const{t:a}=x(),{year:n}=_(),[l,c]=g({query:te,variables:{year:n}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(j,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>{const r=o.kpis.nodes,d=o.kpis.totalCount;return d===0?e.jsx(N,{children:a("start.office.noRed")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"red-count","data-total":d,children:a("start.office.redCount",{n:d})}),e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[r.map(m=>e.jsxs("li",{children:[e.jsx(q,{light:"RED",degree:m.achievement.degree,compact:!0})," ",e.jsx(u,{className:"kern-link",href:k.kpi(m.id),children:m.name}),m.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",m.goal.orgUnit.name]}):null]},m.id)),d>r.length?e.jsx("li",{children:e.jsxs(u,{className:"kern-link",href:k.kpis()+"?ampel=RED&bereich=alle",children:[a("budget.showing",{n:r.length,total:d})," – ",a("nav.kpis")]})}):null]})]})}})]})}function oe(){const{t:a}=x(),{me:n,year:l}=_(),c=n.ledUnits[0],[o,r]=g({query:ne,variables:{year:l,orgUnit:c?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(j,{...o,retry:()=>r({requestPolicy:"network-only"}),children:d=>{const m=d.agreementStatusOverview;if(m.length===0)return e.jsx(N,{children:a("start.none")});const t=$(B(m));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(t.total,1),value:t.concluded,"aria-label":a("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx(E,{label:a("start.leadership.caption",{unit:c?.name??"",year:l}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:c?.name??"",year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),p.map(i=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${i}`)},i)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(i=>{const s=$(i);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i.total}),p.map(h=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:T(i,h)||""},h)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.assessed})]},i.orgUnit.id)})})]})})]})}})]})}function v({role:a}){const{t:n}=x(),{year:l}=_(),[c,o]=g({query:le,variables:{year:l,role:a}}),r=n(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:r}),e.jsx(j,{...c,retry:()=>o({requestPolicy:"network-only"}),children:d=>d.agreements.nodes.length===0?e.jsx(N,{children:n("start.none")}):e.jsx(K,{agreements:d.agreements.nodes,caption:r})})]})}const me={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"}};function R(){const{t:a,lang:n}=x(),[l,c]=g({query:ie});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(j,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>o.myTasks.length===0?e.jsx(N,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:o.myTasks.slice(0,30).map((r,d)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:me[r.kind]?.[n]??r.kind})})," ",r.agreement?e.jsxs(u,{className:"kern-link",href:k.agreement(r.agreement.id),children:[r.agreement.orgUnit.name," ",r.agreement.year]}):r.kpi?e.jsx(u,{className:"kern-link",href:k.kpi(r.kpi.id),children:r.kpi.name}):null,r.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",G(r.period,n)]}):null,r.onBehalfOf?e.jsxs("span",{className:"kern-body--muted",children:[" (",a("task.onBehalfOf",{name:r.onBehalfOf.name}),")"]}):null," ",e.jsx(X,{due:r.due,overdue:r.overdue})]},d))})})]})}function we(){const{t:a}=x(),{me:n}=_(),l=I(n);return e.jsxs("div",{"data-start":l,"data-testid":`start-${l}`,children:[l==="office"?e.jsx(ce,{}):null,l==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(O,{title:a("start.leadership.title"),create:!0}),e.jsx(A,{}),e.jsx(oe,{}),e.jsx(R,{}),e.jsx(v,{role:"AGENT"}),e.jsx(v,{role:"PRINCIPAL"})]}):null,l==="manager"||l==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(O,{title:a("start.manager.title"),create:!0}),e.jsx(R,{}),e.jsx(v,{role:"AGENT"}),e.jsx(v,{role:"PRINCIPAL"})]}):null,l==="hr"?e.jsx(M,{}):null,l==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(O,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(u,{className:"kern-link",href:k.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(u,{className:"kern-link",href:k.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(u,{className:"kern-link",href:k.import(),children:a("nav.import")})})]}),e.jsx(R,{})]}):null,e.jsx(se,{})]})}export{we as default};
