import{u as g,a as N,b as j,r as S,j as e,Q as f,g as w,E as v,L as _,p,s as T}from"./index-BYgamqUG.js";import{Y as U}from"./YearSelect-BX5sne6g.js";import{L as K}from"./Light-DR5oA4AB.js";import{s as b,N as L,c as C,a as F,b as B,A as M}from"./NewAgreementButton-FIfoIrzS.js";import{f as k,a as z,b as D}from"./format-D0Qqy3Lg.js";import G from"./PayResults-BvmPzyLn.js";import{f as $}from"./period-DnoS-r4z.js";import{S as H}from"./StatusBadge-yxgk6Acl.js";import{T as E}from"./TableRegion-qfoMXxDn.js";import{C as I}from"./Chart-BtfXad1B.js";const V=w(`
  query RedKpiTrend($year: Int!) {
    redKpiTrend(year: $year) {
      year
      quarter
      red
      rated
    }
  }
`),Q="#b91c1c";function W(){const{t:a,lang:r}=g(),{year:l}=N(),[d,m]=j({query:V,variables:{year:l}}),n=d.data?.redKpiTrend??[],c=S.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},grid:{left:8,right:16,top:16,bottom:8,containLabel:!0},xAxis:{type:"category",data:n.map(i=>$(i,r))},yAxis:{type:"value",minInterval:1},series:[{name:a("risk.trendRed"),type:"bar",itemStyle:{color:Q},data:n.map(i=>i.red)}]}),[d.data,r]);if(d.error?.graphQLErrors.some(i=>i.extensions?.code==="FORBIDDEN"))return null;const o=a("risk.trendTitle",{year:l}),u=n.map(i=>`${$(i,r)}: ${a("risk.redOf",{n:k(i.red,r),kpis:k(i.rated,r)})}`).join("; ");return e.jsxs("section",{"aria-labelledby":"trend-h",className:"zw-section","data-testid":"red-kpi-trend",children:[e.jsx("h3",{id:"trend-h",className:"kern-heading-small",children:o}),e.jsx("p",{className:"kern-body kern-body--muted",children:a("risk.trendIntro")}),e.jsx(f,{...d,retry:()=>m({requestPolicy:"network-only"}),children:()=>e.jsxs(e.Fragment,{children:[e.jsx(I,{option:c,label:`${o}: ${u}`,height:240}),e.jsx(E,{label:o,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"red-kpi-trend-table",children:[e.jsx("caption",{className:"kern-sr-only",children:o}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.trendQuarter")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.trendRed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.trendRated")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(i=>e.jsxs("tr",{className:"kern-table__row","data-quarter":i.quarter,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:$(i,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"red",children:k(i.red,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"rated",children:k(i.rated,r)})]},i.quarter))})]})})]})})]})}const P=w(`
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
`),Y={DRAFT:"#6b7280",PROPOSED:"#b45309",AGREED:"#1d4f91",REVIEWED:"#6b21a8",ASSESSED:"#0f766e",CLOSED:"#166534"};function J(a){return`${p.kpis()}?ampel=RED&bereich=${encodeURIComponent(a)}`}function q(){const{t:a,lang:r}=g(),{year:l}=N(),[d,m]=j({query:P,variables:{year:l}}),n=d.data?.riskOverview??[],c=(t,s)=>t.counts.find(h=>h.status===s)?.count??0,o=S.useMemo(()=>({tooltip:{trigger:"axis",axisPointer:{type:"shadow"}},legend:{bottom:0},grid:{left:8,right:16,top:8,bottom:48,containLabel:!0},xAxis:{type:"value",minInterval:1},yAxis:{type:"category",inverse:!0,data:n.map(t=>t.dezernat.code||t.dezernat.name)},series:b.map(t=>({name:a(`status.${t}`),type:"bar",stack:"status",itemStyle:{color:Y[t]},data:n.map(s=>c(s,t))}))}),[d.data,r]);if(d.error?.graphQLErrors.some(t=>t.extensions?.code==="FORBIDDEN"))return null;const u=a("risk.title",{year:l}),i=n.map(t=>`${t.dezernat.name}: `+b.map(s=>`${a(`status.${s}`)} ${c(t,s)}`).join(", ")).join("; ");return e.jsxs("section",{"aria-labelledby":"risk-h",className:"zw-section","data-testid":"risk-overview",children:[e.jsx("h2",{id:"risk-h",className:"kern-heading-medium",children:u}),e.jsx(f,{...d,retry:()=>m({requestPolicy:"network-only"}),children:()=>n.length===0?e.jsx(v,{children:a("app.none")}):e.jsxs(e.Fragment,{children:[e.jsx(I,{option:o,label:`${a("risk.chart")}: ${i}`,height:Math.max(200,n.length*40+80)}),e.jsx(E,{label:u,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"risk-table",children:[e.jsx("caption",{className:"kern-sr-only",children:u}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("risk.dezernat")}),b.map(t=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${t}`)},t)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.notAgreed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.redKpis")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("risk.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.map(t=>e.jsxs("tr",{className:"kern-table__row","data-unit":t.dezernat.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:t.dezernat.name}),b.map(s=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-status":s,children:k(c(t,s),r)},s)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"notAgreed",children:k(t.notAgreed,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"redKpis",children:t.redKpis>0?e.jsx(_,{className:"kern-link",href:J(t.dezernat.id),"aria-label":a("risk.redKpisOf",{n:t.redKpis,kpis:t.kpis,unit:t.dezernat.name}),children:a("risk.redOf",{n:k(t.redKpis,r),kpis:k(t.kpis,r)})}):a("risk.redOf",{n:"0",kpis:k(t.kpis,r)})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-col":"shortfall",children:z(t.shortfall,r)})]},t.dezernat.id))})]})})]})}),e.jsx(W,{})]})}const Z=w(`
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
`),X=w(`
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
`),ee=w(`
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
`),ae=w(`
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
`),se=w(`
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
`);function A({title:a,create:r=!1}){const{years:l,year:d,setYear:m}=N();return e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a}),e.jsxs("div",{className:"zw-pagehead__tools",children:[r?e.jsx(L,{}):null,e.jsx(U,{years:l,value:d,onChange:m})]})]})}function re(){const{t:a,lang:r}=g(),{year:l}=N(),[d,m]=j({query:Z,variables:{year:l}}),[n]=j({query:P,variables:{year:l}});return e.jsxs(e.Fragment,{children:[e.jsx(A,{title:a("start.office.title"),create:!0}),e.jsx(f,{...d,retry:()=>m({requestPolicy:"network-only"}),children:c=>{const o=[...c.orgUnits.nodes,...c.fachbereiche.nodes],u=new Map(c.dezernatAgreements.map(s=>[s.orgUnit.id,s])),i=n.data?.riskOverview,t=(s,h)=>{const x=i?.find(y=>y.dezernat.id===s);return x?x.counts.find(y=>y.status===h)?.count??0:null};return e.jsxs(e.Fragment,{children:[e.jsx(q,{}),e.jsxs("section",{"aria-labelledby":"matrix-h",className:"zw-section",children:[e.jsx("h2",{id:"matrix-h",className:"kern-heading-medium",children:a("start.office.matrix")}),e.jsxs("p",{className:"kern-body zw-matrix-legend","data-testid":"matrix-legend",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",a("start.office.matrixLegend")]}),e.jsx(E,{label:a("start.office.matrixCaption",{year:l}),className:"zw-matrix-table",children:e.jsxs("table",{className:"kern-table kern-table--small zw-matrix","data-testid":"dezernat-matrix",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.matrixCaption",{year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),b.map(s=>e.jsx("th",{scope:"col",className:"kern-table__header zw-matrix__status",children:a(`status.${s}`)},s)),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.agent")})]})}),e.jsx("tbody",{className:"kern-table__body",children:o.map(s=>{const h=u.get(s.id);return e.jsxs("tr",{className:"kern-table__row","data-unit":s.id,children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:h?e.jsx(_,{className:"kern-link",href:p.agreement(h.id),children:s.name}):s.name}),b.map(x=>{const y=t(s.id,x);return e.jsxs("td",{className:"kern-table__cell zw-matrix__cell","data-status":x,"data-count":y??void 0,children:[h?.status===x?e.jsxs("span",{className:"zw-matrix__mark","data-testid":"matrix-ob",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-matrix__dot",children:"●"})," ",e.jsxs("span",{className:"kern-sr-only",children:[a("start.office.matrixOb",{status:a(`status.${x}`)}),", "]})]}):null,e.jsx("span",{className:y?"zw-matrix__count":"zw-matrix__count zw-matrix__count--zero",children:k(y,r)}),e.jsxs("span",{className:"kern-sr-only",children:[" ",a(`status.${x}`)]})]},x)}),e.jsx("td",{className:"kern-table__cell",children:h?h.agent.name:e.jsx("em",{children:a("status.NONE")})})]},s.id)})})]})}),e.jsx("ul",{className:"zw-matrix-list","data-testid":"dezernat-list","aria-label":a("start.office.matrixCaption",{year:l}),children:o.map(s=>{const h=u.get(s.id);return e.jsxs("li",{className:"zw-matrix-list__item",children:[e.jsx("span",{className:"zw-matrix-list__unit",children:h?e.jsx(_,{className:"kern-link",href:p.agreement(h.id),children:s.name}):s.name}),h?e.jsx(H,{status:h.status}):e.jsx("em",{className:"kern-body--muted",children:a("status.NONE")}),h?e.jsxs("span",{className:"kern-body--small",children:[a("agreement.agent"),": ",h.agent.name]}):null,i?e.jsx("span",{className:"kern-body--small","data-testid":"list-counts",children:a("start.office.listCounts",{counts:b.filter(x=>(t(s.id,x)??0)>0).map(x=>`${a(`status.${x}`)} ${k(t(s.id,x),r)}`).join(", ")||a("app.none")})}):null]},s.id)})})]}),e.jsxs("section",{"aria-labelledby":"budget-h",className:"zw-section",children:[e.jsx("h2",{id:"budget-h",className:"kern-heading-medium",children:a("start.office.budget")}),c.budgetComplianceByDezernat.length===0?e.jsx(v,{children:a("app.none")}):e.jsx(E,{label:a("start.office.budget"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.office.budget")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," (HSP)"]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," (HSP)"]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:c.budgetComplianceByDezernat.map(s=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:s.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(s.figures.plan,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:s.figures.noData?a("budget.noData"):z(s.figures.actual,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:D(s.figures.adherence,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(s.figures.hspPlanned,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:z(s.figures.hspRealised,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:D(s.figures.hspRealisation,r)})]},s.orgUnit.id))})]})})]}),e.jsx(te,{})]})}})]})}function te(){const{t:a}=g(),{year:r}=N(),[l,d]=j({query:X,variables:{year:r}});return e.jsxs("section",{"aria-labelledby":"red-h",className:"zw-section",children:[e.jsx("h2",{id:"red-h",className:"kern-heading-medium",children:a("start.office.red")}),e.jsx(f,{...l,retry:()=>d({requestPolicy:"network-only"}),children:m=>{const n=m.kpis.nodes,c=m.kpis.totalCount;return c===0?e.jsx(v,{children:a("start.office.noRed")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"red-count","data-total":c,children:a("start.office.redCount",{n:c})}),e.jsxs("ul",{className:"zw-list","data-testid":"red-kpis",children:[n.map(o=>e.jsxs("li",{children:[e.jsx(K,{light:"RED",degree:o.achievement.degree,compact:!0})," ",e.jsx(_,{className:"kern-link",href:p.kpi(o.id),children:o.name}),o.goal?e.jsxs("span",{className:"kern-body--muted",children:[" – ",o.goal.orgUnit.name]}):null]},o.id)),c>n.length?e.jsx("li",{children:e.jsxs(_,{className:"kern-link",href:p.kpis()+"?ampel=RED&bereich=alle",children:[a("budget.showing",{n:n.length,total:c})," – ",a("nav.kpis")]})}):null]})]})}})]})}function ne(){const{t:a}=g(),{me:r,year:l}=N(),d=r.ledUnits[0],[m,n]=j({query:ee,variables:{year:l,orgUnit:d?.id??null}});return e.jsxs("section",{"aria-labelledby":"cascade-h",className:"zw-section",children:[e.jsx("h2",{id:"cascade-h",className:"kern-heading-medium",children:a("start.leadership.title")}),e.jsx(f,{...m,retry:()=>n({requestPolicy:"network-only"}),children:c=>{const o=c.agreementStatusOverview;if(o.length===0)return e.jsx(v,{children:a("start.none")});const u=C(F(o));return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"cascade-progress",children:a("start.leadership.progress",{done:u.concluded,total:u.total})}),e.jsx("progress",{className:"kern-progress zw-progress",max:Math.max(u.total,1),value:u.concluded,"aria-label":a("start.leadership.progress",{done:u.concluded,total:u.total})}),e.jsx(E,{label:a("start.leadership.caption",{unit:d?.name??"",year:l}),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"cascade-table",children:[e.jsx("caption",{className:"kern-sr-only",children:a("start.leadership.caption",{unit:d?.name??"",year:l})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("app.total")}),b.map(i=>e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a(`status.${i}`)},i)),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.concluded")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.reviewed")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("start.leadership.assessed")})]})}),e.jsx("tbody",{className:"kern-table__body",children:o.map(i=>{const t=C(i);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:i.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i.total}),b.map(s=>e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:B(i,s)||""},s)),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.concluded}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.reviewed}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:t.assessed})]},i.orgUnit.id)})})]})})]})}})]})}function R({role:a}){const{t:r}=g(),{year:l}=N(),[d,m]=j({query:ae,variables:{year:l,role:a}}),n=r(a==="AGENT"?"start.manager.asAgent":"start.manager.asPrincipal");return e.jsxs("section",{"aria-labelledby":`my-${a}`,className:"zw-section","data-testid":`my-agreements-${a.toLowerCase()}`,children:[e.jsx("h2",{id:`my-${a}`,className:"kern-heading-medium",children:n}),e.jsx(f,{...d,retry:()=>m({requestPolicy:"network-only"}),children:c=>c.agreements.nodes.length===0?e.jsx(v,{children:r("start.none")}):e.jsx(M,{agreements:c.agreements.nodes,caption:n})})]})}const le={PROPOSE:{de:"Entwurf vervollständigen und vorschlagen",en:"Complete and propose the draft"},SIGN:{de:"Vorschlag prüfen und unterzeichnen",en:"Review and sign the proposal"},REVIEW:{de:"Zwischengespräch führen und erfassen",en:"Hold and record the mid-year review"},SELF_ASSESS:{de:"Selbsteinschätzung abgeben",en:"Give your self-assessment"},ASSESS:{de:"Abschließend bewerten",en:"Give the final assessment"},CLOSE:{de:"Bewertete Vereinbarung abschließen",en:"Close the assessed agreement"},KPI_OVERDUE:{de:"Kennzahlwert überfällig",en:"KPI value overdue"},OFFICE_REVIEW:{de:"Vorschlag für den OB prüfen (Büro OB)",en:"Review the proposal for the mayor (mayor's office)"},ACKNOWLEDGE:{de:"Beurteilung bestätigen oder Einspruch einlegen",en:"Acknowledge the assessment or object"},OBJECTION_ASSIGN:{de:"Einspruch der Paritätischen Kommission zuweisen",en:"Assign the objection to the joint commission"},OBJECTION_DECIDE:{de:"Über den Einspruch entscheiden (Kommission)",en:"Decide the objection (commission)"}};function O(){const{t:a,lang:r}=g(),[l,d]=j({query:se});return e.jsxs("section",{"aria-labelledby":"tasks-h",className:"zw-section",children:[e.jsx("h2",{id:"tasks-h",className:"kern-heading-medium",children:a("start.manager.tasks")}),e.jsx(f,{...l,retry:()=>d({requestPolicy:"network-only"}),children:m=>m.myTasks.length===0?e.jsx(v,{children:a("start.manager.noTasks")}):e.jsx("ul",{className:"kern-task-list__list zw-tasks","data-testid":"my-tasks",children:m.myTasks.slice(0,30).map((n,c)=>e.jsxs("li",{className:"zw-task",children:[e.jsx("span",{className:"kern-badge kern-badge--info kern-badge--small",children:e.jsx("span",{className:"kern-label",children:le[n.kind]?.[r]??n.kind})})," ",n.agreement?e.jsxs(_,{className:"kern-link",href:p.agreement(n.agreement.id),children:[n.agreement.orgUnit.name," ",n.agreement.year]}):n.kpi?e.jsx(_,{className:"kern-link",href:p.kpi(n.kpi.id),children:n.kpi.name}):null,n.period?e.jsxs("span",{className:"kern-body--muted","data-testid":"task-period",children:[" – ",$(n.period,r)]}):null]},c))})})]})}function pe(){const{t:a}=g(),{me:r}=N(),l=T(r);return e.jsxs("div",{"data-start":l,"data-testid":`start-${l}`,children:[l==="office"?e.jsx(re,{}):null,l==="leadership"?e.jsxs(e.Fragment,{children:[e.jsx(A,{title:a("start.leadership.title"),create:!0}),e.jsx(q,{}),e.jsx(ne,{}),e.jsx(O,{}),e.jsx(R,{role:"AGENT"}),e.jsx(R,{role:"PRINCIPAL"})]}):null,l==="manager"||l==="staff"?e.jsxs(e.Fragment,{children:[e.jsx(A,{title:a("start.manager.title"),create:!0}),e.jsx(O,{}),e.jsx(R,{role:"AGENT"}),e.jsx(R,{role:"PRINCIPAL"})]}):null,l==="hr"?e.jsx(G,{}):null,l==="controlling"?e.jsxs(e.Fragment,{children:[e.jsx(A,{title:a("start.controlling.title")}),e.jsx("p",{className:"kern-body",children:a("start.controlling.text")}),e.jsxs("ul",{className:"zw-list",children:[e.jsx("li",{children:e.jsx(_,{className:"kern-link",href:p.kpis(),children:a("nav.kpis")})}),e.jsx("li",{children:e.jsx(_,{className:"kern-link",href:p.budget(),children:a("nav.budget")})}),e.jsx("li",{children:e.jsx(_,{className:"kern-link",href:p.import(),children:a("nav.import")})})]}),e.jsx(O,{})]}):null]})}export{pe as default};
