import{u as p,a as b,b as j,r as O,j as e,Q as g,g as N,E as y,L as x,p as k,s as P}from"./index-COBGTKRe.js";import{Y as I}from"./YearSelect-8_Sc2Gjd.js";import{L as q}from"./Light-DXqnETyL.js";import{s as _,N as U,c as A,a as T,b as K,A as F}from"./NewAgreementButton-D5lQXf3b.js";import{f as u,a as w,b as C}from"./format-D0Qqy3Lg.js";import L from"./PayResults-_nX2nmu_.js";import{f as $}from"./period-DnoS-r4z.js";import{S as B}from"./StatusBadge-BMcWtwrR.js";import{T as v}from"./TableRegion-NQD3cOAM.js";import{C as S}from"./Chart-D2os0iV5.js";const M=N(`
  query RedKpiTrend($year: Int!) {
    redKpiTrend(year: $year) {
      year
      quarter
      red
      rated
    }
  }
`),G="#b91c1c";function H(){const{t:a,lang:t}=p(),{year:l}=b(),[c,m]=j({query:M,variables:{year:l}}),n=c.data?.redKpiTrend??[],d=O.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},grid:{left:8,right:16,top:16,bottom:8,containLabel:!0},xAxis:{type:"category",data:n.map(s=>$(s,t))},yAxis:{type:"value",minInterval:1},series:[{name:a("risk.trendRed"),type:"bar",itemStyle:{color:G},data:n.map(s=>s.red)}]}),[c.data,t]);if(c.error?.graphQLErrors.some(s=>s.extensions?.code==="FORBIDDEN"))return null;const o=a("risk.trendTitle",{year:l}),h=n.map(s=>`${$(s,t)}: ${a("risk.redOf",{n:u(s.red,t),kpis:u(s.rated,t)})}`).join("; ");return e.jsxs("section",{"aria-labelledby":"trend-h",className:"zw-section","data-testid":"red-kpi-trend",children:[e.jsx("h3",{id:"trend-h",className:"kern-heading-small",children:o}),e.jsx("p",{className:"kern-body kern-body--muted",children:a("risk.trendIntro")}),e.jsx(g,{...c,retry:()=>m({requestPolicy:"network-only"}),children:()=>e.jsxs(e.Fragment,{children:[e.jsx(S,{option:d,label:`${o}: ${h}`,height:240}),e.jsx(v,{label:o,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"red-kpi-trend-table",children:[e.jsx("caption",{className:"kern-sr-only",children:o}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.trendQuarter")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.trendRed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.trendRated")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(s=>e.jsxs("tr",{className:"kern-table__row","data-quarter":s.quarter,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:$(s,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"red",children:u(s.red,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"rated",children:u(s.rated,t)})]},s.quarter))})]})})]})})]})}const V=N(`
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
`),Q={DRAFT:"#6b7280",PROPOSED:"#b45309",AGREED:"#1d4f91",REVIEWED:"#6b21a8",ASSESSED:"#0f766e",CLOSED:"#166534"};function Y(a){return`${k.kpis()}?ampel=RED&bereich=${encodeURIComponent(a)}`}function D(){const{t:a,lang:t}=p(),{year:l}=b(),[c,m]=j({query:V,variables:{year:l}}),n=c.data?.riskOverview??[],d=(r,i)=>r.counts.find(f=>f.status===i)?.count??0,o=O.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},legend:{bottom:0},grid:{left:8,right:16,top:8,bottom:48,containLabel:!0},xAxis:{type:"value",minInterval:1},yAxis:{type:"category",inverse:!0,data:n.map(r=>r.dezernat.code||r.dezernat.name)},series:_.map(r=>({name:a(`status.${r}`),type:"bar",stack:"status",itemStyle:{color:Q[r]},data:n.map(i=>d(i,r))}))}),[c.data,t]);if(c.error?.graphQLErrors.some(r=>r.extensions?.code==="FORBIDDEN"))return null;const h=a("risk.title",{year:l}),s=n.map(r=>`${r.dezernat.name}: `+_.map(i=>`${a(`status.${i}`)} ${d(r,i)}`).join(", ")).join("; ");return e.jsxs("section",{"aria-labelledby":"risk-h",className:"zw-section","data-testid":"risk-overview",children:[e.jsx("h2",{id:"risk-h",className:"kern-heading-medium",children:h}),e.jsx(g,{...c,retry:()=>m({requestPolicy:"network-only"}),children:()=>n.length===0?e.jsx(y,{children:a("app.none")}):e.jsxs(e.Fragment,{children:[e.jsx(S,{option:o,label:`${a("risk.chart")}: ${s}`,height:Math.max(200,n.length*40+80)}),e.jsx(v,{label:h,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"risk-table",children:[e.jsx("caption",{className:"kern-sr-only",children:h}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.dezernat")}),_.map(r=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${r}`)},r)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.notAgreed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.redKpis")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(r=>e.jsxs("tr",{className:"kern-table__row","data-unit":r.dezernat.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r.dezernat.name}),_.map(i=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-status":i,children:u(d(r,i),t)},i)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"notAgreed",children:u(r.notAgreed,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"redKpis",children:r.redKpis>0?e.jsx(x,{className:"kern-link",href:Y(r.dezernat.id),"aria-label":a("risk.redKpisOf",{n:r.redKpis,kpis:r.kpis,unit:r.dezernat.name}),children:a("risk.redOf",{n:u(r.redKpis,t),kpis:u(r.kpis,t)})}):a("risk.redOf",{n:"0",kpis:u(r.kpis,t)})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"shortfall",children:w(r.shortfall,t)})]},r.dezernat.id))})]})})]})}),e.jsx(H,{})]})}const W=N(`
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
    matrixCounts: riskOverview(year: $year) {
      dezernat {
        id
      }
      counts {
        status
        count
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
`),Z=N(`
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
`),J=N(`
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
`),X=N(`
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
`),ee=N(`
  query MyTasks {
    myTasks {
      kind
      period
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
`);function E({title:a,create:t=!1}){const{years:l,year:c,setYear:m}=b();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[t?e.jsx(U,{}):null,e.jsx(I,{years:l,value:c,onChange:m})]})]})}function ae(){const{t:a,lang:t}=p(),{year:l}=b(),[c,m]=j({query:W,variables:{year:l}});return e.jsxs(e.Fragment,{children:[e.jsx(E,{title:a("start.office.title"),create:!0}),e.jsx(g,{...c,retry:()=>m({requestPolicy:"network-only"}),children:n=>{const d=[...n.orgUnits.nodes,...n.fachbereiche.nodes],o=new Map(n.dezernatAgreements.map(s=>[s.orgUnit.id,s])),h=(s,r)=>n.matrixCounts.find(i=>i.dezernat.id===s)?.counts.find(i=>i.status===r)?.count??0;return e.jsxs(e.Fragment,{children:[e.jsx(D,{}),e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsxs("p",{className:"kern-body zw-matrix-legend","data-testid":"matrix-legend",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",a("start.office.matrixLegend")]}),e.jsx(v,{label:a("start.office.matrixCaption",{year:l}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),_.map(s=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${s}`)},s)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:d.map(s=>{const r=o.get(s.id);return e.jsxs("tr",{className:"kern-table__row","data-unit":s.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r?e.jsx(x,{className:"kern-link",href:k.agreement(r.id),children:s.name}):s.name}),_.map(i=>{const f=h(s.id,i);return e.jsxs("td",{className:"kern-table__cell zw-matrix__cell","data-status":i,"data-count":f,children:[r?.status===i?e.jsxs("span",{className:"zw-matrix__mark","data-testid":"matrix-ob",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",e.jsxs("span",{className:"kern-sr-only",children:[a("start.office.matrixOb",{status:a(`status.${i}`)}),", "]})]}):null,e.jsx("span",{className:f===0?"zw-matrix__count zw-matrix__count--zero":"zw-matrix__count",children:u(f,t)}),e.jsxs("span",{className:"kern-sr-only",children:[" ",a(`status.${i}`)]})]},i)}),e.jsx("td",{className:"kern-table__cell",children:r?r.agent.name:e.jsx("em",{children:a("status.NONE")})})]},s.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":a("start.office.matrixCaption",{year:l}),children:d.map(s=>{const r=o.get(s.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:r?e.jsx(x,{className:"kern-link",href:k.agreement(r.id),children:s.name}):s.name}),r?e.jsx(B,{status:r.status}):e.jsx("em",{className:"kern-body--muted",children:a("status.NONE")}),r?e.jsxs("span",{className:"kern-body--small",children:[a("agreement.agent"),": ",r.agent.name]}):null,e.jsx("span",{className:"kern-body--small","data-testid":"list-counts",children:a("start.office.listCounts",{counts:_.filter(i=>h(s.id,i)>0).map(i=>`${a(`status.${i}`)} ${u(h(s.id,i),t)}`).join(", ")||a("app.none")})})]},s.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),n.budgetComplianceByDezernat.length===0?e.jsx(y,{children:a("app.none")}):e.jsx(v,{label:a("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.budgetComplianceByDezernat.map(s=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:s.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:w(s.figures.plan,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.figures.noData?a("budget.noData"):w(s.figures.actual,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:C(s.figures.adherence,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:w(s.figures.hspPlanned,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:w(s.figures.hspRealised,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:C(s.figures.hspRealisation,t)})]},s.orgUnit.id))})]})})]}),e.jsx(se,{})]})}})]})}function se(){const{t:a}=p(),{year:t}=b(),[l,c]=j({query:Z,variables:{year:t}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(g,{...l,retry:()=>c({requestPolicy:"network-only"}),children:m=>{const n=m.kpis.nodes,d=m.kpis.totalCount;return d===0?e.jsx(y,{children:a("start.office.noRed")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"red-count","data-total":d,children:a("start.office.redCount",{n:d})}),e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.map(o=>e.jsxs("li",{children:[e.jsx(q,{light:"RED",degree:o.achievement.degree,compact:!0})," ",e.jsx(x,{className:"kern-link",href:k.kpi(o.id),children:o.name}),o.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",o.goal.orgUnit.name]}):null]},o.id)),d>n.length?e.jsx("li",{children:e.jsxs(x,{className:"kern-link",href:k.kpis()+"?ampel=RED&bereich=alle",children:[a("budget.showing",{n:n.length,total:d})," – ",a("nav.kpis")]})}):null]})]})}})]})}function re(){const{t:a}=p(),{me:t,year:l}=b(),c=t.ledUnits[0],[m,n]=j({query:J,variables:{year:l,orgUnit:c?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(g,{...m,retry:()=>n({requestPolicy:"network-only"}),children:d=>{const o=d.agreementStatusOverview;if(o.length===0)return e.jsx(y,{children:a("start.none")});const h=A(T(o));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:h.concluded,total:h.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(h.total,1),value:h.concluded,"aria-label":a("start.leadership.progress",{done:h.concluded,total:h.total})}),e.jsx(v,{label:a("start.leadership.caption",{unit:c?.name??"",year:l}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:c?.name??"",year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),_.map(s=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${s}`)},s)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:o.map(s=>{const r=A(s);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:s.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.total}),_.map(i=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:K(s,i)||""},i)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.assessed})]},s.orgUnit.id)})})]})})]})}})]})}function z({role:a}){const{t}=p(),{year:l}=b(),[c,m]=j({query:X,variables:{year:l,role:a}}),n=t(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:n}),e.jsx(g,{...c,retry:()=>m({requestPolicy:"network-only"}),children:d=>d.agreements.nodes.length===0?e.jsx(y,{children:t("start.none")}):e.jsx(F,{agreements:d.agreements.nodes,caption:n})})]})}const te={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"}};function R(){const{t:a,lang:t}=p(),[l,c]=j({query:ee});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(g,{...l,retry:()=>c({requestPolicy:"network-only"}),children:m=>m.myTasks.length===0?e.jsx(y,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:m.myTasks.slice(0,30).map((n,d)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:te[n.kind]?.[t]??n.kind})})," ",n.agreement?e.jsxs(x,{className:"kern-link",href:k.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(x,{className:"kern-link",href:k.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",$(n.period,t)]}):null]},d))})})]})}function ke(){const{t:a}=p(),{me:t}=b(),l=P(t);return e.jsxs("div",{"data-start":l,"data-testid":`start-${l}`,children:[l==="office"?e.jsx(ae,{}):null,l==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:a("start.leadership.title"),create:!0}),e.jsx(D,{}),e.jsx(re,{}),e.jsx(R,{}),e.jsx(z,{role:"AGENT"}),e.jsx(z,{role:"PRINCIPAL"})]}):null,l==="manager"||l==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:a("start.manager.title"),create:!0}),e.jsx(R,{}),e.jsx(z,{role:"AGENT"}),e.jsx(z,{role:"PRINCIPAL"})]}):null,l==="hr"?e.jsx(L,{}):null,l==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(x,{className:"kern-link",href:k.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(x,{className:"kern-link",href:k.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(x,{className:"kern-link",href:k.import(),children:a("nav.import")})})]}),e.jsx(R,{})]}):null]})}export{ke as default};
