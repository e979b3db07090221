import{u as p,a as y,b as g,r as z,j as e,Q as w,g as f,E as v,L as _,p as j,c as T,s as U}from"./index-BmWoV2n4.js";import{Y as K}from"./YearSelect-C5Ym7gkG.js";import{L as F}from"./Light-B3kosOp-.js";import{s as N,N as B,c as C,a as L,b as M,A as G}from"./NewAgreementButton-QOIpVAX8.js";import{f as k,a as O,b as H,c as A}from"./format-wML3mmU2.js";import V from"./PayResults-DJIKXwJv.js";import{f as S}from"./period-DnoS-r4z.js";import{S as Q}from"./StatusBadge-BPJboWAS.js";import{T as $}from"./TableRegion-g6OnVh2B.js";import{C as I}from"./Chart-BWWjTh2D.js";import{o as W}from"./mutation-CEYMJlon.js";import{F as Y}from"./FormAlert-D-j1WR_u.js";import{O as J}from"./payDocs-CaXJS3JH.js";import{O as Z}from"./ObjectionsTable-TD6pZe4r.js";import"./PayLayout-BkfLXLuy.js";import"./DataTable-Q6mXcUpT.js";const X=f(`
  query RedKpiTrend($year: Int!) {
    redKpiTrend(year: $year) {
      year
      quarter
      red
      rated
    }
  }
`),ee="#b91c1c";function se(){const{t:s,lang:a}=p(),{year:l}=y(),[c,o]=g({query:X,variables:{year:l}}),n=c.data?.redKpiTrend??[],d=z.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},grid:{left:8,right:16,top:16,bottom:8,containLabel:!0},xAxis:{type:"category",data:n.map(i=>S(i,a))},yAxis:{type:"value",minInterval:1},series:[{name:s("risk.trendRed"),type:"bar",itemStyle:{color:ee},data:n.map(i=>i.red)}]}),[c.data,a]);if(c.error?.graphQLErrors.some(i=>i.extensions?.code==="FORBIDDEN"))return null;const m=s("risk.trendTitle",{year:l}),u=n.map(i=>`${S(i,a)}: ${s("risk.redOf",{n:k(i.red,a),kpis:k(i.rated,a)})}`).join("; ");return e.jsxs("section",{"aria-labelledby":"trend-h",className:"zw-section","data-testid":"red-kpi-trend",children:[e.jsx("h3",{id:"trend-h",className:"kern-heading-small",children:m}),e.jsx("p",{className:"kern-body kern-body--muted",children:s("risk.trendIntro")}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:()=>e.jsxs(e.Fragment,{children:[e.jsx(I,{option:d,label:`${m}: ${u}`,height:240}),e.jsx($,{label:m,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"red-kpi-trend-table",children:[e.jsx("caption",{className:"kern-sr-only",children:m}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("risk.trendQuarter")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("risk.trendRed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("risk.trendRated")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(i=>e.jsxs("tr",{className:"kern-table__row","data-quarter":i.quarter,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:S(i,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"red",children:k(i.red,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"rated",children:k(i.rated,a)})]},i.quarter))})]})})]})})]})}const q=f(`
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
`),ae={DRAFT:"#6b7280",PROPOSED:"#b45309",AGREED:"#1d4f91",REVIEWED:"#6b21a8",ASSESSED:"#0f766e",CLOSED:"#166534"};function re(s){return`${j.kpis()}?ampel=RED&bereich=${encodeURIComponent(s)}`}function P(){const{t:s,lang:a}=p(),{year:l}=y(),[c,o]=g({query:q,variables:{year:l}}),n=c.data?.riskOverview??[],d=(t,r)=>t.counts.find(h=>h.status===r)?.count??0,m=z.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},legend:{bottom:0},grid:{left:8,right:16,top:8,bottom:48,containLabel:!0},xAxis:{type:"value",minInterval:1},yAxis:{type:"category",inverse:!0,data:n.map(t=>t.dezernat.code||t.dezernat.name)},series:N.map(t=>({name:s(`status.${t}`),type:"bar",stack:"status",itemStyle:{color:ae[t]},data:n.map(r=>d(r,t))}))}),[c.data,a]);if(c.error?.graphQLErrors.some(t=>t.extensions?.code==="FORBIDDEN"))return null;const u=s("risk.title",{year:l}),i=n.map(t=>`${t.dezernat.name}: `+N.map(r=>`${s(`status.${r}`)} ${d(t,r)}`).join(", ")).join("; ");return e.jsxs("section",{"aria-labelledby":"risk-h",className:"zw-section","data-testid":"risk-overview",children:[e.jsx("h2",{id:"risk-h",className:"kern-heading-medium",children:u}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:()=>n.length===0?e.jsx(v,{children:s("app.none")}):e.jsxs(e.Fragment,{children:[e.jsx(I,{option:m,label:`${s("risk.chart")}: ${i}`,height:Math.max(200,n.length*40+80)}),e.jsx($,{label:u,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"risk-table",children:[e.jsx("caption",{className:"kern-sr-only",children:u}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("risk.dezernat")}),N.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("risk.notAgreed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("risk.overdue")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("risk.redKpis")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("risk.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(t=>e.jsxs("tr",{className:"kern-table__row","data-unit":t.dezernat.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.dezernat.name}),N.map(r=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-status":r,children:k(d(t,r),a)},r)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"notAgreed",children:k(t.notAgreed,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"overdue",children:t.overdue>0?e.jsx("strong",{className:"zw-due--overdue",children:s("risk.overdueCount",{n:k(t.overdue,a)})}):"0"}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"redKpis",children:t.redKpis>0?e.jsx(_,{className:"kern-link",href:re(t.dezernat.id),"aria-label":s("risk.redKpisOf",{n:t.redKpis,kpis:t.kpis,unit:t.dezernat.name}),children:s("risk.redOf",{n:k(t.redKpis,a),kpis:k(t.kpis,a)})}):s("risk.redOf",{n:"0",kpis:k(t.kpis,a)})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"shortfall",children:O(t.shortfall,a)})]},t.dezernat.id))})]})})]})}),e.jsx(se,{})]})}function te({due:s,overdue:a}){const{t:l,lang:c}=p(),o=H(s,c);return e.jsx("span",{className:a?"zw-due zw-due--overdue":"zw-due","data-testid":"task-due","data-overdue":a||void 0,children:a?l("task.overdueSince",{day:o}):l("task.dueOn",{day:o})})}const ne=f(`
  query MyReminders {
    me {
      remindersOptOut
    }
  }
`),le=f(`
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
`);function ie(){const{t:s,lang:a}=p(),[l]=g({query:ne}),[c,o]=T(le),[n,d]=z.useState(null),[m,u]=z.useState(!1),i=z.useId(),t=l.data?.me.remindersOptOut;if(t===void 0)return null;const r=async h=>{u(!1);const x=await o({optOut:!h}),b=W(x,"remindersSet",a);d(b.error),u(b.ok)};return e.jsxs("section",{"aria-labelledby":`${i}-h`,className:"zw-section","data-testid":"reminder-setting",children:[e.jsx("h2",{id:`${i}-h`,className:"kern-heading-small",children:s("reminders.title")}),e.jsx(Y,{error:n,fieldErrors:{},known:[]}),e.jsxs("div",{className:"kern-form-check",children:[e.jsx("input",{id:i,type:"checkbox",className:"kern-form-check__checkbox",checked:!t,disabled:c.fetching,"aria-describedby":`${i}-hint`,onChange:h=>{r(h.target.checked)}}),e.jsx("label",{htmlFor:i,className:"kern-label",children:s("reminders.on")})]}),e.jsx("p",{id:`${i}-hint`,className:"kern-body kern-body--muted",children:s("reminders.hint")}),e.jsx("p",{className:"kern-body",role:"status",children:m?s("reminders.saved"):""})]})}const ce=f(`
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
`),de=f(`
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
`),oe=f(`
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
`),me=f(`
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
`),he=f(`
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
`);function E({title:s,create:a=!1}){const{years:l,year:c,setYear:o}=y();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:s}),e.jsxs("div",{className:"zw-pagehead__tools",children:[a?e.jsx(B,{}):null,e.jsx(K,{years:l,value:c,onChange:o})]})]})}function ue(){const{t:s,lang:a}=p(),{year:l}=y(),[c,o]=g({query:ce,variables:{year:l}}),[n]=g({query:q,variables:{year:l}});return e.jsxs(e.Fragment,{children:[e.jsx(E,{title:s("start.office.title"),create:!0}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:d=>{const m=[...d.orgUnits.nodes,...d.fachbereiche.nodes],u=new Map(d.dezernatAgreements.map(r=>[r.orgUnit.id,r])),i=n.data?.riskOverview,t=(r,h)=>{const x=i?.find(b=>b.dezernat.id===r);return x?x.counts.find(b=>b.status===h)?.count??0:null};return e.jsxs(e.Fragment,{children:[e.jsx(P,{}),e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:s("start.office.matrix")}),e.jsxs("p",{className:"kern-body zw-matrix-legend","data-testid":"matrix-legend",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",s("start.office.matrixLegend")]}),e.jsx($,{label:s("start.office.matrixCaption",{year:l}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.office.matrixCaption",{year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),N.map(r=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:s(`status.${r}`)},r)),e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(r=>{const h=u.get(r.id);return e.jsxs("tr",{className:"kern-table__row","data-unit":r.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:h?e.jsx(_,{className:"kern-link",href:j.agreement(h.id),children:r.name}):r.name}),N.map(x=>{const b=t(r.id,x);return e.jsxs("td",{className:"kern-table__cell zw-matrix__cell","data-status":x,"data-count":b??void 0,children:[h?.status===x?e.jsxs("span",{className:"zw-matrix__mark","data-testid":"matrix-ob",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",e.jsxs("span",{className:"kern-sr-only",children:[s("start.office.matrixOb",{status:s(`status.${x}`)}),", "]})]}):null,e.jsx("span",{className:b?"zw-matrix__count":"zw-matrix__count zw-matrix__count--zero",children:k(b,a)}),e.jsxs("span",{className:"kern-sr-only",children:[" ",s(`status.${x}`)]})]},x)}),e.jsx("td",{className:"kern-table__cell",children:h?h.agent.name:e.jsx("em",{children:s("status.NONE")})})]},r.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":s("start.office.matrixCaption",{year:l}),children:m.map(r=>{const h=u.get(r.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:h?e.jsx(_,{className:"kern-link",href:j.agreement(h.id),children:r.name}):r.name}),h?e.jsx(Q,{status:h.status}):e.jsx("em",{className:"kern-body--muted",children:s("status.NONE")}),h?e.jsxs("span",{className:"kern-body--small",children:[s("agreement.agent"),": ",h.agent.name]}):null,i?e.jsx("span",{className:"kern-body--small","data-testid":"list-counts",children:s("start.office.listCounts",{counts:N.filter(x=>(t(r.id,x)??0)>0).map(x=>`${s(`status.${x}`)} ${k(t(r.id,x),a)}`).join(", ")||s("app.none")})}):null]},r.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:s("start.office.budget")}),d.budgetComplianceByDezernat.length===0?e.jsx(v,{children:s("app.none")}):e.jsx($,{label:s("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[s("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[s("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:d.budgetComplianceByDezernat.map(r=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:O(r.figures.plan,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.figures.noData?s("budget.noData"):O(r.figures.actual,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:A(r.figures.adherence,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:O(r.figures.hspPlanned,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:O(r.figures.hspRealised,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:A(r.figures.hspRealisation,a)})]},r.orgUnit.id))})]})})]}),e.jsx(xe,{})]})}})]})}function xe(){const{t:s}=p(),{year:a}=y(),[l,c]=g({query:de,variables:{year:a}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:s("start.office.red")}),e.jsx(w,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>{const n=o.kpis.nodes,d=o.kpis.totalCount;return d===0?e.jsx(v,{children:s("start.office.noRed")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"red-count","data-total":d,children:s("start.office.redCount",{n:d})}),e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.map(m=>e.jsxs("li",{children:[e.jsx(F,{light:"RED",degree:m.achievement.degree,compact:!0})," ",e.jsx(_,{className:"kern-link",href:j.kpi(m.id),children:m.name}),m.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",m.goal.orgUnit.name]}):null]},m.id)),d>n.length?e.jsx("li",{children:e.jsxs(_,{className:"kern-link",href:j.kpis()+"?ampel=RED&bereich=alle",children:[s("budget.showing",{n:n.length,total:d})," – ",s("nav.kpis")]})}):null]})]})}})]})}function ke(){const{t:s}=p(),{me:a,year:l}=y(),c=a.ledUnits[0],[o,n]=g({query:oe,variables:{year:l,orgUnit:c?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:s("start.leadership.title")}),e.jsx(w,{...o,retry:()=>n({requestPolicy:"network-only"}),children:d=>{const m=d.agreementStatusOverview;if(m.length===0)return e.jsx(v,{children:s("start.none")});const u=C(L(m));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:s("start.leadership.progress",{done:u.concluded,total:u.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(u.total,1),value:u.concluded,"aria-label":s("start.leadership.progress",{done:u.concluded,total:u.total})}),e.jsx($,{label:s("start.leadership.caption",{unit:c?.name??"",year:l}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.leadership.caption",{unit:c?.name??"",year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("app.total")}),N.map(i=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s(`status.${i}`)},i)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(i=>{const t=C(i);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i.total}),N.map(r=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:M(i,r)||""},r)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.assessed})]},i.orgUnit.id)})})]})})]})}})]})}function R({role:s}){const{t:a}=p(),{year:l}=y(),[c,o]=g({query:me,variables:{year:l,role:s}}),n=a(s==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${s}`,className:"zw-section","data-testid":`my-agreements-${s.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${s}`,className:"kern-heading-medium",children:n}),e.jsx(w,{...c,retry:()=>o({requestPolicy:"network-only"}),children:d=>d.agreements.nodes.length===0?e.jsx(v,{children:a("start.none")}):e.jsx(G,{agreements:d.agreements.nodes,caption:n})})]})}const pe={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"},ACKNOWLEDGE:{de:"Beurteilung bestätigen oder Einspruch einlegen",en:"Acknowledge the assessment or object"},OBJECTION_ASSIGN:{de:"Einspruch der Paritätischen Kommission zuweisen",en:"Assign the objection to the joint commission"},OBJECTION_DECIDE:{de:"Über den Einspruch entscheiden (Kommission)",en:"Decide the objection (commission)"}};function D(){const{t:s,lang:a}=p(),[l,c]=g({query:he});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:s("start.manager.tasks")}),e.jsx(w,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>o.myTasks.length===0?e.jsx(v,{children:s("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:o.myTasks.slice(0,30).map((n,d)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:pe[n.kind]?.[a]??n.kind})})," ",n.agreement?e.jsxs(_,{className:"kern-link",href:j.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(_,{className:"kern-link",href:j.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",S(n.period,a)]}):null,n.onBehalfOf?e.jsxs("span",{className:"kern-body--muted",children:[" (",s("task.onBehalfOf",{name:n.onBehalfOf.name}),")"]}):null," ",e.jsx(te,{due:n.due,overdue:n.overdue})]},d))})})]})}function be(){const{t:s}=p(),{year:a}=y(),[l,c]=g({query:J,variables:{year:a},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(E,{title:s("commission.startTitle")}),e.jsx("p",{className:"kern-body",children:s("commission.startIntro")}),e.jsx(w,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"commission-open-count",children:s("commission.openCount",{n:o.objections.filter(n=>!n.objection?.decision).length,year:a})}),e.jsx(Z,{cases:o.objections})]})})]})}function Ae(){const{t:s}=p(),{me:a}=y(),l=U(a);return e.jsxs("div",{"data-start":l,"data-testid":`start-${l}`,children:[l==="office"?e.jsx(ue,{}):null,l==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:s("start.leadership.title"),create:!0}),e.jsx(P,{}),e.jsx(ke,{}),e.jsx(D,{}),e.jsx(R,{role:"AGENT"}),e.jsx(R,{role:"PRINCIPAL"})]}):null,l==="manager"||l==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:s("start.manager.title"),create:!0}),e.jsx(D,{}),e.jsx(R,{role:"AGENT"}),e.jsx(R,{role:"PRINCIPAL"})]}):null,l==="hr"?e.jsx(V,{}):null,l==="commission"?e.jsx(be,{}):null,l==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:s("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:s("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(_,{className:"kern-link",href:j.kpis(),children:s("nav.kpis")})}),e.jsx("li",{children:e.jsx(_,{className:"kern-link",href:j.budget(),children:s("nav.budget")})}),e.jsx("li",{children:e.jsx(_,{className:"kern-link",href:j.import(),children:s("nav.import")})})]}),e.jsx(D,{})]}):null,e.jsx(ie,{})]})}export{Ae as default};
