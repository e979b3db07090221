import{u as h,r as i,b as m,j as e,A as j,Q as p,E as k,g as N}from"./index-BOuAWYtT.js";import{e as o}from"./format-wML3mmU2.js";import{A as _}from"./AdminLayout-BR78Bcuc.js";import{S as y}from"./Inputs-uiPNkpXI.js";import{T as f}from"./TableRegion-anqxfk7G.js";import"./Field-BuFn32Kz.js";const g=N(`
  query AdminOutbox($status: MailStatus, $first: Int!) {
    outbox(status: $status, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        kind
        to
        subject
        body
        status
        attempts
        lastError
        createdAt
        nextAttemptAt
        sentAt
      }
    }
  }
`),A=["QUEUED","SENT","FAILED"],n=50;function F(){const{t,lang:l}=h(),[r,d]=i.useState(""),[u,c]=i.useState(n),[x,b]=m({query:g,variables:{status:r||null,first:u}});return e.jsxs(_,{page:"outbox",children:[e.jsx("h1",{className:"kern-heading-large",children:t("admin.outbox")}),e.jsx(j,{kind:"info",title:t("outbox.demo")}),e.jsxs(y,{label:t("outbox.filter"),name:"status",value:r,onChange:a=>{d(a),c(n)},children:[e.jsx("option",{value:"",children:t("outbox.all")}),A.map(a=>e.jsx("option",{value:a,children:t(`mail.${a}`)},a))]}),e.jsx(p,{...x,retry:()=>b({requestPolicy:"network-only"}),children:a=>a.outbox.nodes.length===0?e.jsx(k,{children:t("outbox.none")}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"outbox-count",children:t("outbox.count",{n:a.outbox.totalCount})}),e.jsx(f,{label:t("admin.outbox"),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"outbox-table",children:[e.jsx("caption",{className:"kern-sr-only",children:t("admin.outbox")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:t("outbox.created")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:t("outbox.to")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:t("outbox.subject")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:t("outbox.status")})]})}),e.jsx("tbody",{className:"kern-table__body",children:a.outbox.nodes.map(s=>e.jsxs("tr",{className:"kern-table__row","data-kind":s.kind,"data-status":s.status,children:[e.jsx("td",{className:"kern-table__cell",children:o(s.createdAt,l)}),e.jsx("td",{className:"kern-table__cell zw-break",children:s.to}),e.jsxs("td",{className:"kern-table__cell",children:[e.jsx("span",{className:"kern-label",children:t(`mail.${s.kind}`)}),": ",s.subject,e.jsxs("details",{className:"zw-mail",children:[e.jsx("summary",{children:t("outbox.show")}),e.jsx("pre",{className:"zw-mail__body",children:s.body})]})]}),e.jsxs("td",{className:"kern-table__cell",children:[t(`mail.${s.status}`),s.status==="SENT"&&s.sentAt?e.jsxs(e.Fragment,{children:[" (",o(s.sentAt,l),")"]}):null,s.status==="QUEUED"?e.jsx("div",{className:"kern-body--muted",children:t("outbox.next",{at:o(s.nextAttemptAt,l)})}):null,s.lastError?e.jsx("div",{className:"kern-body--muted",children:t("outbox.attempts",{n:s.attempts,error:s.lastError})}):null]})]},s.id))})]})}),a.outbox.pageInfo.hasNextPage?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>c(s=>s+n),children:e.jsx("span",{className:"kern-label",children:t("outbox.more")})}):null]})})]})}export{F as default};
