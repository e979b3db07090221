import{u as f,b as u,c as b,r as x,j as e,Q as j,E as k,L as g,p as _,g as o}from"./index-BmWoV2n4.js";import{u as y,D as N}from"./useSave-B79mkDq0.js";import{A as T}from"./AdminLayout-Zn7vc_qT.js";import{F as v}from"./FormAlert-D-j1WR_u.js";import{S as E}from"./StatusBadge-BPJboWAS.js";import{T as A}from"./TableRegion-g6OnVh2B.js";import"./mutation-CEYMJlon.js";const w=o(`
  query AdminTransfers {
    principalTransfers {
      agreement {
        id
        year
        version
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
      }
      successor {
        id
        name
      }
    }
  }
`),P=o(`
  mutation AgreementPrincipalTransfer($input: AgreementPrincipalTransferInput!) {
    agreementPrincipalTransfer(input: $input) {
      agreement {
        id
        version
        principal {
          id
          name
        }
      }
      userErrors {
        field
        message
        messageEn
        code
        key
      }
    }
  }
`);function F(){const{t:r}=f(),[d,i]=u({query:w}),[,m]=b(P),[p,c]=x.useState(null),a=y(),h=async(n,s)=>{c(null),await a.run(()=>m({input:{agreementId:n.id,expectedVersion:n.version}}),"agreementPrincipalTransfer",null)&&(c(r("transfers.done",{agreement:n.label,name:s})),i({requestPolicy:"network-only"}))};return e.jsxs(T,{page:"transfers",children:[e.jsx("h1",{className:"kern-heading-large",children:r("admin.transfers")}),e.jsx("p",{className:"kern-body",children:r("transfers.intro")}),e.jsx(N,{message:p}),e.jsx(v,{error:a.error,fieldErrors:a.fieldErrors,known:[]}),e.jsx(j,{...d,retry:()=>i({requestPolicy:"network-only"}),children:n=>n.principalTransfers.length===0?e.jsx(k,{children:r("transfers.none")}):e.jsx(A,{label:r("admin.transfers"),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"transfers-table",children:[e.jsx("caption",{className:"kern-sr-only",children:r("admin.transfers")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:r("transfers.agreement")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:r("transfers.from")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:r("transfers.to")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:e.jsx("span",{className:"kern-sr-only",children:r("transfers.do")})})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.principalTransfers.map(({agreement:s,successor:t})=>{const l=`${s.orgUnit.name} ${s.year} (${s.agent.name})`;return e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("td",{className:"kern-table__cell",children:[e.jsx(g,{className:"kern-link",href:_.agreement(s.id),children:l})," ",e.jsx(E,{status:s.status})]}),e.jsx("td",{className:"kern-table__cell",children:s.principal.name}),e.jsx("td",{className:"kern-table__cell",children:t.name}),e.jsx("td",{className:"kern-table__cell",children:e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",disabled:a.busy,"aria-label":r("transfers.doNamed",{agreement:l,name:t.name}),onClick:()=>{h({id:s.id,version:s.version,label:l},t.name)},children:e.jsx("span",{className:"kern-label",children:r("transfers.do")})})})]},s.id)})})]})})})]})}export{F as default};
