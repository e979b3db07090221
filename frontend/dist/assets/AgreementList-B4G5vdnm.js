import{u as C,a as S,r as N,h as $,b as _,j as t,Q as A,E as z,n as E,g as F,p as I}from"./index-BmWoV2n4.js";import{Y as q}from"./YearSelect-C5Ym7gkG.js";import{N as L,s as y,A as P}from"./NewAgreementButton-QOIpVAX8.js";import"./format-wML3mmU2.js";import"./StatusBadge-BPJboWAS.js";import"./TableRegion-g6OnVh2B.js";function R(n,a){const s=n.get("bereich");return s===null?a:s==="alle"||s===""?null:s}function D(n,a){return n===a?null:n??"alle"}const B=F(`
  query AgreementList($year: Int, $after: String, $status: AgreementStatus, $orgUnit: ID, $search: String) {
    dezernate: orgUnits(kind: DEZERNAT, first: 50) {
      nodes {
        id
        name
      }
    }
    fachbereiche: orgUnits(kind: FACHBEREICH, first: 50) {
      nodes {
        id
        name
      }
    }
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
`);function G(){const{t:n}=C(),{years:a,year:s,setYear:v,me:g}=S(),p=g.ledUnits[0]?.id??null,[r,o]=N.useState([]),c=new URLSearchParams($().search),f=c.get("status"),x=y.includes(f??"")?f:null,l=R(c,p),j=c.get("suche")||null,[b,U]=N.useState(j??""),u=(e,m)=>{const h=new URLSearchParams(c);m?h.set(e,m):h.delete(e),o([]);const k=h.toString();E(I.agreements()+(k?`?${k}`:""),{replace:!0})},[d,w]=_({query:B,variables:{year:s,after:r[r.length-1]??null,status:x,orgUnit:l,search:j}}),i=g.ledUnits.map(e=>({id:e.id,name:e.name,mine:!0}));for(const e of[...d.data?.dezernate.nodes??[],...d.data?.fachbereiche.nodes??[]])i.some(m=>m.id===e.id)||i.push({id:e.id,name:e.name,mine:!1});return l&&!i.some(e=>e.id===l)&&i.push({id:l,name:n("agreement.otherUnit"),mine:!1}),t.jsxs(t.Fragment,{children:[t.jsxs("div",{className:"zw-pagehead",children:[t.jsx("h1",{className:"kern-heading-large",children:n("agreement.list")}),t.jsxs("div",{className:"zw-pagehead__tools",children:[t.jsx(L,{}),t.jsx(q,{years:a,value:s,onChange:e=>{o([]),v(e)}})]})]}),t.jsxs("form",{className:"zw-filters",role:"search","aria-label":n("agreement.filters"),onSubmit:e=>{e.preventDefault(),u("suche",b.trim()||null)},children:[t.jsxs("div",{className:"kern-form-input zw-filter",children:[t.jsx("label",{className:"kern-label",htmlFor:"agreement-status",children:n("agreement.filterStatus")}),t.jsx("div",{className:"kern-form-input__select-wrapper",children:t.jsxs("select",{id:"agreement-status",className:"kern-form-input__select",value:x??"",onChange:e=>u("status",e.target.value||null),children:[t.jsx("option",{value:"",children:n("agreement.allStatus")}),y.map(e=>t.jsx("option",{value:e,children:n(`status.${e}`)},e))]})})]}),t.jsxs("div",{className:"kern-form-input zw-filter",children:[t.jsx("label",{className:"kern-label",htmlFor:"agreement-unit",children:n("kpi.filterUnit")}),t.jsx("div",{className:"kern-form-input__select-wrapper",children:t.jsxs("select",{id:"agreement-unit",className:"kern-form-input__select",value:l??"",onChange:e=>u("bereich",D(e.target.value||null,p)),children:[t.jsx("option",{value:"",children:n("kpi.allUnits")}),i.map(e=>t.jsx("option",{value:e.id,children:e.mine?`${n("kpi.myUnit")}: ${e.name}`:e.name},e.id))]})})]}),t.jsxs("div",{className:"kern-form-input zw-filter",children:[t.jsx("label",{className:"kern-label",htmlFor:"agreement-search",children:n("agreement.search")}),t.jsx("input",{id:"agreement-search",className:"kern-form-input__input",type:"search",value:b,onChange:e=>U(e.target.value)})]}),t.jsx("div",{className:"zw-filter",children:t.jsx("button",{type:"submit",className:"kern-btn kern-btn--secondary",children:t.jsx("span",{className:"kern-label",children:n("agreement.searchButton")})})})]}),t.jsx(A,{...d,retry:()=>w({requestPolicy:"network-only"}),children:e=>t.jsxs(t.Fragment,{children:[t.jsx("p",{className:"kern-body","data-testid":"agreement-count","data-total":e.agreements.totalCount,children:n("budget.showing",{n:e.agreements.nodes.length,total:e.agreements.totalCount})}),e.agreements.nodes.length===0?t.jsx(z,{children:n("start.none")}):t.jsx(P,{agreements:e.agreements.nodes,caption:n("agreement.list")}),t.jsxs("div",{className:"kern-btn-wrapper",children:[r.length>0?t.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>o(r.slice(0,-1)),children:t.jsx("span",{className:"kern-label",children:n("app.back")})}):null,e.agreements.pageInfo.hasNextPage&&e.agreements.pageInfo.endCursor?t.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>o([...r,e.agreements.pageInfo.endCursor]),children:t.jsx("span",{className:"kern-label",children:n("app.more")})}):null]})]})})]})}export{G as default};
