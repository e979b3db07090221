import{u as N,a as v,l as C,r as h,b as w,j as e,Q as $,E,A as I,i as P,L as S,p as D,d as F,g as U}from"./index-BZUyS4CQ.js";import{d as q}from"./format-D0Qqy3Lg.js";import{Y as B}from"./YearSelect-C75WCDxl.js";import{S as L}from"./StatusBadge-CEc9Iv0o.js";import{T}from"./TableRegion-BXEP17FH.js";function d(s,o){let t=s;return/^[=+\-@\t\r]/.test(t)&&(t=`'${t}`),(t.includes(o)||/["\r\n]/.test(t))&&(t=`"${t.replace(/"/g,'""')}"`),t}function z(s,o,t){const a=o==="de"?";":",",c=new Intl.NumberFormat(o==="de"?"de-DE":"en-GB",{maximumFractionDigits:2,useGrouping:!1}),y=n=>c.format(n);return"\uFEFF"+[[t.year,t.name,t.position,t.unit,t.payRule,t.totalDegree,t.points].map(n=>d(n,a)).join(a),...s.map(n=>[String(n.year),d(n.person.name,a),d(n.person.position,a),d(n.agreement.orgUnit.name,a),d(t.rule(n.payRule),a),d(y(n.totalDegree),a),String(n.points)].join(a))].join(`\r
`)+`\r
`}function A(s,o,t="text/csv;charset=utf-8"){const a=URL.createObjectURL(new Blob([o],{type:t})),c=document.createElement("a");c.href=a,c.download=s,c.hidden=!0,document.body.appendChild(c),c.click(),c.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e3)}const O=50,j=U(`
  query PayResults($year: Int!, $first: Int!, $after: String) {
    payResults(year: $year, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        year
        payRule
        totalDegree
        points
        person {
          id
          name
          position
        }
        agreement {
          id
          status
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`);function W(){const{t:s,lang:o}=N(),{years:t,year:a,setYear:c}=v(),y=C(),[i,n]=h.useState([]),[g,k]=h.useState(!1),[x,b]=h.useState(null),[R,f]=w({query:j,variables:{year:a,first:O,after:i[i.length-1]??null}}),_=async()=>{k(!0),b(null);const r=[];let u=null;try{for(let m=0;m<100;m++){const p=await y.query(j,{year:a,first:100,after:u},{requestPolicy:"network-only"}).toPromise();if(p.error||!p.data){b(F(p.error)??{code:"NETWORK"});return}if(r.push(...p.data.payResults.nodes),!p.data.payResults.pageInfo.hasNextPage||!p.data.payResults.pageInfo.endCursor)break;u=p.data.payResults.pageInfo.endCursor}const l=z(r,o,{year:s("app.year"),name:s("payResults.person"),position:s("payResults.position"),unit:s("agreement.unit"),payRule:s("agreement.payRule"),totalDegree:`${s("agreement.totalDegree")} (%)`,points:s("payResults.points"),rule:m=>s(`pay.${m}`)});A(s("payResults.csvFile",{year:a}),l)}finally{k(!1)}};return e.jsxs("div",{"data-testid":"pay-results-view",children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:s("payResults.title")}),e.jsx(B,{years:t,value:a,onChange:r=>{n([]),c(r)}})]}),e.jsx("p",{className:"kern-body",children:s("payResults.intro")}),e.jsx($,{...R,retry:()=>f({requestPolicy:"network-only"}),children:r=>{const u=r.payResults.nodes;return u.length===0&&i.length===0?e.jsx(E,{children:s("payResults.empty",{year:a})}):e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead zw-pagehead--tools",children:[e.jsxs("p",{className:"kern-body","data-testid":"pay-results-count",children:[s(r.payResults.totalCount===1?"payResults.countOne":"payResults.count",{n:r.payResults.totalCount,year:a}),r.payResults.totalCount>u.length?` – ${s("budget.showing",{n:u.length,total:r.payResults.totalCount})}`:""]}),e.jsxs("button",{type:"button",className:"kern-btn kern-btn--secondary","data-testid":"pay-results-csv",disabled:g,onClick:()=>{_()},children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsx("span",{className:"kern-label",children:s(g?"payResults.csvBusy":"payResults.csv")})]})]}),e.jsx("div",{"aria-live":"polite",children:x?e.jsx(I,{kind:"danger",title:s("error.title"),live:!0,children:e.jsx("p",{className:"kern-body",children:P(x,o)})}):null}),e.jsx(T,{label:s("payResults.caption",{year:a}),children:e.jsxs("table",{className:"kern-table kern-table--small zw-payresults","data-testid":"pay-results",children:[e.jsx("caption",{className:"kern-sr-only",children:s("payResults.caption",{year:a})}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:s("payResults.person")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.payRule")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("agreement.totalDegree")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:s("payResults.points")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:s("agreement.status")})]})}),e.jsx("tbody",{className:"kern-table__body",children:u.map(l=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("th",{scope:"row",className:"kern-table__cell",children:[l.person.name,l.person.position?e.jsx("div",{className:"kern-body--small kern-body--muted",children:l.person.position}):null]}),e.jsx("td",{className:"kern-table__cell",children:e.jsx(S,{className:"kern-link",href:D.agreement(l.agreement.id),children:l.agreement.orgUnit.name})}),e.jsx("td",{className:"kern-table__cell","data-payrule":l.payRule,children:s(`pay.${l.payRule}`)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-testid":"pay-degree",children:q(l.totalDegree,o)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:l.points}),e.jsx("td",{className:"kern-table__cell",children:e.jsx(L,{status:l.agreement.status})})]},l.agreement.id))})]})}),e.jsxs("div",{className:"kern-btn-wrapper",children:[i.length>0?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>n(i.slice(0,-1)),children:e.jsx("span",{className:"kern-label",children:s("app.back")})}):null,r.payResults.pageInfo.hasNextPage&&r.payResults.pageInfo.endCursor?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>n([...i,r.payResults.pageInfo.endCursor]),children:e.jsx("span",{className:"kern-label",children:s("app.more")})}):null]})]})}})]})}export{j as PayResultsDoc,W as default};
