import{u as P,a as $,b as R,r as a,c as x,j as e,Q as z,E as L,g as f}from"./index-BmWoV2n4.js";import{b as o}from"./format-wML3mmU2.js";import{u as Q,D as M}from"./useSave-B79mkDq0.js";import{A as V}from"./AdminLayout-Zn7vc_qT.js";import{F as U}from"./FormAlert-D-j1WR_u.js";import{T as _}from"./Inputs-DIXqbKnQ.js";import{P as D}from"./PersonPicker-CJBgVhFg.js";import{T as W}from"./TableRegion-g6OnVh2B.js";import{u as B,t as b,k as G}from"./useOrgUnits-C4towKtT.js";import"./mutation-CEYMJlon.js";import"./Field-Cmvi8DVO.js";import"./adminDocs-C_b2_sX9.js";import"./fetchAll-99RvXKgQ.js";const H=f(`
  query AdminDeputies {
    deputies {
      id
      version
      from
      to
      endedOn
      active
      leader {
        id
        name
      }
      deputy {
        id
        name
      }
    }
  }
`),J=f(`
  mutation DeputyAssign($input: DeputyAssignInput!) {
    deputyAssign(input: $input) {
      deputy {
        id
        from
        to
        deputy {
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
`),K=f(`
  mutation DeputyEnd($input: DeputyEndInput!) {
    deputyEnd(input: $input) {
      deputy {
        id
        active
        endedOn
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
`),X=["leaderId","deputyId","from","to"];function Y(){const s=new Date(`${b()}T12:00:00`);return s.setDate(s.getDate()+14),s.toISOString().slice(0,10)}function me(){const{t:s,lang:d}=P(),{me:m}=$(),y=m.roles.includes("ADMIN"),[w,v]=R({query:H}),I=B(b()),j=G(I.units??[]),[i,E]=a.useState(y?"":m.person.id),[u,k]=a.useState(""),[N,A]=a.useState(b()),[g,S]=a.useState(Y()),[q,c]=a.useState(null),[,O]=x(J),[,T]=x(K),r=Q(),p=a.useRef(null),l=r.fieldErrors,h=()=>v({requestPolicy:"network-only"}),C=async()=>{if(c(null),!i||!u){r.setFieldErrors({...i?{}:{leaderId:[s("admin.required")]},...u?{}:{deputyId:[s("admin.required")]}}),setTimeout(()=>p.current?.querySelector('[aria-invalid="true"]')?.focus(),0);return}const t=(await r.run(()=>O({input:{leaderId:i,deputyId:u,from:N,to:g}}),"deputyAssign",p.current))?.deputyAssign.deputy;t&&(c(s("deputies.done",{name:t.deputy.name,from:o(t.from,d),to:o(t.to,d)})),k(""),h())},F=async(n,t)=>{c(null),await r.run(()=>T({input:{deputyId:n,expectedVersion:t}}),"deputyEnd",p.current)&&(c(s("deputies.ended")),h())};return e.jsxs(V,{page:"deputies",children:[e.jsx("h1",{className:"kern-heading-large",children:s("admin.deputies")}),e.jsx("p",{className:"kern-body",children:s("deputies.intro")}),e.jsx(M,{message:q}),e.jsxs("section",{"aria-labelledby":"deputies-h",className:"zw-section",children:[e.jsx("h2",{id:"deputies-h",className:"kern-heading-medium",children:s("deputies.list")}),e.jsx(z,{...w,retry:h,children:n=>n.deputies.length===0?e.jsx(L,{children:s("deputies.none")}):e.jsx(W,{label:s("deputies.list"),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"deputies-table",children:[e.jsx("caption",{className:"kern-sr-only",children:s("deputies.list")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("deputies.leader")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:s("deputies.deputy")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:s("deputies.period")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:e.jsx("span",{className:"kern-sr-only",children:s("deputies.end")})})]})}),e.jsx("tbody",{className:"kern-table__body",children:n.deputies.map(t=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("td",{className:"kern-table__cell",children:t.leader.name}),e.jsx("td",{className:"kern-table__cell",children:t.deputy.name}),e.jsxs("td",{className:"kern-table__cell",children:[o(t.from,d)," – ",o(t.to,d)," ","(",t.active?s("deputies.active"):t.endedOn?s("deputies.endedOn",{day:o(t.endedOn,d)}):s("deputies.inactive"),")"]}),e.jsx("td",{className:"kern-table__cell",children:!t.endedOn&&(y||t.leader.id===m.person.id)?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary","aria-label":s("deputies.endNamed",{name:t.deputy.name}),onClick:()=>{F(t.id,t.version)},disabled:r.busy,children:e.jsx("span",{className:"kern-label",children:s("deputies.end")})}):null})]},t.id))})]})})})]}),e.jsxs("form",{ref:p,className:"zw-form zw-panel","aria-labelledby":"deputy-new-h",noValidate:!0,"data-testid":"deputy-form",onSubmit:n=>{n.preventDefault(),C()},children:[e.jsx("h2",{id:"deputy-new-h",className:"kern-heading-medium",children:s("deputies.new")}),e.jsx(U,{error:r.error,fieldErrors:l,known:X}),y?e.jsx(D,{label:s("deputies.forLeader"),name:"leaderId",people:j,value:i,onChange:E,errors:l.leaderId,allowNone:!1}):null,e.jsx(D,{label:s("deputies.deputy"),name:"deputyId",people:j.filter(n=>n.id!==i),value:u,onChange:k,errors:l.deputyId,allowNone:!1}),e.jsx(_,{label:s("deputies.from"),name:"from",type:"date",value:N,onChange:A,errors:l.from,required:!0}),e.jsx(_,{label:s("deputies.to"),name:"to",type:"date",value:g,onChange:S,errors:l.to,required:!0}),e.jsx("div",{className:"kern-btn-wrapper",children:e.jsx("button",{type:"submit",className:"kern-btn kern-btn--primary",disabled:r.busy,children:e.jsx("span",{className:"kern-label",children:s("deputies.new")})})})]})]})}export{me as default};
