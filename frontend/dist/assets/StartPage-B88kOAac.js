import{u as g,a as x,s as A,j as e,L as o,p as m,b as k,Q as p,E as j,g as b}from"./index-DStMvm3Z.js";import{Y as D}from"./YearSelect-BYbNBF6s.js";import{L as z}from"./Light-B0aH4RZT.js";import{f as N,a as E}from"./format-8wWt2Aac.js";import{N as P,A as U}from"./NewAgreementButton-Duh4QQVB.js";import $ from"./PayResults-BfW-fr3J.js";import{f as C}from"./period-DnoS-r4z.js";import"./StatusBadge-eV8An4vF.js";const u=["DRAFT","PROPOSED","AGREED","REVIEWED","ASSESSED","CLOSED"];function S(a){return u.indexOf(a)}function R(a){const s=r=>a.counts.filter(l=>S(l.status)>=S(r)).reduce((l,c)=>l+c.count,0);return{total:a.total,concluded:s("AGREED"),reviewed:s("REVIEWED"),assessed:s("ASSESSED")}}function I(a,s){return a.counts.find(r=>r.status===s)?.count??0}function O(a){const s=new Map;let r=0;for(const l of a){r+=l.total;for(const c of l.counts)s.set(c.status,(s.get(c.status)??0)+c.count)}return{total:r,counts:u.filter(l=>s.has(l)).map(l=>({status:l,count:s.get(l)}))}}const q=b(`
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
`),T=b(`
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
`),L=b(`
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
`),F=b(`
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
`),G=b(`
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
`);function y({title:a,create:s=!1}){const{years:r,year:l,setYear:c}=x();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[s?e.jsx(P,{}):null,e.jsx(D,{years:r,value:l,onChange:c})]})]})}function M(){const{t:a,lang:s}=g(),{year:r}=x(),[l,c]=k({query:q,variables:{year:r}});return e.jsxs(e.Fragment,{children:[e.jsx(y,{title:a("start.office.title"),create:!0}),e.jsx(p,{...l,retry:()=>c({requestPolicy:"network-only"}),children:n=>{const i=[...n.orgUnits.nodes,...n.fachbereiche.nodes],_=new Map(n.dezernatAgreements.map(t=>[t.orgUnit.id,t]));return e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:r})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),u.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:i.map(t=>{const d=_.get(t.id);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:d?e.jsx(o,{className:"kern-link",href:m.agreement(d.id),children:t.name}):t.name}),u.map(h=>e.jsx("td",{className:"kern-table__cell zw-matrix__cell",children:d?.status===h?e.jsxs("span",{className:"zw-matrix__mark",children:[e.jsx("span",{"aria-hidden":"true",children:"●"}),e.jsx("span",{className:"kern-sr-only",children:a(`status.${h}`)})]}):null},h)),e.jsx("td",{className:"kern-table__cell",children:d?d.agent.name:e.jsx("em",{children:a("status.NONE")})})]},t.id)})})]})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),n.budgetComplianceByDezernat.length===0?e.jsx(j,{children:a("app.none")}):e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.budgetComplianceByDezernat.map(t=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.figures.noData?a("budget.noData"):N(t.figures.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:E(t.figures.adherence,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.hspPlanned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.hspRealised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:E(t.figures.hspRealisation,s)})]},t.orgUnit.id))})]})})]}),e.jsx(K,{})]})}})]})}function K(){const{t:a}=g(),{year:s}=x(),[r,l]=k({query:T,variables:{year:s}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(p,{...r,retry:()=>l({requestPolicy:"network-only"}),children:c=>{const n=c.kpis.nodes.filter(i=>i.achievement.light==="RED");return n.length===0?e.jsx(j,{children:a("start.office.noRed")}):e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.slice(0,15).map(i=>e.jsxs("li",{children:[e.jsx(z,{light:"RED",degree:i.achievement.degree,compact:!0})," ",e.jsx(o,{className:"kern-link",href:m.kpi(i.id),children:i.name}),i.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",i.goal.orgUnit.name]}):null]},i.id)),n.length>15?e.jsx("li",{children:e.jsxs(o,{className:"kern-link",href:m.kpis()+"?ampel=RED",children:[a("budget.showing",{n:15,total:n.length})," – ",a("nav.kpis")]})}):null]})}})]})}function B(){const{t:a}=g(),{me:s,year:r}=x(),l=s.ledUnits[0],[c,n]=k({query:L,variables:{year:r,orgUnit:l?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(p,{...c,retry:()=>n({requestPolicy:"network-only"}),children:i=>{const _=i.agreementStatusOverview;if(_.length===0)return e.jsx(j,{children:a("start.none")});const t=R(O(_));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(t.total,1),value:t.concluded,"aria-label":a("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:l?.name??"",year:r})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),u.map(d=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${d}`)},d)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:_.map(d=>{const h=R(d);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:d.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:d.total}),u.map(v=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:I(d,v)||""},v)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.assessed})]},d.orgUnit.id)})})]})})]})}})]})}function f({role:a}){const{t:s}=g(),{year:r}=x(),[l,c]=k({query:F,variables:{year:r,role:a}}),n=s(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:n}),e.jsx(p,{...l,retry:()=>c({requestPolicy:"network-only"}),children:i=>i.agreements.nodes.length===0?e.jsx(j,{children:s("start.none")}):e.jsx(U,{agreements:i.agreements.nodes,caption:n})})]})}const H={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"}};function w(){const{t:a,lang:s}=g(),[r,l]=k({query:G});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(p,{...r,retry:()=>l({requestPolicy:"network-only"}),children:c=>c.myTasks.length===0?e.jsx(j,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:c.myTasks.slice(0,30).map((n,i)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:H[n.kind]?.[s]??n.kind})})," ",n.agreement?e.jsxs(o,{className:"kern-link",href:m.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(o,{className:"kern-link",href:m.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",C(n.period,s)]}):null]},i))})})]})}function ae(){const{t:a}=g(),{me:s}=x(),r=A(s);return e.jsxs("div",{"data-start":r,"data-testid":`start-${r}`,children:[r==="office"?e.jsx(M,{}):null,r==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:a("start.leadership.title"),create:!0}),e.jsx(B,{}),e.jsx(w,{}),e.jsx(f,{role:"AGENT"}),e.jsx(f,{role:"PRINCIPAL"})]}):null,r==="manager"||r==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:a("start.manager.title"),create:!0}),e.jsx(w,{}),e.jsx(f,{role:"AGENT"}),e.jsx(f,{role:"PRINCIPAL"})]}):null,r==="hr"?e.jsx($,{}):null,r==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.import(),children:a("nav.import")})})]}),e.jsx(w,{})]}):null]})}export{ae as default};
