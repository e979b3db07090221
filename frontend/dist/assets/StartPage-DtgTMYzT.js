import{u as g,a as x,s as A,j as e,L as o,p as h,b as k,Q as p,E as b,g as j}from"./index-s4H93gmG.js";import{Y as z}from"./YearSelect-wZAmzZOI.js";import{L as D}from"./Light-BnY6644Z.js";import{f as N,a as E}from"./format-As1J2OCp.js";import{A as P}from"./AgreementTable-BPBHZrf4.js";import"./StatusBadge-Dq8OiGHd.js";const u=["DRAFT","PROPOSED","AGREED","REVIEWED","ASSESSED","CLOSED"];function S(s){return u.indexOf(s)}function R(s){const a=r=>s.counts.filter(l=>S(l.status)>=S(r)).reduce((l,i)=>l+i.count,0);return{total:s.total,concluded:a("AGREED"),reviewed:a("REVIEWED"),assessed:a("ASSESSED")}}function U(s,a){return s.counts.find(r=>r.status===a)?.count??0}function $(s){const a=new Map;let r=0;for(const l of s){r+=l.total;for(const i of l.counts)a.set(i.status,(a.get(i.status)??0)+i.count)}return{total:r,counts:u.filter(l=>a.has(l)).map(l=>({status:l,count:a.get(l)}))}}const C=j(`
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
        suggestedDegree
      }
    }
  }
`),I=j(`
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
`),O=j(`
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
`),q=j(`
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
`),T=j(`
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
`);function y({title:s}){const{years:a,year:r,setYear:l}=x();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:s}),e.jsx(z,{years:a,value:r,onChange:l})]})}function L(){const{t:s,lang:a}=g(),{year:r}=x(),[l,i]=k({query:C,variables:{year:r}});return e.jsxs(e.Fragment,{children:[e.jsx(y,{title:s("start.office.title")}),e.jsx(p,{...l,retry:()=>i({requestPolicy:"network-only"}),children:n=>{const c=[...n.orgUnits.nodes,...n.fachbereiche.nodes],_=new Map(n.dezernatAgreements.map(t=>[t.orgUnit.id,t]));return e.jsxs(e.Fragment,{children:[e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:s("start.office.matrix")}),e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.office.matrixCaption",{year:r})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),u.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:s(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:c.map(t=>{const d=_.get(t.id);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:d?e.jsx(o,{className:"kern-link",href:h.agreement(d.id),children:t.name}):t.name}),u.map(m=>e.jsx("td",{className:"kern-table__cell zw-matrix__cell",children:d?.status===m?e.jsxs("span",{className:"zw-matrix__mark",children:[e.jsx("span",{"aria-hidden":"true",children:"●"}),e.jsx("span",{className:"kern-sr-only",children:s(`status.${m}`)})]}):null},m)),e.jsx("td",{className:"kern-table__cell",children:d?d.agent.name:e.jsx("em",{children:s("status.NONE")})})]},t.id)})})]})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:s("start.office.budget")}),n.budgetComplianceByDezernat.length===0?e.jsx(b,{children:s("app.none")}):e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[s("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[s("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.budgetComplianceByDezernat.map(t=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.plan,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.actual,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:E(t.figures.adherence,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.hspPlanned,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:N(t.figures.hspRealised,a)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:E(t.figures.hspRealisation,a)})]},t.orgUnit.id))})]})})]}),e.jsx(F,{})]})}})]})}function F(){const{t:s}=g(),{year:a}=x(),[r,l]=k({query:I,variables:{year:a}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:s("start.office.red")}),e.jsx(p,{...r,retry:()=>l({requestPolicy:"network-only"}),children:i=>{const n=i.kpis.nodes.filter(c=>c.achievement.light==="RED");return n.length===0?e.jsx(b,{children:s("start.office.noRed")}):e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.slice(0,15).map(c=>e.jsxs("li",{children:[e.jsx(D,{light:"RED",degree:c.achievement.degree,compact:!0})," ",e.jsx(o,{className:"kern-link",href:h.kpi(c.id),children:c.name}),c.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",c.goal.orgUnit.name]}):null]},c.id)),n.length>15?e.jsx("li",{children:e.jsxs(o,{className:"kern-link",href:h.kpis()+"?ampel=RED",children:[s("budget.showing",{n:15,total:n.length})," – ",s("nav.kpis")]})}):null]})}})]})}function G(){const{t:s}=g(),{me:a,year:r}=x(),l=a.ledUnits[0],[i,n]=k({query:O,variables:{year:r,orgUnit:l?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:s("start.leadership.title")}),e.jsx(p,{...i,retry:()=>n({requestPolicy:"network-only"}),children:c=>{const _=c.agreementStatusOverview;if(_.length===0)return e.jsx(b,{children:s("start.none")});const t=R($(_));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:s("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(t.total,1),value:t.concluded,"aria-label":s("start.leadership.progress",{done:t.concluded,total:t.total})}),e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:s("start.leadership.caption",{unit:l?.name??"",year:r})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("app.total")}),u.map(d=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s(`status.${d}`)},d)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:_.map(d=>{const m=R(d);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:d.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:d.total}),u.map(v=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:U(d,v)||""},v)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:m.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:m.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:m.assessed})]},d.orgUnit.id)})})]})})]})}})]})}function f({role:s}){const{t:a}=g(),{year:r}=x(),[l,i]=k({query:q,variables:{year:r,role:s}}),n=a(s==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${s}`,className:"zw-section","data-testid":`my-agreements-${s.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${s}`,className:"kern-heading-medium",children:n}),e.jsx(p,{...l,retry:()=>i({requestPolicy:"network-only"}),children:c=>c.agreements.nodes.length===0?e.jsx(b,{children:a("start.none")}):e.jsx(P,{agreements:c.agreements.nodes,caption:n})})]})}const M={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"}};function w(){const{t:s,lang:a}=g(),[r,l]=k({query:T});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:s("start.manager.tasks")}),e.jsx(p,{...r,retry:()=>l({requestPolicy:"network-only"}),children:i=>i.myTasks.length===0?e.jsx(b,{children:s("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:i.myTasks.slice(0,30).map((n,c)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:M[n.kind]?.[a]??n.kind})})," ",n.agreement?e.jsxs(o,{className:"kern-link",href:h.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(o,{className:"kern-link",href:h.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted",children:[" (",n.period,")"]}):null]},c))})})]})}function W(){const{t:s}=g(),{me:a}=x(),r=A(a);return e.jsxs("div",{"data-start":r,"data-testid":`start-${r}`,children:[r==="office"?e.jsx(L,{}):null,r==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:s("start.leadership.title")}),e.jsx(G,{}),e.jsx(w,{}),e.jsx(f,{role:"AGENT"}),e.jsx(f,{role:"PRINCIPAL"})]}):null,r==="manager"||r==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:s("start.manager.title")}),e.jsx(w,{}),e.jsx(f,{role:"AGENT"}),e.jsx(f,{role:"PRINCIPAL"})]}):null,r==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(y,{title:s("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:s("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:h.kpis(),children:s("nav.kpis")})}),e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:h.budget(),children:s("nav.budget")})}),e.jsx("li",{children:e.jsx(o,{className:"kern-link",href:h.import(),children:s("nav.import")})})]}),e.jsx(w,{})]}):null]})}export{W as default};
