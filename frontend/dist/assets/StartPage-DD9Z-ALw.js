import{u as p,a as _,b,r as $,j as e,Q as g,E as j,L as k,p as x,g as N,s as C}from"./index-Dj2rVZnF.js";import{Y as P}from"./YearSelect-cqRx9MkC.js";import{L as I}from"./Light-BX7Jcvn4.js";import{f,a as y,b as z}from"./format-D0Qqy3Lg.js";import{N as U,A as q}from"./NewAgreementButton-BsynvL2K.js";import T from"./PayResults-kUxP-vqF.js";import{f as F}from"./period-DnoS-r4z.js";import{S as K}from"./StatusBadge-mODNRSRd.js";import{T as v}from"./TableRegion-BbfjVBIt.js";import{C as L}from"./Chart-DnE8LEE6.js";const u=["DRAFT","PROPOSED","AGREED","REVIEWED","ASSESSED","CLOSED"];function S(a){return u.indexOf(a)}function D(a){const s=n=>a.counts.filter(i=>S(i.status)>=S(n)).reduce((i,d)=>i+d.count,0);return{total:a.total,concluded:s("AGREED"),reviewed:s("REVIEWED"),assessed:s("ASSESSED")}}function B(a,s){return a.counts.find(n=>n.status===s)?.count??0}function M(a){const s=new Map;let n=0;for(const i of a){n+=i.total;for(const d of i.counts)s.set(d.status,(s.get(d.status)??0)+d.count)}return{total:n,counts:u.filter(i=>s.has(i)).map(i=>({status:i,count:s.get(i)}))}}const G=N(`
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
`),V={DRAFT:"#6b7280",PROPOSED:"#b45309",AGREED:"#1d4f91",REVIEWED:"#6b21a8",ASSESSED:"#0f766e",CLOSED:"#166534"};function H(a){return`${x.kpis()}?ampel=RED&bereich=${encodeURIComponent(a)}`}function A(){const{t:a,lang:s}=p(),{year:n}=_(),[i,d]=b({query:G,variables:{year:n}}),l=i.data?.riskOverview??[],o=(r,h)=>r.counts.find(O=>O.status===h)?.count??0,m=$.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},legend:{bottom:0},grid:{left:8,right:16,top:8,bottom:48,containLabel:!0},xAxis:{type:"value",minInterval:1},yAxis:{type:"category",inverse:!0,data:l.map(r=>r.dezernat.code||r.dezernat.name)},series:u.map(r=>({name:a(`status.${r}`),type:"bar",stack:"status",itemStyle:{color:V[r]},data:l.map(h=>o(h,r))}))}),[i.data,s]);if(i.error?.graphQLErrors.some(r=>r.extensions?.code==="FORBIDDEN"))return null;const t=a("risk.title",{year:n}),c=l.map(r=>`${r.dezernat.name}: `+u.map(h=>`${a(`status.${h}`)} ${o(r,h)}`).join(", ")).join("; ");return e.jsxs("section",{"aria-labelledby":"risk-h",className:"zw-section","data-testid":"risk-overview",children:[e.jsx("h2",{id:"risk-h",className:"kern-heading-medium",children:t}),e.jsx(g,{...i,retry:()=>d({requestPolicy:"network-only"}),children:()=>l.length===0?e.jsx(j,{children:a("app.none")}):e.jsxs(e.Fragment,{children:[e.jsx(L,{option:m,label:`${a("risk.chart")}: ${c}`,height:Math.max(200,l.length*40+80)}),e.jsx(v,{label:t,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"risk-table",children:[e.jsx("caption",{className:"kern-sr-only",children:t}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.dezernat")}),u.map(r=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${r}`)},r)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.notAgreed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.redKpis")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:l.map(r=>e.jsxs("tr",{className:"kern-table__row","data-unit":r.dezernat.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r.dezernat.name}),u.map(h=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-status":h,children:f(o(r,h),s)},h)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"notAgreed",children:f(r.notAgreed,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"redKpis",children:r.redKpis>0?e.jsx(k,{className:"kern-link",href:H(r.dezernat.id),"aria-label":a("risk.redKpisOf",{n:r.redKpis,kpis:r.kpis,unit:r.dezernat.name}),children:a("risk.redOf",{n:f(r.redKpis,s),kpis:f(r.kpis,s)})}):a("risk.redOf",{n:"0",kpis:f(r.kpis,s)})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"shortfall",children:y(r.shortfall,s)})]},r.dezernat.id))})]})})]})})]})}const W=N(`
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
`),Q=N(`
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
`),Y=N(`
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
`),Z=N(`
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
`),J=N(`
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
`);function E({title:a,create:s=!1}){const{years:n,year:i,setYear:d}=_();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[s?e.jsx(U,{}):null,e.jsx(P,{years:n,value:i,onChange:d})]})]})}function X(){const{t:a,lang:s}=p(),{year:n}=_(),[i,d]=b({query:W,variables:{year:n}});return e.jsxs(e.Fragment,{children:[e.jsx(E,{title:a("start.office.title"),create:!0}),e.jsx(g,{...i,retry:()=>d({requestPolicy:"network-only"}),children:l=>{const o=[...l.orgUnits.nodes,...l.fachbereiche.nodes],m=new Map(l.dezernatAgreements.map(t=>[t.orgUnit.id,t]));return e.jsxs(e.Fragment,{children:[e.jsx(A,{}),e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsx(v,{label:a("start.office.matrixCaption",{year:n}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:n})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),u.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:o.map(t=>{const c=m.get(t.id);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:c?e.jsx(k,{className:"kern-link",href:x.agreement(c.id),children:t.name}):t.name}),u.map(r=>e.jsx("td",{className:"kern-table__cell zw-matrix__cell",children:c?.status===r?e.jsxs("span",{className:"zw-matrix__mark",children:[e.jsx("span",{"aria-hidden":"true",children:"●"}),e.jsx("span",{className:"kern-sr-only",children:a(`status.${r}`)})]}):null},r)),e.jsx("td",{className:"kern-table__cell",children:c?c.agent.name:e.jsx("em",{children:a("status.NONE")})})]},t.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":a("start.office.matrixCaption",{year:n}),children:o.map(t=>{const c=m.get(t.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:c?e.jsx(k,{className:"kern-link",href:x.agreement(c.id),children:t.name}):t.name}),c?e.jsx(K,{status:c.status}):e.jsx("em",{className:"kern-body--muted",children:a("status.NONE")}),c?e.jsxs("span",{className:"kern-body--small",children:[a("agreement.agent"),": ",c.agent.name]}):null]},t.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),l.budgetComplianceByDezernat.length===0?e.jsx(j,{children:a("app.none")}):e.jsx(v,{label:a("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:l.budgetComplianceByDezernat.map(t=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:y(t.figures.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.figures.noData?a("budget.noData"):y(t.figures.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(t.figures.adherence,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:y(t.figures.hspPlanned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:y(t.figures.hspRealised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(t.figures.hspRealisation,s)})]},t.orgUnit.id))})]})})]}),e.jsx(ee,{})]})}})]})}function ee(){const{t:a}=p(),{year:s}=_(),[n,i]=b({query:Q,variables:{year:s}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(g,{...n,retry:()=>i({requestPolicy:"network-only"}),children:d=>{const l=d.kpis.nodes,o=d.kpis.totalCount;return o===0?e.jsx(j,{children:a("start.office.noRed")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"red-count","data-total":o,children:a("start.office.redCount",{n:o})}),e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[l.map(m=>e.jsxs("li",{children:[e.jsx(I,{light:"RED",degree:m.achievement.degree,compact:!0})," ",e.jsx(k,{className:"kern-link",href:x.kpi(m.id),children:m.name}),m.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",m.goal.orgUnit.name]}):null]},m.id)),o>l.length?e.jsx("li",{children:e.jsxs(k,{className:"kern-link",href:x.kpis()+"?ampel=RED&bereich=alle",children:[a("budget.showing",{n:l.length,total:o})," – ",a("nav.kpis")]})}):null]})]})}})]})}function ae(){const{t:a}=p(),{me:s,year:n}=_(),i=s.ledUnits[0],[d,l]=b({query:Y,variables:{year:n,orgUnit:i?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(g,{...d,retry:()=>l({requestPolicy:"network-only"}),children:o=>{const m=o.agreementStatusOverview;if(m.length===0)return e.jsx(j,{children:a("start.none")});const t=D(M(m));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(t.total,1),value:t.concluded,"aria-label":a("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx(v,{label:a("start.leadership.caption",{unit:i?.name??"",year:n}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:i?.name??"",year:n})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),u.map(c=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${c}`)},c)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(c=>{const r=D(c);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:c.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:c.total}),u.map(h=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:B(c,h)||""},h)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.assessed})]},c.orgUnit.id)})})]})})]})}})]})}function w({role:a}){const{t:s}=p(),{year:n}=_(),[i,d]=b({query:Z,variables:{year:n,role:a}}),l=s(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:l}),e.jsx(g,{...i,retry:()=>d({requestPolicy:"network-only"}),children:o=>o.agreements.nodes.length===0?e.jsx(j,{children:s("start.none")}):e.jsx(q,{agreements:o.agreements.nodes,caption:l})})]})}const se={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"}};function R(){const{t:a,lang:s}=p(),[n,i]=b({query:J});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(g,{...n,retry:()=>i({requestPolicy:"network-only"}),children:d=>d.myTasks.length===0?e.jsx(j,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:d.myTasks.slice(0,30).map((l,o)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:se[l.kind]?.[s]??l.kind})})," ",l.agreement?e.jsxs(k,{className:"kern-link",href:x.agreement(l.agreement.id),children:[l.agreement.orgUnit.name," ",l.agreement.year]}):l.kpi?e.jsx(k,{className:"kern-link",href:x.kpi(l.kpi.id),children:l.kpi.name}):null,l.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",F(l.period,s)]}):null]},o))})})]})}function ue(){const{t:a}=p(),{me:s}=_(),n=C(s);return e.jsxs("div",{"data-start":n,"data-testid":`start-${n}`,children:[n==="office"?e.jsx(X,{}):null,n==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:a("start.leadership.title"),create:!0}),e.jsx(A,{}),e.jsx(ae,{}),e.jsx(R,{}),e.jsx(w,{role:"AGENT"}),e.jsx(w,{role:"PRINCIPAL"})]}):null,n==="manager"||n==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:a("start.manager.title"),create:!0}),e.jsx(R,{}),e.jsx(w,{role:"AGENT"}),e.jsx(w,{role:"PRINCIPAL"})]}):null,n==="hr"?e.jsx(T,{}):null,n==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(E,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(k,{className:"kern-link",href:x.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(k,{className:"kern-link",href:x.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(k,{className:"kern-link",href:x.import(),children:a("nav.import")})})]}),e.jsx(R,{})]}):null]})}export{ue as default};
