import{u as g,a as x,s as A,j as e,L as o,p as m,b as k,Q as p,E as j,g as b}from"./index-DOb2xkkz.js";import{Y as D}from"./YearSelect-L-GdTAUG.js";import{L as z}from"./Light-B41-F58E.js";import{f as N,a as E}from"./format-8wWt2Aac.js";import{N as P,A as U}from"./NewAgreementButton-BZuRONWr.js";import $ from"./PayResults-Dr55Pe4f.js";import"./StatusBadge-DC8enLDE.js";const u=["DRAFT","PROPOSED","AGREED","REVIEWED","ASSESSED","CLOSED"];function S(s){return u.indexOf(s)}function R(s){const a=r=>s.counts.filter(l=>S(l.status)>=S(r)).reduce((l,c)=>l+c.count,0);return{total:s.total,concluded:a("AGREED"),reviewed:a("REVIEWED"),assessed:a("ASSESSED")}}function C(s,a){return s.counts.find(r=>r.status===a)?.count??0}function I(s){const a=new Map;let r=0;for(const l of s){r+=l.total;for(const c of l.counts)a.set(c.status,(a.get(c.status)??0)+c.count)}return{total:r,counts:u.filter(l=>a.has(l)).map(l=>({status:l,count:a.get(l)}))}}const O=b(`
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
`),q=b(`
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
`),T=b(`
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
`),L=b(`
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
`),F=b(`
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
`);function y({title:s,create:a=!1}){const{years:r,year:l,setYear:c}=x();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:s}),e.jsxs("div",{className:"zw-pagehead__tools",children:[a?e.jsx(P,{}):null,e.jsx(D,{years:r,value:l,onChange:c})]})]})}function G(){const{t:s,lang:a}=g(),{year:r}=x(),[l,c]=k({query:O,variables:{year:r}});return e.jsxs(e.Fragment,{children:[e.jsx(y,{title:s("start.office.title"),create:!0}),e.jsx(p,{...l,retry:()=>c({requestPolicy:"network-only"}),children:n=>{const i=[...n.orgUnits.nodes,...n.fachbereiche.nodes],_=new Map(n.dezernatAgreements.map(t=>[t.orgUnit.id,t]));return e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:s("start.office.matrix")}),e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.office.matrixCaption",{year:r})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),u.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:s(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:i.map(t=>{const d=_.get(t.id);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:d?e.jsx(o,{className:"kern-link",href:m.agreement(d.id),children:t.name}):t.name}),u.map(h=>e.jsx("td",{className:"kern-table__cell zw-matrix__cell",children:d?.status===h?e.jsxs("span",{className:"zw-matrix__mark",children:[e.jsx("span",{"aria-hidden":"true",children:"●"}),e.jsx("span",{className:"kern-sr-only",children:s(`status.${h}`)})]}):null},h)),e.jsx("td",{className:"kern-table__cell",children:d?d.agent.name:e.jsx("em",{children:s("status.NONE")})})]},t.id)})})]})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:s("start.office.budget")}),n.budgetComplianceByDezernat.length===0?e.jsx(j,{children:s("app.none")}):e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[s("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[s("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.budgetComplianceByDezernat.map(t=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.plan,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.figures.noData?s("budget.noData"):N(t.figures.actual,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:E(t.figures.adherence,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.hspPlanned,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.hspRealised,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:E(t.figures.hspRealisation,a)})]},t.orgUnit.id))})]})})]}),e.jsx(M,{})]})}})]})}function M(){const{t:s}=g(),{year:a}=x(),[r,l]=k({query:q,variables:{year:a}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:s("start.office.red")}),e.jsx(p,{...r,retry:()=>l({requestPolicy:"network-only"}),children:c=>{const n=c.kpis.nodes.filter(i=>i.achievement.light==="RED");return n.length===0?e.jsx(j,{children:s("start.office.noRed")}):e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.slice(0,15).map(i=>e.jsxs("li",{children:[e.jsx(z,{light:"RED",degree:i.achievement.degree,compact:!0})," ",e.jsx(o,{className:"kern-link",href:m.kpi(i.id),children:i.name}),i.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",i.goal.orgUnit.name]}):null]},i.id)),n.length>15?e.jsx("li",{children:e.jsxs(o,{className:"kern-link",href:m.kpis()+"?ampel=RED",children:[s("budget.showing",{n:15,total:n.length})," – ",s("nav.kpis")]})}):null]})}})]})}function K(){const{t:s}=g(),{me:a,year:r}=x(),l=a.ledUnits[0],[c,n]=k({query:T,variables:{year:r,orgUnit:l?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:s("start.leadership.title")}),e.jsx(p,{...c,retry:()=>n({requestPolicy:"network-only"}),children:i=>{const _=i.agreementStatusOverview;if(_.length===0)return e.jsx(j,{children:s("start.none")});const t=R(I(_));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:s("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(t.total,1),value:t.concluded,"aria-label":s("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.leadership.caption",{unit:l?.name??"",year:r})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("app.total")}),u.map(d=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s(`status.${d}`)},d)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:_.map(d=>{const h=R(d);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:d.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:d.total}),u.map(v=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:C(d,v)||""},v)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:h.assessed})]},d.orgUnit.id)})})]})})]})}})]})}function f({role:s}){const{t:a}=g(),{year:r}=x(),[l,c]=k({query:L,variables:{year:r,role:s}}),n=a(s==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${s}`,className:"zw-section","data-testid":`my-agreements-${s.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${s}`,className:"kern-heading-medium",children:n}),e.jsx(p,{...l,retry:()=>c({requestPolicy:"network-only"}),children:i=>i.agreements.nodes.length===0?e.jsx(j,{children:a("start.none")}):e.jsx(U,{agreements:i.agreements.nodes,caption:n})})]})}const B={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"}};function w(){const{t:s,lang:a}=g(),[r,l]=k({query:F});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:s("start.manager.tasks")}),e.jsx(p,{...r,retry:()=>l({requestPolicy:"network-only"}),children:c=>c.myTasks.length===0?e.jsx(j,{children:s("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:c.myTasks.slice(0,30).map((n,i)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:B[n.kind]?.[a]??n.kind})})," ",n.agreement?e.jsxs(o,{className:"kern-link",href:m.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(o,{className:"kern-link",href:m.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted",children:[" (",n.period,")"]}):null]},i))})})]})}function X(){const{t:s}=g(),{me:a}=x(),r=A(a);return e.jsxs("div",{"data-start":r,"data-testid":`start-${r}`,children:[r==="office"?e.jsx(G,{}):null,r==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:s("start.leadership.title"),create:!0}),e.jsx(K,{}),e.jsx(w,{}),e.jsx(f,{role:"AGENT"}),e.jsx(f,{role:"PRINCIPAL"})]}):null,r==="manager"||r==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:s("start.manager.title"),create:!0}),e.jsx(w,{}),e.jsx(f,{role:"AGENT"}),e.jsx(f,{role:"PRINCIPAL"})]}):null,r==="hr"?e.jsx($,{}):null,r==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:s("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:s("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.kpis(),children:s("nav.kpis")})}),e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.budget(),children:s("nav.budget")})}),e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:m.import(),children:s("nav.import")})})]}),e.jsx(w,{})]}):null]})}export{X as default};
