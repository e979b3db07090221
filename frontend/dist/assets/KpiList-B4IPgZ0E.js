import{u as j,a as _,r as h,b as u,j as e,Q as N,E as f,L as y,p as L,g as w}from"./index-DaPb-SkJ.js";import{Y as $}from"./YearSelect-Df-UXXuF.js";import{L as v}from"./Light-DfKnFcbM.js";import{a as C}from"./format-oonsnr7t.js";import{T as E}from"./TableRegion-Dnk04xHX.js";const S=w(`
  query KpiList($year: Int!, $after: String) {
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
`),d=["ALL","RED","YELLOW","GREEN","NONE"];function P(){const{t:a,lang:m}=j(),{years:p,year:n,setYear:k}=_(),i=new URLSearchParams(window.location.search).get("ampel"),[t,g]=h.useState(d.includes(i??"")?i:"ALL"),[r,c]=h.useState([]),[b,x]=u({query:S,variables:{year:n,after:r[r.length-1]??null}});return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a("kpi.list")}),e.jsx($,{years:p,value:n,onChange:k})]}),e.jsxs("fieldset",{className:"kern-fieldset zw-filter",children:[e.jsx("legend",{className:"kern-label",children:a("light.label")}),e.jsx("div",{className:"kern-fieldset__body kern-fieldset__body--horizontal",children:d.map(s=>e.jsxs("div",{className:"kern-form-check",children:[e.jsx("input",{className:"kern-form-check__radio",type:"radio",id:`light-${s}`,name:"light",checked:t===s,onChange:()=>g(s)}),e.jsx("label",{className:"kern-label",htmlFor:`light-${s}`,children:a(s==="ALL"?"app.total":`light.${s}`)})]},s))})]}),e.jsx(N,{...b,retry:()=>x({requestPolicy:"network-only"}),children:s=>{const o=s.kpis.nodes.filter(l=>t==="ALL"||l.achievement.light===t);return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body",children:a("budget.showing",{n:s.kpis.nodes.length,total:s.kpis.totalCount})}),o.length===0?e.jsx(f,{children:a("app.none")}):e.jsx(E,{label:`${a("kpi.list")} ${n}`,children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("kpi.list")," ",n]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.name")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("light.label")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("agreement.degree")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.goal")})]})}),e.jsx("tbody",{className:"kern-table__body",children:o.map(l=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:e.jsx(y,{className:"kern-link",href:L.kpi(l.id),children:l.name})}),e.jsx("td",{className:"kern-table__cell",children:l.unit}),e.jsx("td",{className:"kern-table__cell",children:e.jsx(v,{light:l.achievement.light})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:C(l.achievement.degree,m)}),e.jsx("td",{className:"kern-table__cell",children:l.goal?`${l.goal.title} (${l.goal.orgUnit.name})`:"–"})]},l.id))})]})}),e.jsxs("div",{className:"kern-btn-wrapper",children:[r.length>0?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>c(r.slice(0,-1)),children:e.jsx("span",{className:"kern-label",children:a("app.back")})}):null,s.kpis.pageInfo.hasNextPage&&s.kpis.pageInfo.endCursor?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>c([...r,s.kpis.pageInfo.endCursor]),children:e.jsx("span",{className:"kern-label",children:a("app.more")})}):null]})]})}})]})}export{P as default};
