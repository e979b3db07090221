import{u as h,r as d,b as m,j as t,A as j,Q as p,E as k,g as N}from"./index-BmWoV2n4.js";import{e as o}from"./format-wML3mmU2.js";import{A as _}from"./AdminLayout-Zn7vc_qT.js";import{S as y}from"./Inputs-DIXqbKnQ.js";import{T as f}from"./TableRegion-g6OnVh2B.js";import"./Field-Cmvi8DVO.js";const g=N(`
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
`),A=["QUEUED","SENT","FAILED"],n=50;function D(){const{t:e,lang:l}=h(),[r,i]=d.useState(""),[u,c]=d.useState(n),[b,x]=m({query:g,variables:{status:r||null,first:u}});return t.jsxs(_,{page:"outbox",children:[t.jsx("h1",{className:"kern-heading-large",children:e("admin.outbox")}),t.jsx(j,{kind:"info",title:e("outbox.demo")}),t.jsxs(y,{label:e("outbox.filter"),name:"status",value:r,onChange:a=>{i(a),c(n)},children:[t.jsx("option",{value:"",children:e("outbox.all")}),A.map(a=>t.jsx("option",{value:a,children:e(`mail.${a}`)},a))]}),t.jsx(p,{...b,retry:()=>x({requestPolicy:"network-only"}),children:a=>a.outbox.nodes.length===0?t.jsx(k,{children:e("outbox.none")}):t.jsxs(t.Fragment,{children:[t.jsx("p",{className:"kern-body","data-testid":"outbox-count",children:e("outbox.count",{n:a.outbox.totalCount})}),t.jsx(f,{label:e("admin.outbox"),children:t.jsxs("table",{className:"kern-table kern-table--small zw-stack","data-testid":"outbox-table",children:[t.jsx("caption",{className:"kern-sr-only",children:e("admin.outbox")}),t.jsx("thead",{className:"kern-table__header",children:t.jsxs("tr",{className:"kern-table__row",children:[t.jsx("th",{scope:"col",className:"kern-table__header",children:e("outbox.created")}),t.jsx("th",{scope:"col",className:"kern-table__header",children:e("outbox.to")}),t.jsx("th",{scope:"col",className:"kern-table__header",children:e("outbox.subject")}),t.jsx("th",{scope:"col",className:"kern-table__header",children:e("outbox.status")})]})}),t.jsx("tbody",{className:"kern-table__body",children:a.outbox.nodes.map(s=>t.jsxs("tr",{className:"kern-table__row","data-kind":s.kind,"data-status":s.status,children:[t.jsx("td",{className:"kern-table__cell","data-label":e("outbox.created"),children:o(s.createdAt,l)}),t.jsx("td",{className:"kern-table__cell zw-break","data-label":e("outbox.to"),children:s.to}),t.jsxs("td",{className:"kern-table__cell","data-label":e("outbox.subject"),children:[t.jsx("span",{className:"kern-label",children:e(`mail.${s.kind}`)}),": ",s.subject,t.jsxs("details",{className:"zw-mail",children:[t.jsx("summary",{children:e("outbox.show")}),t.jsx("pre",{className:"zw-mail__body",children:s.body})]})]}),t.jsxs("td",{className:"kern-table__cell","data-label":e("outbox.status"),children:[e(`mail.${s.status}`),s.status==="SENT"&&s.sentAt?t.jsxs(t.Fragment,{children:[" (",o(s.sentAt,l),")"]}):null,s.status==="QUEUED"?t.jsx("div",{className:"kern-body--muted",children:e("outbox.next",{at:o(s.nextAttemptAt,l)})}):null,s.lastError?t.jsx("div",{className:"kern-body--muted",children:e("outbox.attempts",{n:s.attempts,error:s.lastError})}):null]})]},s.id))})]})}),a.outbox.pageInfo.hasNextPage?t.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>c(s=>s+n),children:t.jsx("span",{className:"kern-label",children:e("outbox.more")})}):null]})})]})}export{D as default};
