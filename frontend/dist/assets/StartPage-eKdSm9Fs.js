import{u as j,a as f,b as N,r as E,j as e,Q as w,g as y,E as v,L as b,p as _,c as T,s as U}from"./index-8MoTQDkx.js";import{Y as K}from"./YearSelect-NN9HAyyJ.js";import{L as B}from"./Light-BEm2pJXg.js";import{s as g,N as F,c as A,a as L,b as M,A as G}from"./NewAgreementButton-hL_wz7K8.js";import{f as x,a as z,b as H,c as C}from"./format-wML3mmU2.js";import V from"./PayResults-B0sH4wvf.js";import{f as R}from"./period-DnoS-r4z.js";import{S as Q}from"./StatusBadge-j-3efZkd.js";import{T as O}from"./TableRegion-B7y8-kc-.js";import{C as I}from"./Chart-DiwUQjjh.js";import{o as W}from"./mutation-CNuAHtef.js";import{F as Y}from"./FormAlert-Di0MlkKF.js";const J=y(`
  query RedKpiTrend($year: Int!) {
    redKpiTrend(year: $year) {
      year
      quarter
      red
      rated
    }
  }
`),Z="#b91c1c";function X(){const{t:a,lang:r}=j(),{year:l}=f(),[c,o]=N({query:J,variables:{year:l}}),n=c.data?.redKpiTrend??[],d=E.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},grid:{left:8,right:16,top:16,bottom:8,containLabel:!0},xAxis:{type:"category",data:n.map(i=>R(i,r))},yAxis:{type:"value",minInterval:1},series:[{name:a("risk.trendRed"),type:"bar",itemStyle:{color:Z},data:n.map(i=>i.red)}]}),[c.data,r]);if(c.error?.graphQLErrors.some(i=>i.extensions?.code==="FORBIDDEN"))return null;const m=a("risk.trendTitle",{year:l}),u=n.map(i=>`${R(i,r)}: ${a("risk.redOf",{n:x(i.red,r),kpis:x(i.rated,r)})}`).join("; ");return e.jsxs("section",{"aria-labelledby":"trend-h",className:"zw-section","data-testid":"red-kpi-trend",children:[e.jsx("h3",{id:"trend-h",className:"kern-heading-small",children:m}),e.jsx("p",{className:"kern-body kern-body--muted",children:a("risk.trendIntro")}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:()=>e.jsxs(e.Fragment,{children:[e.jsx(I,{option:d,label:`${m}: ${u}`,height:240}),e.jsx(O,{label:m,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"red-kpi-trend-table",children:[e.jsx("caption",{className:"kern-sr-only",children:m}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.trendQuarter")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.trendRed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.trendRated")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(i=>e.jsxs("tr",{className:"kern-table__row","data-quarter":i.quarter,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:R(i,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"red",children:x(i.red,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"rated",children:x(i.rated,r)})]},i.quarter))})]})})]})})]})}const P=y(`
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
`),ee={DRAFT:"#6b7280",PROPOSED:"#b45309",AGREED:"#1d4f91",REVIEWED:"#6b21a8",ASSESSED:"#0f766e",CLOSED:"#166534"};function ae(a){return`${_.kpis()}?ampel=RED&bereich=${encodeURIComponent(a)}`}function q(){const{t:a,lang:r}=j(),{year:l}=f(),[c,o]=N({query:P,variables:{year:l}}),n=c.data?.riskOverview??[],d=(t,s)=>t.counts.find(h=>h.status===s)?.count??0,m=E.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},legend:{bottom:0},grid:{left:8,right:16,top:8,bottom:48,containLabel:!0},xAxis:{type:"value",minInterval:1},yAxis:{type:"category",inverse:!0,data:n.map(t=>t.dezernat.code||t.dezernat.name)},series:g.map(t=>({name:a(`status.${t}`),type:"bar",stack:"status",itemStyle:{color:ee[t]},data:n.map(s=>d(s,t))}))}),[c.data,r]);if(c.error?.graphQLErrors.some(t=>t.extensions?.code==="FORBIDDEN"))return null;const u=a("risk.title",{year:l}),i=n.map(t=>`${t.dezernat.name}: `+g.map(s=>`${a(`status.${s}`)} ${d(t,s)}`).join(", ")).join("; ");return e.jsxs("section",{"aria-labelledby":"risk-h",className:"zw-section","data-testid":"risk-overview",children:[e.jsx("h2",{id:"risk-h",className:"kern-heading-medium",children:u}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:()=>n.length===0?e.jsx(v,{children:a("app.none")}):e.jsxs(e.Fragment,{children:[e.jsx(I,{option:m,label:`${a("risk.chart")}: ${i}`,height:Math.max(200,n.length*40+80)}),e.jsx(O,{label:u,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"risk-table",children:[e.jsx("caption",{className:"kern-sr-only",children:u}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.dezernat")}),g.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.notAgreed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.redKpis")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(t=>e.jsxs("tr",{className:"kern-table__row","data-unit":t.dezernat.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.dezernat.name}),g.map(s=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-status":s,children:x(d(t,s),r)},s)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"notAgreed",children:x(t.notAgreed,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"redKpis",children:t.redKpis>0?e.jsx(b,{className:"kern-link",href:ae(t.dezernat.id),"aria-label":a("risk.redKpisOf",{n:t.redKpis,kpis:t.kpis,unit:t.dezernat.name}),children:a("risk.redOf",{n:x(t.redKpis,r),kpis:x(t.kpis,r)})}):a("risk.redOf",{n:"0",kpis:x(t.kpis,r)})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"shortfall",children:z(t.shortfall,r)})]},t.dezernat.id))})]})})]})}),e.jsx(X,{})]})}function se({due:a,overdue:r}){const{t:l,lang:c}=j(),o=H(a,c);return e.jsx("span",{className:r?"zw-due zw-due--overdue":"zw-due","data-testid":"task-due","data-overdue":r||void 0,children:r?l("task.overdueSince",{day:o}):l("task.dueOn",{day:o})})}const re=y(`
  query MyReminders {
    me {
      remindersOptOut
    }
  }
`),te=y(`
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
`);function ne(){const{t:a,lang:r}=j(),[l]=N({query:re}),[c,o]=T(te),[n,d]=E.useState(null),[m,u]=E.useState(!1),i=E.useId(),t=l.data?.me.remindersOptOut;if(t===void 0)return null;const s=async h=>{u(!1);const k=await o({optOut:!h}),p=W(k,"remindersSet",r);d(p.error),u(p.ok)};return e.jsxs("section",{"aria-labelledby":`${i}-h`,className:"zw-section","data-testid":"reminder-setting",children:[e.jsx("h2",{id:`${i}-h`,className:"kern-heading-small",children:a("reminders.title")}),e.jsx(Y,{error:n,fieldErrors:{},known:[]}),e.jsxs("div",{className:"kern-form-check",children:[e.jsx("input",{id:i,type:"checkbox",className:"kern-form-check__checkbox",checked:!t,disabled:c.fetching,"aria-describedby":`${i}-hint`,onChange:h=>{s(h.target.checked)}}),e.jsx("label",{htmlFor:i,className:"kern-label",children:a("reminders.on")})]}),e.jsx("p",{id:`${i}-hint`,className:"kern-body kern-body--muted",children:a("reminders.hint")}),e.jsx("p",{className:"kern-body",role:"status",children:m?a("reminders.saved"):""})]})}const le=y(`
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
`),ie=y(`
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
`),ce=y(`
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
`),de=y(`
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
`),oe=y(`
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
`);function S({title:a,create:r=!1}){const{years:l,year:c,setYear:o}=f();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[r?e.jsx(F,{}):null,e.jsx(K,{years:l,value:c,onChange:o})]})]})}function me(){const{t:a,lang:r}=j(),{year:l}=f(),[c,o]=N({query:le,variables:{year:l}}),[n]=N({query:P,variables:{year:l}});return e.jsxs(e.Fragment,{children:[e.jsx(S,{title:a("start.office.title"),create:!0}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:d=>{const m=[...d.orgUnits.nodes,...d.fachbereiche.nodes],u=new Map(d.dezernatAgreements.map(s=>[s.orgUnit.id,s])),i=n.data?.riskOverview,t=(s,h)=>{const k=i?.find(p=>p.dezernat.id===s);return k?k.counts.find(p=>p.status===h)?.count??0:null};return e.jsxs(e.Fragment,{children:[e.jsx(q,{}),e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsxs("p",{className:"kern-body zw-matrix-legend","data-testid":"matrix-legend",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",a("start.office.matrixLegend")]}),e.jsx(O,{label:a("start.office.matrixCaption",{year:l}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),g.map(s=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${s}`)},s)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(s=>{const h=u.get(s.id);return e.jsxs("tr",{className:"kern-table__row","data-unit":s.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:h?e.jsx(b,{className:"kern-link",href:_.agreement(h.id),children:s.name}):s.name}),g.map(k=>{const p=t(s.id,k);return e.jsxs("td",{className:"kern-table__cell zw-matrix__cell","data-status":k,"data-count":p??void 0,children:[h?.status===k?e.jsxs("span",{className:"zw-matrix__mark","data-testid":"matrix-ob",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",e.jsxs("span",{className:"kern-sr-only",children:[a("start.office.matrixOb",{status:a(`status.${k}`)}),", "]})]}):null,e.jsx("span",{className:p?"zw-matrix__count":"zw-matrix__count zw-matrix__count--zero",children:x(p,r)}),e.jsxs("span",{className:"kern-sr-only",children:[" ",a(`status.${k}`)]})]},k)}),e.jsx("td",{className:"kern-table__cell",children:h?h.agent.name:e.jsx("em",{children:a("status.NONE")})})]},s.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":a("start.office.matrixCaption",{year:l}),children:m.map(s=>{const h=u.get(s.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:h?e.jsx(b,{className:"kern-link",href:_.agreement(h.id),children:s.name}):s.name}),h?e.jsx(Q,{status:h.status}):e.jsx("em",{className:"kern-body--muted",children:a("status.NONE")}),h?e.jsxs("span",{className:"kern-body--small",children:[a("agreement.agent"),": ",h.agent.name]}):null,i?e.jsx("span",{className:"kern-body--small","data-testid":"list-counts",children:a("start.office.listCounts",{counts:g.filter(k=>(t(s.id,k)??0)>0).map(k=>`${a(`status.${k}`)} ${x(t(s.id,k),r)}`).join(", ")||a("app.none")})}):null]},s.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),d.budgetComplianceByDezernat.length===0?e.jsx(v,{children:a("app.none")}):e.jsx(O,{label:a("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:d.budgetComplianceByDezernat.map(s=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:s.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(s.figures.plan,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.figures.noData?a("budget.noData"):z(s.figures.actual,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:C(s.figures.adherence,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(s.figures.hspPlanned,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(s.figures.hspRealised,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:C(s.figures.hspRealisation,r)})]},s.orgUnit.id))})]})})]}),e.jsx(he,{})]})}})]})}function he(){const{t:a}=j(),{year:r}=f(),[l,c]=N({query:ie,variables:{year:r}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(w,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>{const n=o.kpis.nodes,d=o.kpis.totalCount;return d===0?e.jsx(v,{children:a("start.office.noRed")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"red-count","data-total":d,children:a("start.office.redCount",{n:d})}),e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.map(m=>e.jsxs("li",{children:[e.jsx(B,{light:"RED",degree:m.achievement.degree,compact:!0})," ",e.jsx(b,{className:"kern-link",href:_.kpi(m.id),children:m.name}),m.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",m.goal.orgUnit.name]}):null]},m.id)),d>n.length?e.jsx("li",{children:e.jsxs(b,{className:"kern-link",href:_.kpis()+"?ampel=RED&bereich=alle",children:[a("budget.showing",{n:n.length,total:d})," – ",a("nav.kpis")]})}):null]})]})}})]})}function ue(){const{t:a}=j(),{me:r,year:l}=f(),c=r.ledUnits[0],[o,n]=N({query:ce,variables:{year:l,orgUnit:c?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(w,{...o,retry:()=>n({requestPolicy:"network-only"}),children:d=>{const m=d.agreementStatusOverview;if(m.length===0)return e.jsx(v,{children:a("start.none")});const u=A(L(m));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:u.concluded,total:u.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(u.total,1),value:u.concluded,"aria-label":a("start.leadership.progress",{done:u.concluded,total:u.total})}),e.jsx(O,{label:a("start.leadership.caption",{unit:c?.name??"",year:l}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:c?.name??"",year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),g.map(i=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${i}`)},i)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(i=>{const t=A(i);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i.total}),g.map(s=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:M(i,s)||""},s)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.assessed})]},i.orgUnit.id)})})]})})]})}})]})}function $({role:a}){const{t:r}=j(),{year:l}=f(),[c,o]=N({query:de,variables:{year:l,role:a}}),n=r(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:n}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:d=>d.agreements.nodes.length===0?e.jsx(v,{children:r("start.none")}):e.jsx(G,{agreements:d.agreements.nodes,caption:n})})]})}const ke={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"},ACKNOWLEDGE:{de:"Beurteilung bestätigen oder Einspruch einlegen",en:"Acknowledge the assessment or object"},OBJECTION_ASSIGN:{de:"Einspruch der Paritätischen Kommission zuweisen",en:"Assign the objection to the joint commission"},OBJECTION_DECIDE:{de:"Über den Einspruch entscheiden (Kommission)",en:"Decide the objection (commission)"}};function D(){const{t:a,lang:r}=j(),[l,c]=N({query:oe});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(w,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>o.myTasks.length===0?e.jsx(v,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:o.myTasks.slice(0,30).map((n,d)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:ke[n.kind]?.[r]??n.kind})})," ",n.agreement?e.jsxs(b,{className:"kern-link",href:_.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(b,{className:"kern-link",href:_.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",R(n.period,r)]}):null,n.onBehalfOf?e.jsxs("span",{className:"kern-body--muted",children:[" (",a("task.onBehalfOf",{name:n.onBehalfOf.name}),")"]}):null," ",e.jsx(se,{due:n.due,overdue:n.overdue})]},d))})})]})}function Ee(){const{t:a}=j(),{me:r}=f(),l=U(r);return e.jsxs("div",{"data-start":l,"data-testid":`start-${l}`,children:[l==="office"?e.jsx(me,{}):null,l==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(S,{title:a("start.leadership.title"),create:!0}),e.jsx(q,{}),e.jsx(ue,{}),e.jsx(D,{}),e.jsx($,{role:"AGENT"}),e.jsx($,{role:"PRINCIPAL"})]}):null,l==="manager"||l==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(S,{title:a("start.manager.title"),create:!0}),e.jsx(D,{}),e.jsx($,{role:"AGENT"}),e.jsx($,{role:"PRINCIPAL"})]}):null,l==="hr"?e.jsx(V,{}):null,l==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(S,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(b,{className:"kern-link",href:_.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(b,{className:"kern-link",href:_.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(b,{className:"kern-link",href:_.import(),children:a("nav.import")})})]}),e.jsx(D,{})]}):null,e.jsx(ne,{})]})}export{Ee as default};
