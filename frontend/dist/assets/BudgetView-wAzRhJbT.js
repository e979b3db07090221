import{u as p,a as _,j as e,b as j,Q as N,E as f,r as w,g as y}from"./index-B5iY245f.js";import{Y as P}from"./YearSelect-Dfyw7ft0.js";import{C as v,c as k}from"./Chart-C4sP4gkh.js";import{f as l,a as g,g as $}from"./format-BtJnRx53.js";function I(a,s){const t=s.map(()=>0),n=s.map(()=>0);for(const u of a)for(const i of u.savings){const c=s.indexOf(i.year);c<0||(t[c]+=i.planned,n[c]+=i.realised??0)}return{planned:t,realised:n}}function S(a,s){return!a||s===null?null:s/a}const q=y(`
  query BudgetByDezernat($year: Int!) {
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
      }
    }
  }
`),U=y(`
  query BudgetProducts($year: Int!, $after: String) {
    products(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        name
        orgUnit {
          id
          name
        }
        budgetLines(fromYear: $year, toYear: $year) {
          year
          plan
          forecast
          actual
          deviation
        }
      }
    }
  }
`),B=y(`
  query BudgetMeasures($from: Int!, $to: Int!) {
    consolidationMeasures(first: 50) {
      totalCount
      nodes {
        id
        number
        title
        status
        orgUnit {
          id
          name
        }
        savings(fromYear: $from, toYear: $to) {
          year
          planned
          realised
          realisationRate
        }
      }
    }
  }
`);function D(){const{t:a}=p(),{year:s}=_();return e.jsxs("section",{"aria-labelledby":"export-h",className:"zw-section zw-noprint",children:[e.jsx("h2",{id:"export-h",className:"kern-heading-medium",children:a("budget.export")}),e.jsxs("div",{className:"kern-btn-wrapper zw-buttons",children:[e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:`/api/export/status.csv?year=${s}`,download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsxs("span",{className:"kern-label",children:[a("budget.exportStatusCsv")," ",s]})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:`/api/export/status.xlsx?year=${s}`,download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsxs("span",{className:"kern-label",children:[a("budget.exportStatusXlsx")," ",s]})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:"/api/export/kpis.csv",download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsx("span",{className:"kern-label",children:a("budget.exportKpisCsv")})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:"/api/export/kpis.xlsx",download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsx("span",{className:"kern-label",children:a("budget.exportKpisXlsx")})]})]})]})}function R(){const{t:a,lang:s}=p(),{year:t}=_(),[n,u]=j({query:q,variables:{year:t}});return e.jsxs("section",{"aria-labelledby":"dez-h",className:"zw-section",children:[e.jsx("h2",{id:"dez-h",className:"kern-heading-medium",children:a("start.office.budget")}),e.jsx(N,{...n,retry:()=>u({requestPolicy:"network-only"}),children:i=>{const c=i.budgetComplianceByDezernat;if(c.length===0)return e.jsx(f,{children:a("app.none")});const h=c.map(r=>r.orgUnit.code||r.orgUnit.name),o={color:[k.plan,k.actual],tooltip:{trigger:"axis",valueFormatter:r=>l(r,s)},legend:{top:0},grid:{left:90,right:20,top:40,bottom:30},xAxis:{type:"category",data:h},yAxis:{type:"value",axisLabel:{formatter:r=>$(r,s)}},series:[{name:a("budget.plan"),type:"bar",data:c.map(r=>r.figures.plan)},{name:a("budget.actual"),type:"bar",data:c.map(r=>r.figures.actual)}]};return e.jsxs(e.Fragment,{children:[e.jsx(v,{option:o,label:`${a("start.office.budget")} ${t}: `+c.map(r=>`${r.orgUnit.name}: ${a("budget.plan")} ${l(r.figures.plan,s)}, ${a("budget.actual")} ${l(r.figures.actual,s)}`).join("; ")}),e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("start.office.budget")," ",t]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:["HSP ",a("budget.planned")]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:["HSP ",a("budget.realised")]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:c.map(r=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(r.figures.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(r.figures.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:g(r.figures.adherence,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(r.figures.hspPlanned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(r.figures.hspRealised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:g(r.figures.hspRealisation,s)})]},r.orgUnit.id))})]})})]})}})]})}function Y(){const{t:a,lang:s}=p(),{year:t}=_(),[n,u]=w.useState([]),[i,c]=j({query:U,variables:{year:t,after:n[n.length-1]??null}});return e.jsxs("section",{"aria-labelledby":"prod-h",className:"zw-section",children:[e.jsxs("h2",{id:"prod-h",className:"kern-heading-medium",children:[a("budget.products")," ",t]}),e.jsx(N,{...i,retry:()=>c({requestPolicy:"network-only"}),children:h=>e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body",children:a("budget.showing",{n:h.products.nodes.length,total:h.products.totalCount})}),e.jsx("div",{className:"kern-table-responsive zw-scroll",tabIndex:0,role:"region","aria-label":a("budget.productsRegion"),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"products",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("budget.products")," ",t]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.product")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.forecast")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.deviation")})]})}),e.jsx("tbody",{className:"kern-table__body",children:h.products.nodes.map(o=>{const r=o.budgetLines[0];return e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("th",{scope:"row",className:"kern-table__cell",children:[o.number," ",o.name]}),e.jsx("td",{className:"kern-table__cell",children:o.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(r?.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(r?.forecast,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(r?.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(r?.deviation,s)})]},o.id)})})]})}),e.jsxs("div",{className:"kern-btn-wrapper",children:[n.length>0?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>u(n.slice(0,-1)),children:e.jsx("span",{className:"kern-label",children:a("app.back")})}):null,h.products.pageInfo.hasNextPage&&h.products.pageInfo.endCursor?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>u([...n,h.products.pageInfo.endCursor]),children:e.jsx("span",{className:"kern-label",children:a("app.more")})}):null]})]})})]})}function M(){const{t:a,lang:s}=p(),{years:t,year:n}=_(),u=t[0]??n-5,i=t[t.length-1]??n,[c,h]=j({query:B,variables:{from:u,to:i}}),o=w.useMemo(()=>{const r=[];for(let m=u;m<=i;m++)r.push(m);return r},[u,i]);return e.jsxs("section",{"aria-labelledby":"hsp-h",className:"zw-section",children:[e.jsx("h2",{id:"hsp-h",className:"kern-heading-medium",children:a("budget.measures")}),e.jsx(N,{...c,retry:()=>h({requestPolicy:"network-only"}),children:r=>{const m=r.consolidationMeasures.nodes;if(m.length===0)return e.jsx(f,{children:a("app.none")});const x=I(m,o),C={color:[k.plan,k.realised],tooltip:{trigger:"axis",valueFormatter:d=>l(d,s)},legend:{top:0},grid:{left:90,right:20,top:40,bottom:30},xAxis:{type:"category",data:o.map(String)},yAxis:{type:"value",axisLabel:{formatter:d=>$(d,s)}},series:[{name:a("budget.planned"),type:"bar",data:x.planned},{name:a("budget.realised"),type:"bar",data:x.realised}]};return e.jsxs(e.Fragment,{children:[e.jsx(v,{option:C,label:`${a("budget.chartMeasures")}: `+o.map((d,b)=>`${d}: ${l(x.planned[b],s)} / ${l(x.realised[b],s)}`).join("; ")}),e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"measures",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("budget.measures")," ",n]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.measure")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.status")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," ",n]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," ",n]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.rate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:m.map(d=>{const b=d.savings.find(z=>z.year===n);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("th",{scope:"row",className:"kern-table__cell",children:[d.number," ",d.title]}),e.jsx("td",{className:"kern-table__cell",children:d.orgUnit.name}),e.jsxs("td",{className:"kern-table__cell",children:[d.status==="AT_RISK"?e.jsx("span",{"aria-hidden":"true",children:"! "}):null,a(`measure.${d.status}`)]}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(b?.planned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l(b?.realised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:g(b?S(b.planned,b.realised):null,s)})]},d.id)})})]})})]})}})]})}function K(){const{t:a}=p(),{years:s,year:t,setYear:n}=_();return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a("budget.title")}),e.jsx(P,{years:s,value:t,onChange:n})]}),e.jsx(D,{}),e.jsx(R,{}),e.jsx(M,{}),e.jsx(Y,{})]})}export{K as default};
