import{u as v,a as S,r as p,f as w,b as $,j as e,Q as C,E as A,n as _,g as I,p as U}from"./index-DiBYEHkp.js";import{Y as q}from"./YearSelect-BHMFb4Ez.js";import{N as z,s as x,A as L}from"./NewAgreementButton-D08P-Y1p.js";import"./format-D0Qqy3Lg.js";import"./StatusBadge-qija4Bu-.js";import"./TableRegion-PBocBowH.js";const F=I(`
  query AgreementList($year: Int, $after: String, $status: AgreementStatus, $orgUnit: ID, $search: String) {
    agreements(year: $year, status: $status, orgUnit: $orgUnit, search: $search, first: 50, after: $after) {
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
`);function B(){const{t:s}=v(),{years:f,year:i,setYear:j}=S(),[a,n]=p.useState([]),r=new URLSearchParams(w().search),c=r.get("status"),o=x.includes(c??"")?c:null,b=r.get("bereich")||null,m=r.get("suche")||null,[u,N]=p.useState(m??""),g=(t,h)=>{const l=new URLSearchParams(r);h?l.set(t,h):l.delete(t),n([]);const d=l.toString();_(U.agreements()+(d?`?${d}`:""),{replace:!0})},[k,y]=$({query:F,variables:{year:i,after:a[a.length-1]??null,status:o,orgUnit:b,search:m}});return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:s("agreement.list")}),e.jsxs("div",{className:"zw-pagehead__tools",children:[e.jsx(z,{}),e.jsx(q,{years:f,value:i,onChange:t=>{n([]),j(t)}})]})]}),e.jsxs("form",{className:"zw-filters",role:"search","aria-label":s("agreement.filters"),onSubmit:t=>{t.preventDefault(),g("suche",u.trim()||null)},children:[e.jsxs("div",{className:"kern-form-input zw-filter",children:[e.jsx("label",{className:"kern-label",htmlFor:"agreement-status",children:s("agreement.filterStatus")}),e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:"agreement-status",className:"kern-form-input__select",value:o??"",onChange:t=>g("status",t.target.value||null),children:[e.jsx("option",{value:"",children:s("agreement.allStatus")}),x.map(t=>e.jsx("option",{value:t,children:s(`status.${t}`)},t))]})})]}),e.jsxs("div",{className:"kern-form-input zw-filter",children:[e.jsx("label",{className:"kern-label",htmlFor:"agreement-search",children:s("agreement.search")}),e.jsx("input",{id:"agreement-search",className:"kern-form-input__input",type:"search",value:u,onChange:t=>N(t.target.value)})]}),e.jsx("div",{className:"zw-filter",children:e.jsx("button",{type:"submit",className:"kern-btn kern-btn--secondary",children:e.jsx("span",{className:"kern-label",children:s("agreement.searchButton")})})})]}),e.jsx(C,{...k,retry:()=>y({requestPolicy:"network-only"}),children:t=>e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"agreement-count","data-total":t.agreements.totalCount,children:s("budget.showing",{n:t.agreements.nodes.length,total:t.agreements.totalCount})}),t.agreements.nodes.length===0?e.jsx(A,{children:s("start.none")}):e.jsx(L,{agreements:t.agreements.nodes,caption:s("agreement.list")}),e.jsxs("div",{className:"kern-btn-wrapper",children:[a.length>0?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>n(a.slice(0,-1)),children:e.jsx("span",{className:"kern-label",children:s("app.back")})}):null,t.agreements.pageInfo.hasNextPage&&t.agreements.pageInfo.endCursor?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>n([...a,t.agreements.pageInfo.endCursor]),children:e.jsx("span",{className:"kern-label",children:s("app.more")})}):null]})]})})]})}export{B as default};
