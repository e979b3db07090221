import{u as j,a as f,b as N,r as E,j as e,Q as w,g as y,E as v,L as b,p as _,c as T,s as U}from"./index-DBb2yapz.js";import{Y as K}from"./YearSelect-BEo6V7r9.js";import{L as B}from"./Light-CimpX5s9.js";import{s as g,N as F,c as A,a as L,b as M,A as G}from"./NewAgreementButton-CogoPUgF.js";import{f as x,a as z,b as H,c as C}from"./format-wML3mmU2.js";import V from"./PayResults-CUQ7XHp7.js";import{f as R}from"./period-DnoS-r4z.js";import{S as Q}from"./StatusBadge-DICi_W6o.js";import{T as O}from"./TableRegion-CZEmvvEZ.js";import{C as I}from"./Chart-ZIdIy4AB.js";import{o as W}from"./mutation-CSQjqNWY.js";import{F as Y}from"./FormAlert-D4GENfCt.js";const J=y(`
  query RedKpiTrend($year: Int!) {
    redKpiTrend(year: $year) {
      year
      quarter
      red
      rated
    }
  }
`),Z="#b91c1c";function X(){const{t:a,lang:s}=j(),{year:l}=f(),[c,o]=N({query:J,variables:{year:l}}),n=c.data?.redKpiTrend??[],d=E.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},grid:{left:8,right:16,top:16,bottom:8,containLabel:!0},xAxis:{type:"category",data:n.map(i=>R(i,s))},yAxis:{type:"value",minInterval:1},series:[{name:a("risk.trendRed"),type:"bar",itemStyle:{color:Z},data:n.map(i=>i.red)}]}),[c.data,s]);if(c.error?.graphQLErrors.some(i=>i.extensions?.code==="FORBIDDEN"))return null;const m=a("risk.trendTitle",{year:l}),u=n.map(i=>`${R(i,s)}: ${a("risk.redOf",{n:x(i.red,s),kpis:x(i.rated,s)})}`).join("; ");return e.jsxs("section",{"aria-labelledby":"trend-h",className:"zw-section","data-testid":"red-kpi-trend",children:[e.jsx("h3",{id:"trend-h",className:"kern-heading-small",children:m}),e.jsx("p",{className:"kern-body kern-body--muted",children:a("risk.trendIntro")}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:()=>e.jsxs(e.Fragment,{children:[e.jsx(I,{option:d,label:`${m}: ${u}`,height:240}),e.jsx(O,{label:m,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"red-kpi-trend-table",children:[e.jsx("caption",{className:"kern-sr-only",children:m}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.trendQuarter")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.trendRed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.trendRated")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(i=>e.jsxs("tr",{className:"kern-table__row","data-quarter":i.quarter,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:R(i,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"red",children:x(i.red,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"rated",children:x(i.rated,s)})]},i.quarter))})]})})]})})]})}const P=y(`
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
      overdue
      kpis
      redKpis
      shortfall
    }
  }
`),ee={DRAFT:"#6b7280",PROPOSED:"#b45309",AGREED:"#1d4f91",REVIEWED:"#6b21a8",ASSESSED:"#0f766e",CLOSED:"#166534"};function ae(a){return`${_.kpis()}?ampel=RED&bereich=${encodeURIComponent(a)}`}function q(){const{t:a,lang:s}=j(),{year:l}=f(),[c,o]=N({query:P,variables:{year:l}}),n=c.data?.riskOverview??[],d=(t,r)=>t.counts.find(h=>h.status===r)?.count??0,m=E.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},legend:{bottom:0},grid:{left:8,right:16,top:8,bottom:48,containLabel:!0},xAxis:{type:"value",minInterval:1},yAxis:{type:"category",inverse:!0,data:n.map(t=>t.dezernat.code||t.dezernat.name)},series:g.map(t=>({name:a(`status.${t}`),type:"bar",stack:"status",itemStyle:{color:ee[t]},data:n.map(r=>d(r,t))}))}),[c.data,s]);if(c.error?.graphQLErrors.some(t=>t.extensions?.code==="FORBIDDEN"))return null;const u=a("risk.title",{year:l}),i=n.map(t=>`${t.dezernat.name}: `+g.map(r=>`${a(`status.${r}`)} ${d(t,r)}`).join(", ")).join("; ");return e.jsxs("section",{"aria-labelledby":"risk-h",className:"zw-section","data-testid":"risk-overview",children:[e.jsx("h2",{id:"risk-h",className:"kern-heading-medium",children:u}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:()=>n.length===0?e.jsx(v,{children:a("app.none")}):e.jsxs(e.Fragment,{children:[e.jsx(I,{option:m,label:`${a("risk.chart")}: ${i}`,height:Math.max(200,n.length*40+80)}),e.jsx(O,{label:u,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"risk-table",children:[e.jsx("caption",{className:"kern-sr-only",children:u}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.dezernat")}),g.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.notAgreed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.overdue")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.redKpis")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(t=>e.jsxs("tr",{className:"kern-table__row","data-unit":t.dezernat.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.dezernat.name}),g.map(r=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-status":r,children:x(d(t,r),s)},r)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"notAgreed",children:x(t.notAgreed,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"overdue",children:t.overdue>0?e.jsx("strong",{className:"zw-due--overdue",children:a("risk.overdueCount",{n:x(t.overdue,s)})}):"0"}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"redKpis",children:t.redKpis>0?e.jsx(b,{className:"kern-link",href:ae(t.dezernat.id),"aria-label":a("risk.redKpisOf",{n:t.redKpis,kpis:t.kpis,unit:t.dezernat.name}),children:a("risk.redOf",{n:x(t.redKpis,s),kpis:x(t.kpis,s)})}):a("risk.redOf",{n:"0",kpis:x(t.kpis,s)})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"shortfall",children:z(t.shortfall,s)})]},t.dezernat.id))})]})})]})}),e.jsx(X,{})]})}function se({due:a,overdue:s}){const{t:l,lang:c}=j(),o=H(a,c);return e.jsx("span",{className:s?"zw-due zw-due--overdue":"zw-due","data-testid":"task-due","data-overdue":s||void 0,children:s?l("task.overdueSince",{day:o}):l("task.dueOn",{day:o})})}const re=y(`
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
`);function ne(){const{t:a,lang:s}=j(),[l]=N({query:re}),[c,o]=T(te),[n,d]=E.useState(null),[m,u]=E.useState(!1),i=E.useId(),t=l.data?.me.remindersOptOut;if(t===void 0)return null;const r=async h=>{u(!1);const k=await o({optOut:!h}),p=W(k,"remindersSet",s);d(p.error),u(p.ok)};return e.jsxs("section",{"aria-labelledby":`${i}-h`,className:"zw-section","data-testid":"reminder-setting",children:[e.jsx("h2",{id:`${i}-h`,className:"kern-heading-small",children:a("reminders.title")}),e.jsx(Y,{error:n,fieldErrors:{},known:[]}),e.jsxs("div",{className:"kern-form-check",children:[e.jsx("input",{id:i,type:"checkbox",className:"kern-form-check__checkbox",checked:!t,disabled:c.fetching,"aria-describedby":`${i}-hint`,onChange:h=>{r(h.target.checked)}}),e.jsx("label",{htmlFor:i,className:"kern-label",children:a("reminders.on")})]}),e.jsx("p",{id:`${i}-hint`,className:"kern-body kern-body--muted",children:a("reminders.hint")}),e.jsx("p",{className:"kern-body",role:"status",children:m?a("reminders.saved"):""})]})}const le=y(`
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
`);function S({title:a,create:s=!1}){const{years:l,year:c,setYear:o}=f();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[s?e.jsx(F,{}):null,e.jsx(K,{years:l,value:c,onChange:o})]})]})}function me(){const{t:a,lang:s}=j(),{year:l}=f(),[c,o]=N({query:le,variables:{year:l}}),[n]=N({query:P,variables:{year:l}});return e.jsxs(e.Fragment,{children:[e.jsx(S,{title:a("start.office.title"),create:!0}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:d=>{const m=[...d.orgUnits.nodes,...d.fachbereiche.nodes],u=new Map(d.dezernatAgreements.map(r=>[r.orgUnit.id,r])),i=n.data?.riskOverview,t=(r,h)=>{const k=i?.find(p=>p.dezernat.id===r);return k?k.counts.find(p=>p.status===h)?.count??0:null};return e.jsxs(e.Fragment,{children:[e.jsx(q,{}),e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsxs("p",{className:"kern-body zw-matrix-legend","data-testid":"matrix-legend",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",a("start.office.matrixLegend")]}),e.jsx(O,{label:a("start.office.matrixCaption",{year:l}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),g.map(r=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${r}`)},r)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(r=>{const h=u.get(r.id);return e.jsxs("tr",{className:"kern-table__row","data-unit":r.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:h?e.jsx(b,{className:"kern-link",href:_.agreement(h.id),children:r.name}):r.name}),g.map(k=>{const p=t(r.id,k);return e.jsxs("td",{className:"kern-table__cell zw-matrix__cell","data-status":k,"data-count":p??void 0,children:[h?.status===k?e.jsxs("span",{className:"zw-matrix__mark","data-testid":"matrix-ob",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",e.jsxs("span",{className:"kern-sr-only",children:[a("start.office.matrixOb",{status:a(`status.${k}`)}),", "]})]}):null,e.jsx("span",{className:p?"zw-matrix__count":"zw-matrix__count zw-matrix__count--zero",children:x(p,s)}),e.jsxs("span",{className:"kern-sr-only",children:[" ",a(`status.${k}`)]})]},k)}),e.jsx("td",{className:"kern-table__cell",children:h?h.agent.name:e.jsx("em",{children:a("status.NONE")})})]},r.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":a("start.office.matrixCaption",{year:l}),children:m.map(r=>{const h=u.get(r.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:h?e.jsx(b,{className:"kern-link",href:_.agreement(h.id),children:r.name}):r.name}),h?e.jsx(Q,{status:h.status}):e.jsx("em",{className:"kern-body--muted",children:a("status.NONE")}),h?e.jsxs("span",{className:"kern-body--small",children:[a("agreement.agent"),": ",h.agent.name]}):null,i?e.jsx("span",{className:"kern-body--small","data-testid":"list-counts",children:a("start.office.listCounts",{counts:g.filter(k=>(t(r.id,k)??0)>0).map(k=>`${a(`status.${k}`)} ${x(t(r.id,k),s)}`).join(", ")||a("app.none")})}):null]},r.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),d.budgetComplianceByDezernat.length===0?e.jsx(v,{children:a("app.none")}):e.jsx(O,{label:a("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:d.budgetComplianceByDezernat.map(r=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(r.figures.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.figures.noData?a("budget.noData"):z(r.figures.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:C(r.figures.adherence,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(r.figures.hspPlanned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(r.figures.hspRealised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:C(r.figures.hspRealisation,s)})]},r.orgUnit.id))})]})})]}),e.jsx(he,{})]})}})]})}function he(){const{t:a}=j(),{year:s}=f(),[l,c]=N({query:ie,variables:{year:s}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(w,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>{const n=o.kpis.nodes,d=o.kpis.totalCount;return d===0?e.jsx(v,{children:a("start.office.noRed")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"red-count","data-total":d,children:a("start.office.redCount",{n:d})}),e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.map(m=>e.jsxs("li",{children:[e.jsx(B,{light:"RED",degree:m.achievement.degree,compact:!0})," ",e.jsx(b,{className:"kern-link",href:_.kpi(m.id),children:m.name}),m.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",m.goal.orgUnit.name]}):null]},m.id)),d>n.length?e.jsx("li",{children:e.jsxs(b,{className:"kern-link",href:_.kpis()+"?ampel=RED&bereich=alle",children:[a("budget.showing",{n:n.length,total:d})," – ",a("nav.kpis")]})}):null]})]})}})]})}function ue(){const{t:a}=j(),{me:s,year:l}=f(),c=s.ledUnits[0],[o,n]=N({query:ce,variables:{year:l,orgUnit:c?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(w,{...o,retry:()=>n({requestPolicy:"network-only"}),children:d=>{const m=d.agreementStatusOverview;if(m.length===0)return e.jsx(v,{children:a("start.none")});const u=A(L(m));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:u.concluded,total:u.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(u.total,1),value:u.concluded,"aria-label":a("start.leadership.progress",{done:u.concluded,total:u.total})}),e.jsx(O,{label:a("start.leadership.caption",{unit:c?.name??"",year:l}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:c?.name??"",year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),g.map(i=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${i}`)},i)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(i=>{const t=A(i);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i.total}),g.map(r=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:M(i,r)||""},r)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.assessed})]},i.orgUnit.id)})})]})})]})}})]})}function $({role:a}){const{t:s}=j(),{year:l}=f(),[c,o]=N({query:de,variables:{year:l,role:a}}),n=s(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:n}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:d=>d.agreements.nodes.length===0?e.jsx(v,{children:s("start.none")}):e.jsx(G,{agreements:d.agreements.nodes,caption:n})})]})}const ke={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"},ACKNOWLEDGE:{de:"Beurteilung bestätigen oder Einspruch einlegen",en:"Acknowledge the assessment or object"},OBJECTION_ASSIGN:{de:"Einspruch der Paritätischen Kommission zuweisen",en:"Assign the objection to the joint commission"},OBJECTION_DECIDE:{de:"Über den Einspruch entscheiden (Kommission)",en:"Decide the objection (commission)"}};function D(){const{t:a,lang:s}=j(),[l,c]=N({query:oe});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(w,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>o.myTasks.length===0?e.jsx(v,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:o.myTasks.slice(0,30).map((n,d)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:ke[n.kind]?.[s]??n.kind})})," ",n.agreement?e.jsxs(b,{className:"kern-link",href:_.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(b,{className:"kern-link",href:_.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",R(n.period,s)]}):null,n.onBehalfOf?e.jsxs("span",{className:"kern-body--muted",children:[" (",a("task.onBehalfOf",{name:n.onBehalfOf.name}),")"]}):null," ",e.jsx(se,{due:n.due,overdue:n.overdue})]},d))})})]})}function Ee(){const{t:a}=j(),{me:s}=f(),l=U(s);return e.jsxs("div",{"data-start":l,"data-testid":`start-${l}`,children:[l==="office"?e.jsx(me,{}):null,l==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(S,{title:a("start.leadership.title"),create:!0}),e.jsx(q,{}),e.jsx(ue,{}),e.jsx(D,{}),e.jsx($,{role:"AGENT"}),e.jsx($,{role:"PRINCIPAL"})]}):null,l==="manager"||l==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(S,{title:a("start.manager.title"),create:!0}),e.jsx(D,{}),e.jsx($,{role:"AGENT"}),e.jsx($,{role:"PRINCIPAL"})]}):null,l==="hr"?e.jsx(V,{}):null,l==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(S,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(b,{className:"kern-link",href:_.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(b,{className:"kern-link",href:_.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(b,{className:"kern-link",href:_.import(),children:a("nav.import")})})]}),e.jsx(D,{})]}):null,e.jsx(ne,{})]})}export{Ee as default};
