import{u as p,a as b,b as _,r as A,j as e,Q as g,E as j,L as u,p as x,g as N,s as C}from"./index-DiBYEHkp.js";import{Y as D}from"./YearSelect-BHMFb4Ez.js";import{L as P}from"./Light-CXyVNYgz.js";import{s as k,N as I,c as R,a as U,b as q,A as T}from"./NewAgreementButton-D08P-Y1p.js";import{f as y,a as f,b as O}from"./format-D0Qqy3Lg.js";import F from"./PayResults-Ctt1UKbz.js";import{f as K}from"./period-DnoS-r4z.js";import{S as L}from"./StatusBadge-qija4Bu-.js";import{T as z}from"./TableRegion-PBocBowH.js";import{C as B}from"./Chart-fBzImP9V.js";import{O as M}from"./payDocs-CILBcsLc.js";import{O as G}from"./ObjectionsTable--fbGy4D2.js";import"./PayLayout-DXDhYoLn.js";import"./DataTable-CPz6D23z.js";const H=N(`
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
`),V={DRAFT:"#6b7280",PROPOSED:"#b45309",AGREED:"#1d4f91",REVIEWED:"#6b21a8",ASSESSED:"#0f766e",CLOSED:"#166534"};function Q(a){return`${x.kpis()}?ampel=RED&bereich=${encodeURIComponent(a)}`}function S(){const{t:a,lang:n}=p(),{year:l}=b(),[c,o]=_({query:H,variables:{year:l}}),t=c.data?.riskOverview??[],d=(s,h)=>s.counts.find($=>$.status===h)?.count??0,m=A.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},legend:{bottom:0},grid:{left:8,right:16,top:8,bottom:48,containLabel:!0},xAxis:{type:"value",minInterval:1},yAxis:{type:"category",inverse:!0,data:t.map(s=>s.dezernat.code||s.dezernat.name)},series:k.map(s=>({name:a(`status.${s}`),type:"bar",stack:"status",itemStyle:{color:V[s]},data:t.map(h=>d(h,s))}))}),[c.data,n]);if(c.error?.graphQLErrors.some(s=>s.extensions?.code==="FORBIDDEN"))return null;const r=a("risk.title",{year:l}),i=t.map(s=>`${s.dezernat.name}: `+k.map(h=>`${a(`status.${h}`)} ${d(s,h)}`).join(", ")).join("; ");return e.jsxs("section",{"aria-labelledby":"risk-h",className:"zw-section","data-testid":"risk-overview",children:[e.jsx("h2",{id:"risk-h",className:"kern-heading-medium",children:r}),e.jsx(g,{...c,retry:()=>o({requestPolicy:"network-only"}),children:()=>t.length===0?e.jsx(j,{children:a("app.none")}):e.jsxs(e.Fragment,{children:[e.jsx(B,{option:m,label:`${a("risk.chart")}: ${i}`,height:Math.max(200,t.length*40+80)}),e.jsx(z,{label:r,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"risk-table",children:[e.jsx("caption",{className:"kern-sr-only",children:r}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.dezernat")}),k.map(s=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${s}`)},s)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.notAgreed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.redKpis")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:t.map(s=>e.jsxs("tr",{className:"kern-table__row","data-unit":s.dezernat.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:s.dezernat.name}),k.map(h=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-status":h,children:y(d(s,h),n)},h)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"notAgreed",children:y(s.notAgreed,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"redKpis",children:s.redKpis>0?e.jsx(u,{className:"kern-link",href:Q(s.dezernat.id),"aria-label":a("risk.redKpisOf",{n:s.redKpis,kpis:s.kpis,unit:s.dezernat.name}),children:a("risk.redOf",{n:y(s.redKpis,n),kpis:y(s.kpis,n)})}):a("risk.redOf",{n:"0",kpis:y(s.kpis,n)})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"shortfall",children:f(s.shortfall,n)})]},s.dezernat.id))})]})})]})})]})}const Y=N(`
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
`),W=N(`
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
`),Z=N(`
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
`),J=N(`
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
`),X=N(`
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
`);function w({title:a,create:n=!1}){const{years:l,year:c,setYear:o}=b();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[n?e.jsx(I,{}):null,e.jsx(D,{years:l,value:c,onChange:o})]})]})}function ee(){const{t:a,lang:n}=p(),{year:l}=b(),[c,o]=_({query:Y,variables:{year:l}});return e.jsxs(e.Fragment,{children:[e.jsx(w,{title:a("start.office.title"),create:!0}),e.jsx(g,{...c,retry:()=>o({requestPolicy:"network-only"}),children:t=>{const d=[...t.orgUnits.nodes,...t.fachbereiche.nodes],m=new Map(t.dezernatAgreements.map(r=>[r.orgUnit.id,r]));return e.jsxs(e.Fragment,{children:[e.jsx(S,{}),e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsx(z,{label:a("start.office.matrixCaption",{year:l}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),k.map(r=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${r}`)},r)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:d.map(r=>{const i=m.get(r.id);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i?e.jsx(u,{className:"kern-link",href:x.agreement(i.id),children:r.name}):r.name}),k.map(s=>e.jsx("td",{className:"kern-table__cell zw-matrix__cell",children:i?.status===s?e.jsxs("span",{className:"zw-matrix__mark",children:[e.jsx("span",{"aria-hidden":"true",children:"●"}),e.jsx("span",{className:"kern-sr-only",children:a(`status.${s}`)})]}):null},s)),e.jsx("td",{className:"kern-table__cell",children:i?i.agent.name:e.jsx("em",{children:a("status.NONE")})})]},r.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":a("start.office.matrixCaption",{year:l}),children:d.map(r=>{const i=m.get(r.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:i?e.jsx(u,{className:"kern-link",href:x.agreement(i.id),children:r.name}):r.name}),i?e.jsx(L,{status:i.status}):e.jsx("em",{className:"kern-body--muted",children:a("status.NONE")}),i?e.jsxs("span",{className:"kern-body--small",children:[a("agreement.agent"),": ",i.agent.name]}):null]},r.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),t.budgetComplianceByDezernat.length===0?e.jsx(j,{children:a("app.none")}):e.jsx(z,{label:a("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:t.budgetComplianceByDezernat.map(r=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:f(r.figures.plan,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.figures.noData?a("budget.noData"):f(r.figures.actual,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:O(r.figures.adherence,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:f(r.figures.hspPlanned,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:f(r.figures.hspRealised,n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:O(r.figures.hspRealisation,n)})]},r.orgUnit.id))})]})})]}),e.jsx(ae,{})]})}})]})}function ae(){const{t:a}=p(),{year:n}=b(),[l,c]=_({query:W,variables:{year:n}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(g,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>{const t=o.kpis.nodes,d=o.kpis.totalCount;return d===0?e.jsx(j,{children:a("start.office.noRed")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"red-count","data-total":d,children:a("start.office.redCount",{n:d})}),e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[t.map(m=>e.jsxs("li",{children:[e.jsx(P,{light:"RED",degree:m.achievement.degree,compact:!0})," ",e.jsx(u,{className:"kern-link",href:x.kpi(m.id),children:m.name}),m.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",m.goal.orgUnit.name]}):null]},m.id)),d>t.length?e.jsx("li",{children:e.jsxs(u,{className:"kern-link",href:x.kpis()+"?ampel=RED&bereich=alle",children:[a("budget.showing",{n:t.length,total:d})," – ",a("nav.kpis")]})}):null]})]})}})]})}function se(){const{t:a}=p(),{me:n,year:l}=b(),c=n.ledUnits[0],[o,t]=_({query:Z,variables:{year:l,orgUnit:c?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(g,{...o,retry:()=>t({requestPolicy:"network-only"}),children:d=>{const m=d.agreementStatusOverview;if(m.length===0)return e.jsx(j,{children:a("start.none")});const r=R(U(m));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:r.concluded,total:r.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(r.total,1),value:r.concluded,"aria-label":a("start.leadership.progress",{done:r.concluded,total:r.total})}),e.jsx(z,{label:a("start.leadership.caption",{unit:c?.name??"",year:l}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:c?.name??"",year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),k.map(i=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${i}`)},i)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(i=>{const s=R(i);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i.total}),k.map(h=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:q(i,h)||""},h)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.assessed})]},i.orgUnit.id)})})]})})]})}})]})}function v({role:a}){const{t:n}=p(),{year:l}=b(),[c,o]=_({query:J,variables:{year:l,role:a}}),t=n(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:t}),e.jsx(g,{...c,retry:()=>o({requestPolicy:"network-only"}),children:d=>d.agreements.nodes.length===0?e.jsx(j,{children:n("start.none")}):e.jsx(T,{agreements:d.agreements.nodes,caption:t})})]})}const re={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"}};function E(){const{t:a,lang:n}=p(),[l,c]=_({query:X});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(g,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>o.myTasks.length===0?e.jsx(j,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:o.myTasks.slice(0,30).map((t,d)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:re[t.kind]?.[n]??t.kind})})," ",t.agreement?e.jsxs(u,{className:"kern-link",href:x.agreement(t.agreement.id),children:[t.agreement.orgUnit.name," ",t.agreement.year]}):t.kpi?e.jsx(u,{className:"kern-link",href:x.kpi(t.kpi.id),children:t.kpi.name}):null,t.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",K(t.period,n)]}):null]},d))})})]})}function te(){const{t:a}=p(),{year:n}=b(),[l,c]=_({query:M,variables:{year:n},requestPolicy:"cache-and-network"});return e.jsxs(e.Fragment,{children:[e.jsx(w,{title:a("commission.startTitle")}),e.jsx("p",{className:"kern-body",children:a("commission.startIntro")}),e.jsx(g,{...l,retry:()=>c({requestPolicy:"network-only"}),children:o=>e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"commission-open-count",children:a("commission.openCount",{n:o.objections.filter(t=>!t.objection?.decision).length,year:n})}),e.jsx(G,{cases:o.objections})]})})]})}function ge(){const{t:a}=p(),{me:n}=b(),l=C(n);return e.jsxs("div",{"data-start":l,"data-testid":`start-${l}`,children:[l==="office"?e.jsx(ee,{}):null,l==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(w,{title:a("start.leadership.title"),create:!0}),e.jsx(S,{}),e.jsx(se,{}),e.jsx(E,{}),e.jsx(v,{role:"AGENT"}),e.jsx(v,{role:"PRINCIPAL"})]}):null,l==="manager"||l==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(w,{title:a("start.manager.title"),create:!0}),e.jsx(E,{}),e.jsx(v,{role:"AGENT"}),e.jsx(v,{role:"PRINCIPAL"})]}):null,l==="hr"?e.jsx(F,{}):null,l==="commission"?e.jsx(te,{}):null,l==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(w,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(u,{className:"kern-link",href:x.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(u,{className:"kern-link",href:x.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(u,{className:"kern-link",href:x.import(),children:a("nav.import")})})]}),e.jsx(E,{})]}):null]})}export{ge as default};
