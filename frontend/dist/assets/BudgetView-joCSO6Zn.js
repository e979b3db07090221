import{u as j,a as y,r as _,b as C,c as G,j as e,A as U,i as ie,g as N,Q as D,E as T}from"./index-BmWoV2n4.js";import{Y as Z}from"./YearSelect-C5Ym7gkG.js";import{C as ee,c as q}from"./Chart-BWWjTh2D.js";import{a as o,c as A,g as ae}from"./format-wML3mmU2.js";import{F as w}from"./Field-Cmvi8DVO.js";import{b as O}from"./number-BI3SKkI-.js";import{o as J}from"./mutation-CEYMJlon.js";import{T as L}from"./TableRegion-g6OnVh2B.js";function de(a,s){const n=s.map(()=>0),l=s.map(()=>0);for(const h of a)for(const i of h.savings){const u=s.indexOf(i.year);u<0||(n[u]+=i.planned,l[u]+=i.realised??0)}return{planned:n,realised:l}}function oe(a,s){return!a||s===null?null:s/a}const ue=N(`
  query RecordOptions($year: Int!) {
    consolidationMeasures(first: 50) {
      nodes {
        id
        number
        title
        version
        savings(fromYear: $year, toYear: $year) {
          year
          planned
          realised
          version
        }
      }
    }
    products(first: 100) {
      nodes {
        id
        number
        name
        budgetLines(fromYear: $year, toYear: $year) {
          year
          plan
          forecast
          actual
          version
        }
      }
    }
  }
`),me=N(`
  mutation MeasureRecord($input: ConsolidationMeasureRecordInput!) {
    consolidationMeasureRecord(input: $input) {
      saving {
        year
        planned
        realised
        version
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
`),he=N(`
  mutation BudgetLineRecord($input: BudgetLineRecordInput!) {
    budgetLineRecord(input: $input) {
      budgetLine {
        year
        plan
        forecast
        actual
        version
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
`);function W({out:a,ok:s}){const{t:n,lang:l}=j();return a?a.error?e.jsx(U,{kind:"danger",title:a.error.code==="CONFLICT"?n("error.conflictTitle"):n("error.title"),live:!0,children:e.jsx("p",{className:"kern-body",children:ie(a.error,l)})}):a.fieldErrors[""]?e.jsx(U,{kind:"danger",title:a.fieldErrors[""].join(" "),live:!0}):a.ok?e.jsx(U,{kind:"success",title:s,live:!0}):null:null}function be({onSaved:a}){const{t:s,lang:n}=j(),{years:l,year:h}=y(),[i,u]=_.useState(h),[b,d]=C({query:ue,variables:{year:i}}),[,r]=G(me),[,x]=G(he),[f,B]=_.useState(""),[p,g]=_.useState(""),[S,se]=_.useState(""),[P,K]=_.useState(""),[Y,Q]=_.useState(""),[E,re]=_.useState(null),[M,ne]=_.useState(null),[te,F]=_.useState({}),V=b.data?.consolidationMeasures.nodes??[],H=b.data?.products.nodes??[],R=V.find(t=>t.id===f),z=H.find(t=>t.id===S),I=R?.savings.find(t=>t.year===i),v=z?.budgetLines.find(t=>t.year===i),le=async()=>{const t=O(p);if(!R||t===null){F({measure:R?[]:[s("editor.required")],realised:t===null?[s("money.invalid")]:[]});return}F({});const m=J(await r({input:{measureId:R.id,year:i,realised:t,expectedVersion:I?.version??null}}),"consolidationMeasureRecord",n);re(m),m.ok&&(g(""),d({requestPolicy:"network-only"}),a())},ce=async()=>{const t=P.trim()===""?void 0:O(P),m=Y.trim()===""?void 0:O(Y),c={};if(z||(c.product=[s("editor.required")]),t===null&&(c.forecast=[s("money.invalid")]),m===null&&(c.actual=[s("money.invalid")]),F(c),Object.keys(c).length||!z)return;const k={productId:z.id,year:i,expectedVersion:v?.version??null};t!==void 0&&(k.forecast=t),m!==void 0&&(k.actual=m);const X=J(await x({input:k}),"budgetLineRecord",n);ne(X),X.ok&&(K(""),Q(""),d({requestPolicy:"network-only"}),a())},$=(t,m)=>[...te[m]??[],...t?.fieldErrors[m]??[]].filter(Boolean);return e.jsxs("section",{"aria-labelledby":"record-fig-h",className:"zw-section zw-noprint",children:[e.jsx("h2",{id:"record-fig-h",className:"kern-heading-medium",children:s("budget.record")}),e.jsx(Z,{years:l,value:i,onChange:u}),e.jsxs("div",{className:"zw-twocol",children:[e.jsxs("form",{className:"zw-form",onSubmit:t=>{t.preventDefault(),le()},children:[e.jsx("h3",{className:"kern-heading-small",children:s("budget.recordMeasure")}),e.jsx(w,{label:s("budget.measure"),errors:$(E,"measure"),children:({id:t,describedBy:m})=>e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:t,className:"kern-form-input__select",value:f,"aria-describedby":m,onChange:c=>B(c.target.value),children:[e.jsx("option",{value:"",children:s("editor.noLink")}),V.map(c=>e.jsxs("option",{value:c.id,children:[c.number," ",c.title]},c.id))]})})}),e.jsx(w,{label:`${s("budget.realised")} (€)`,hint:I?`${s("budget.planned")}: ${o(I.planned,n)}, ${s("budget.realised")}: ${o(I.realised,n)}`:void 0,errors:$(E,"realised"),children:({id:t,describedBy:m,invalid:c})=>e.jsx("input",{id:t,inputMode:"decimal",className:"kern-form-input__input",value:p,"aria-describedby":m,"aria-invalid":c||void 0,onChange:k=>g(k.target.value)})}),e.jsx(W,{out:E,ok:s("kpi.saved")}),e.jsx("button",{type:"submit",className:"kern-btn kern-btn--primary",children:e.jsx("span",{className:"kern-label",children:s("app.save")})})]}),e.jsxs("form",{className:"zw-form",onSubmit:t=>{t.preventDefault(),ce()},children:[e.jsx("h3",{className:"kern-heading-small",children:s("budget.recordLine")}),e.jsx(w,{label:s("budget.product"),errors:$(M,"product"),children:({id:t,describedBy:m})=>e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:t,className:"kern-form-input__select",value:S,"aria-describedby":m,onChange:c=>se(c.target.value),children:[e.jsx("option",{value:"",children:s("editor.noLink")}),H.map(c=>e.jsxs("option",{value:c.id,children:[c.number," ",c.name]},c.id))]})})}),e.jsx(w,{label:`${s("budget.forecast")} (€)`,hint:v?`${s("budget.plan")}: ${o(v.plan,n)}, ${s("budget.forecast")}: ${o(v.forecast,n)}`:void 0,errors:$(M,"forecast"),children:({id:t,describedBy:m,invalid:c})=>e.jsx("input",{id:t,inputMode:"decimal",className:"kern-form-input__input",value:P,"aria-describedby":m,"aria-invalid":c||void 0,onChange:k=>K(k.target.value)})}),e.jsx(w,{label:`${s("budget.actual")} (€)`,hint:v?`${s("budget.actual")}: ${o(v.actual,n)}`:void 0,errors:$(M,"actual"),children:({id:t,describedBy:m,invalid:c})=>e.jsx("input",{id:t,inputMode:"decimal",className:"kern-form-input__input",value:Y,"aria-describedby":m,"aria-invalid":c||void 0,onChange:k=>Q(k.target.value)})}),e.jsx(W,{out:M,ok:s("kpi.saved")}),e.jsx("button",{type:"submit",className:"kern-btn kern-btn--primary",children:e.jsx("span",{className:"kern-label",children:s("app.save")})})]})]})]})}const pe=N(`
  query MeasureShortfalls($year: Int!) {
    measureShortfalls(year: $year, first: 10) {
      planned
      realised
      shortfall
      measure {
        id
        number
        title
        orgUnit {
          id
          name
        }
      }
    }
  }
`);function _e(){const{t:a,lang:s}=j(),{year:n}=y(),[l,h]=C({query:pe,variables:{year:n}}),i=a("budget.shortfalls",{year:n});return e.jsxs("section",{"aria-labelledby":"shortfalls-h",className:"zw-section",children:[e.jsx("h2",{id:"shortfalls-h",className:"kern-heading-medium",children:i}),e.jsx(D,{...l,retry:()=>h({requestPolicy:"network-only"}),children:u=>{const b=u.measureShortfalls.filter(d=>d.shortfall>0);return b.length===0?e.jsx(T,{children:a("budget.noShortfall",{year:n})}):e.jsx(L,{label:i,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"measure-shortfalls",children:[e.jsx("caption",{className:"kern-sr-only",children:i}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.measure")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.planned")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.realised")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.shortfall")})]})}),e.jsx("tbody",{className:"kern-table__body",children:b.map(d=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("th",{scope:"row",className:"kern-table__cell",children:[d.measure.number," ",d.measure.title]}),e.jsx("td",{className:"kern-table__cell",children:d.measure.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(d.planned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(d.realised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric","data-testid":"shortfall",children:o(d.shortfall,s)})]},d.measure.id))})]})})}})]})}const ge=N(`
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
        noData
      }
    }
  }
`),xe=N(`
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
`),ke=N(`
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
`);function je(){const{t:a}=j(),{year:s}=y();return e.jsxs("section",{"aria-labelledby":"export-h",className:"zw-section zw-noprint",children:[e.jsx("h2",{id:"export-h",className:"kern-heading-medium",children:a("budget.export")}),e.jsxs("div",{className:"kern-btn-wrapper zw-buttons",children:[e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:`/api/export/status.csv?year=${s}`,download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsxs("span",{className:"kern-label",children:[a("budget.exportStatusCsv")," ",s]})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:`/api/export/status.xlsx?year=${s}`,download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsxs("span",{className:"kern-label",children:[a("budget.exportStatusXlsx")," ",s]})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:"/api/export/kpis.csv",download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsx("span",{className:"kern-label",children:a("budget.exportKpisCsv")})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:"/api/export/kpis.xlsx",download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsx("span",{className:"kern-label",children:a("budget.exportKpisXlsx")})]})]})]})}function fe(){const{t:a,lang:s}=j(),{year:n}=y(),[l,h]=C({query:ge,variables:{year:n}});return e.jsxs("section",{"aria-labelledby":"dez-h",className:"zw-section",children:[e.jsx("h2",{id:"dez-h",className:"kern-heading-medium",children:a("start.office.budget")}),e.jsx(D,{...l,retry:()=>h({requestPolicy:"network-only"}),children:i=>{const u=i.budgetComplianceByDezernat;if(u.length===0)return e.jsx(T,{children:a("app.none")});const b=u.map(r=>r.orgUnit.code||r.orgUnit.name),d={color:[q.plan,q.actual],tooltip:{trigger:"axis",valueFormatter:r=>o(r,s)},legend:{top:0},grid:{left:90,right:20,top:40,bottom:30},xAxis:{type:"category",data:b},yAxis:{type:"value",axisLabel:{formatter:r=>ae(r,s)}},series:[{name:a("budget.plan"),type:"bar",data:u.map(r=>r.figures.plan)},{name:a("budget.actual"),type:"bar",data:u.map(r=>r.figures.actual)}]};return e.jsxs(e.Fragment,{children:[e.jsx(ee,{option:d,label:`${a("start.office.budget")} ${n}: `+u.map(r=>`${r.orgUnit.name}: ${a("budget.plan")} ${o(r.figures.plan,s)}, ${a("budget.actual")} ${o(r.figures.actual,s)}`).join("; ")}),e.jsx(L,{label:`${a("start.office.budget")} ${n}`,children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("start.office.budget")," ",n]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:["HSP ",a("budget.planned")]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:["HSP ",a("budget.realised")]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:u.map(r=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(r.figures.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.figures.noData?a("budget.noData"):o(r.figures.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:A(r.figures.adherence,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(r.figures.hspPlanned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(r.figures.hspRealised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:A(r.figures.hspRealisation,s)})]},r.orgUnit.id))})]})})]})}})]})}function ye(){const{t:a,lang:s}=j(),{year:n}=y(),[l,h]=_.useState([]),[i,u]=C({query:xe,variables:{year:n,after:l[l.length-1]??null}});return e.jsxs("section",{"aria-labelledby":"prod-h",className:"zw-section",children:[e.jsxs("h2",{id:"prod-h",className:"kern-heading-medium",children:[a("budget.products")," ",n]}),e.jsx(D,{...i,retry:()=>u({requestPolicy:"network-only"}),children:b=>e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body",children:a("budget.showing",{n:b.products.nodes.length,total:b.products.totalCount})}),e.jsx(L,{label:a("budget.productsRegion"),className:"zw-scroll",children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"products",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("budget.products")," ",n]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.product")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.forecast")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.deviation")})]})}),e.jsx("tbody",{className:"kern-table__body",children:b.products.nodes.map(d=>{const r=d.budgetLines[0];return e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("th",{scope:"row",className:"kern-table__cell",children:[d.number," ",d.name]}),e.jsx("td",{className:"kern-table__cell",children:d.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(r?.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(r?.forecast,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(r?.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(r?.deviation,s)})]},d.id)})})]})}),e.jsxs("div",{className:"kern-btn-wrapper",children:[l.length>0?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>h(l.slice(0,-1)),children:e.jsx("span",{className:"kern-label",children:a("app.back")})}):null,b.products.pageInfo.hasNextPage&&b.products.pageInfo.endCursor?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>h([...l,b.products.pageInfo.endCursor]),children:e.jsx("span",{className:"kern-label",children:a("app.more")})}):null]})]})})]})}function Ne(){const{t:a,lang:s}=j(),{years:n,year:l}=y(),h=n[0]??l-5,i=n[n.length-1]??l,[u,b]=C({query:ke,variables:{from:h,to:i}}),d=_.useMemo(()=>{const r=[];for(let x=h;x<=i;x++)r.push(x);return r},[h,i]);return e.jsxs("section",{"aria-labelledby":"hsp-h",className:"zw-section",children:[e.jsx("h2",{id:"hsp-h",className:"kern-heading-medium",children:a("budget.measures")}),e.jsx(D,{...u,retry:()=>b({requestPolicy:"network-only"}),children:r=>{const x=r.consolidationMeasures.nodes;if(x.length===0)return e.jsx(T,{children:a("app.none")});const f=de(x,d),B={color:[q.plan,q.realised],tooltip:{trigger:"axis",valueFormatter:p=>o(p,s)},legend:{top:0},grid:{left:90,right:20,top:40,bottom:30},xAxis:{type:"category",data:d.map(String)},yAxis:{type:"value",axisLabel:{formatter:p=>ae(p,s)}},series:[{name:a("budget.planned"),type:"bar",data:f.planned},{name:a("budget.realised"),type:"bar",data:f.realised}]};return e.jsxs(e.Fragment,{children:[e.jsx(ee,{option:B,label:`${a("budget.chartMeasures")}: `+d.map((p,g)=>`${p}: ${o(f.planned[g],s)} / ${o(f.realised[g],s)}`).join("; ")}),e.jsx(L,{label:`${a("budget.measures")} ${l}`,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"measures",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("budget.measures")," ",l]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.measure")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.status")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," ",l]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," ",l]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.rate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:x.map(p=>{const g=p.savings.find(S=>S.year===l);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("th",{scope:"row",className:"kern-table__cell",children:[p.number," ",p.title]}),e.jsx("td",{className:"kern-table__cell",children:p.orgUnit.name}),e.jsxs("td",{className:"kern-table__cell",children:[p.status==="AT_RISK"?e.jsx("span",{"aria-hidden":"true",children:"! "}):null,a(`measure.${p.status}`)]}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(g?.planned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:o(g?.realised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:A(g?oe(g.planned,g.realised):null,s)})]},p.id)})})]})})]})}})]})}function Ie(){const{t:a}=j(),{me:s,years:n,year:l,setYear:h}=y(),[,i]=_.useState(0);return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a("budget.title")}),e.jsx(Z,{years:n,value:l,onChange:h})]}),e.jsx(je,{}),e.jsx(fe,{}),e.jsx(Ne,{}),e.jsx(_e,{}),e.jsx(ye,{}),s.viewerCanRecordFigures?e.jsx(be,{onSaved:()=>i(u=>u+1)}):null]})}export{Ie as default};
