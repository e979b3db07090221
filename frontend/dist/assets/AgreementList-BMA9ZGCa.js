import{u as c,a as g,r as p,b as u,j as e,Q as d,E as h,g as x}from"./index-Dj2rVZnF.js";import{Y as y}from"./YearSelect-cqRx9MkC.js";import{N as j,A as b}from"./NewAgreementButton-BsynvL2K.js";import"./format-D0Qqy3Lg.js";import"./StatusBadge-mODNRSRd.js";import"./TableRegion-BbfjVBIt.js";const f=x(`
  query AgreementList($year: Int, $after: String) {
    agreements(year: $year, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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
`);function v(){const{t:s}=c(),{years:o,year:r,setYear:l}=g(),[a,n]=p.useState([]),[i,m]=u({query:f,variables:{year:r,after:a[a.length-1]??null}});return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:s("agreement.list")}),e.jsxs("div",{className:"zw-pagehead__tools",children:[e.jsx(j,{}),e.jsx(y,{years:o,value:r,onChange:t=>{n([]),l(t)}})]})]}),e.jsx(d,{...i,retry:()=>m({requestPolicy:"network-only"}),children:t=>e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body",children:s("budget.showing",{n:t.agreements.nodes.length,total:t.agreements.totalCount})}),t.agreements.nodes.length===0?e.jsx(h,{children:s("start.none")}):e.jsx(b,{agreements:t.agreements.nodes,caption:s("agreement.list")}),e.jsxs("div",{className:"kern-btn-wrapper",children:[a.length>0?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>n(a.slice(0,-1)),children:e.jsx("span",{className:"kern-label",children:s("app.back")})}):null,t.agreements.pageInfo.hasNextPage&&t.agreements.pageInfo.endCursor?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>n([...a,t.agreements.pageInfo.endCursor]),children:e.jsx("span",{className:"kern-label",children:s("app.more")})}):null]})]})})]})}export{v as default};
