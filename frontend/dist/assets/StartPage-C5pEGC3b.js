import{u as x,a as p,s as A,j as e,L as o,p as m,b as _,Q as k,E as j,g as b}from"./index-DaPb-SkJ.js";import{Y as D}from"./YearSelect-Df-UXXuF.js";import{L as P}from"./Light-DfKnFcbM.js";import{f,a as S}from"./format-oonsnr7t.js";import{N as C,A as U}from"./NewAgreementButton-D4t_dBXQ.js";import O from"./PayResults-CBWWHwTW.js";import{f as $}from"./period-DnoS-r4z.js";import{S as I}from"./StatusBadge-DRe8pGoe.js";import{T as E}from"./TableRegion-Dnk04xHX.js";const g=["DRAFT","PROPOSED","AGREED","REVIEWED","ASSESSED","CLOSED"];function R(a){return g.indexOf(a)}function z(a){const s=r=>a.counts.filter(l=>R(l.status)>=R(r)).reduce((l,c)=>l+c.count,0);return{total:a.total,concluded:s("AGREED"),reviewed:s("REVIEWED"),assessed:s("ASSESSED")}}function q(a,s){return a.counts.find(r=>r.status===s)?.count??0}function T(a){const s=new Map;let r=0;for(const l of a){r+=l.total;for(const c of l.counts)s.set(c.status,(s.get(c.status)??0)+c.count)}return{total:r,counts:g.filter(l=>s.has(l)).map(l=>({status:l,count:s.get(l)}))}}const L=b(`
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
`),F=b(`
  query RedKpis($year: Int!, $after: String) {
    kpis(first: 100, after: $after) {
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
`),B=b(`
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
`),G=b(`
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
`),M=b(`
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
`);function y({title:a,create:s=!1}){const{years:r,year:l,setYear:c}=p();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[s?e.jsx(C,{}):null,e.jsx(D,{years:r,value:l,onChange:c})]})]})}function V(){const{t:a,lang:s}=x(),{year:r}=p(),[l,c]=_({query:L,variables:{year:r}});return e.jsxs(e.Fragment,{children:[e.jsx(y,{title:a("start.office.title"),create:!0}),e.jsx(k,{...l,retry:()=>c({requestPolicy:"network-only"}),children:n=>{const d=[...n.orgUnits.nodes,...n.fachbereiche.nodes],u=new Map(n.dezernatAgreements.map(t=>[t.orgUnit.id,t]));return e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsx(E,{label:a("start.office.matrixCaption",{year:r}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:r})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),g.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:d.map(t=>{const i=u.get(t.id);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i?e.jsx(o,{className:"kern-link",href:m.agreement(i.id),children:t.name}):t.name}),g.map(h=>e.jsx("td",{className:"kern-table__cell zw-matrix__cell",children:i?.status===h?e.jsxs("span",{className:"zw-matrix__mark",children:[e.jsx("span",{"aria-hidden":"true",children:"●"}),e.jsx("span",{className:"kern-sr-only",children:a(`status.${h}`)})]}):null},h)),e.jsx("td",{className:"kern-table__cell",children:i?i.agent.name:e.jsx("em",{children:a("status.NONE")})})]},t.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":a("start.office.matrixCaption",{year:r}),children:d.map(t=>{const i=u.get(t.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:i?e.jsx(o,{className:"kern-link",href:m.agreement(i.id),children:t.name}):t.name}),i?e.jsx(I,{status:i.status}):e.jsx("em",{className:"kern-body--muted",children:a("status.NONE")}),i?e.jsxs("span",{className:"kern-body--small",children:[a("agreement.agent"),": ",i.agent.name]}):null]},t.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),n.budgetComplianceByDezernat.length===0?e.jsx(j,{children:a("app.none")}):e.jsx(E,{label:a("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.budgetComplianceByDezernat.map(t=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:f(t.figures.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.figures.noData?a("budget.noData"):f(t.figures.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:S(t.figures.adherence,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:f(t.figures.hspPlanned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:f(t.figures.hspRealised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:S(t.figures.hspRealisation,s)})]},t.orgUnit.id))})]})})]}),e.jsx(K,{})]})}})]})}function K(){const{t:a}=x(),{year:s}=p(),[r,l]=_({query:F,variables:{year:s}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(k,{...r,retry:()=>l({requestPolicy:"network-only"}),children:c=>{const n=c.kpis.nodes.filter(d=>d.achievement.light==="RED");return n.length===0?e.jsx(j,{children:a("start.office.noRed")}):e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.slice(0,15).map(d=>e.jsxs("li",{children:[e.jsx(P,{light:"RED",degree:d.achievement.degree,compact:!0})," ",e.jsx(o,{className:"kern-link",href:m.kpi(d.id),children:d.name}),d.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",d.goal.orgUnit.name]}):null]},d.id)),n.length>15?e.jsx("li",{children:e.jsxs(o,{className:"kern-link",href:m.kpis()+"?ampel=RED",children:[a("budget.showing",{n:15,total:n.length})," – ",a("nav.kpis")]})}):null]})}})]})}function H(){const{t:a}=x(),{me:s,year:r}=p(),l=s.ledUnits[0],[c,n]=_({query:B,variables:{year:r,orgUnit:l?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(k,{...c,retry:()=>n({requestPolicy:"network-only"}),children:d=>{const u=d.agreementStatusOverview;if(u.length===0)return e.jsx(j,{children:a("start.none")});const t=z(T(u));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(t.total,1),value:t.concluded,"aria-label":a("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx(E,{label:a("start.leadership.caption",{unit:l?.name??"",year:r}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:l?.name??"",year:r})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),g.map(i=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${i}`)},i)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:u.map(i=>{const h=z(i);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i.total}),g.map(v=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:q(i,v)||""},v)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.assessed})]},i.orgUnit.id)})})]})})]})}})]})}function N({role:a}){const{t:s}=x(),{year:r}=p(),[l,c]=_({query:G,variables:{year:r,role:a}}),n=s(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:n}),e.jsx(k,{...l,retry:()=>c({requestPolicy:"network-only"}),children:d=>d.agreements.nodes.length===0?e.jsx(j,{children:s("start.none")}):e.jsx(U,{agreements:d.agreements.nodes,caption:n})})]})}const W={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"}};function w(){const{t:a,lang:s}=x(),[r,l]=_({query:M});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(k,{...r,retry:()=>l({requestPolicy:"network-only"}),children:c=>c.myTasks.length===0?e.jsx(j,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:c.myTasks.slice(0,30).map((n,d)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:W[n.kind]?.[s]??n.kind})})," ",n.agreement?e.jsxs(o,{className:"kern-link",href:m.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(o,{className:"kern-link",href:m.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",$(n.period,s)]}):null]},d))})})]})}function te(){const{t:a}=x(),{me:s}=p(),r=A(s);return e.jsxs("div",{"data-start":r,"data-testid":`start-${r}`,children:[r==="office"?e.jsx(V,{}):null,r==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:a("start.leadership.title"),create:!0}),e.jsx(H,{}),e.jsx(w,{}),e.jsx(N,{role:"AGENT"}),e.jsx(N,{role:"PRINCIPAL"})]}):null,r==="manager"||r==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:a("start.manager.title"),create:!0}),e.jsx(w,{}),e.jsx(N,{role:"AGENT"}),e.jsx(N,{role:"PRINCIPAL"})]}):null,r==="hr"?e.jsx(O,{}):null,r==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.import(),children:a("nav.import")})})]}),e.jsx(w,{})]}):null]})}export{te as default};
