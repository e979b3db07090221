import{u as f,a as N,r as g,b as D,h as X,j as e,A as E,i as ie,g as v,Q as U,E as W}from"./index-Bc_2TitT.js";import{Y as Z}from"./YearSelect-C8xnyijk.js";import{C as ee,c as I}from"./Chart-BcLGGfic.js";import{a as i,b as O,g as ae}from"./format-D0Qqy3Lg.js";import{F as w}from"./Field-2Q1TP7wS.js";import{b as F}from"./number-ClJuG56Q.js";import{o as G}from"./mutation-DgbRLP62.js";import{T as A}from"./TableRegion-Ds9HHaCr.js";function oe(a,s){const t=s.map(()=>0),c=s.map(()=>0);for(const h of a)for(const o of h.savings){const u=s.indexOf(o.year);u<0||(t[u]+=o.planned,c[u]+=o.realised??0)}return{planned:t,realised:c}}function de(a,s){return!a||s===null?null:s/a}const ue=v(`
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
`),me=v(`
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
`),he=v(`
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
`);function J({out:a,ok:s}){const{t,lang:c}=f();return a?a.error?e.jsx(E,{kind:"danger",title:a.error.code==="CONFLICT"?t("error.conflictTitle"):t("error.title"),live:!0,children:e.jsx("p",{className:"kern-body",children:ie(a.error,c)})}):a.fieldErrors[""]?e.jsx(E,{kind:"danger",title:a.fieldErrors[""].join(" "),live:!0}):a.ok?e.jsx(E,{kind:"success",title:s,live:!0}):null:null}function be({onSaved:a}){const{t:s,lang:t}=f(),{years:c,year:h}=N(),[o,u]=g.useState(h),[p,b]=D({query:ue,variables:{year:o}}),[,r]=X(me),[,_]=X(he),[j,L]=g.useState(""),[m,x]=g.useState(""),[C,se]=g.useState(""),[q,T]=g.useState(""),[B,K]=g.useState(""),[P,re]=g.useState(null),[R,ne]=g.useState(null),[te,Y]=g.useState({}),Q=p.data?.consolidationMeasures.nodes??[],V=p.data?.products.nodes??[],M=Q.find(n=>n.id===j),S=V.find(n=>n.id===C),z=M?.savings.find(n=>n.year===o),y=S?.budgetLines.find(n=>n.year===o),le=async()=>{const n=F(m);if(!M||n===null){Y({measure:M?[]:[s("editor.required")],realised:n===null?[s("money.invalid")]:[]});return}Y({});const d=G(await r({input:{measureId:M.id,year:o,realised:n,expectedVersion:z?.version??null}}),"consolidationMeasureRecord",t);re(d),d.ok&&(x(""),b({requestPolicy:"network-only"}),a())},ce=async()=>{const n=q.trim()===""?void 0:F(q),d=B.trim()===""?void 0:F(B),l={};if(S||(l.product=[s("editor.required")]),n===null&&(l.forecast=[s("money.invalid")]),d===null&&(l.actual=[s("money.invalid")]),Y(l),Object.keys(l).length||!S)return;const k={productId:S.id,year:o,expectedVersion:y?.version??null};n!==void 0&&(k.forecast=n),d!==void 0&&(k.actual=d);const H=G(await _({input:k}),"budgetLineRecord",t);ne(H),H.ok&&(T(""),K(""),b({requestPolicy:"network-only"}),a())},$=(n,d)=>[...te[d]??[],...n?.fieldErrors[d]??[]].filter(Boolean);return e.jsxs("section",{"aria-labelledby":"record-fig-h",className:"zw-section zw-noprint",children:[e.jsx("h2",{id:"record-fig-h",className:"kern-heading-medium",children:s("budget.record")}),e.jsx(Z,{years:c,value:o,onChange:u}),e.jsxs("div",{className:"zw-twocol",children:[e.jsxs("form",{className:"zw-form",onSubmit:n=>{n.preventDefault(),le()},children:[e.jsx("h3",{className:"kern-heading-small",children:s("budget.recordMeasure")}),e.jsx(w,{label:s("budget.measure"),errors:$(P,"measure"),children:({id:n,describedBy:d})=>e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:n,className:"kern-form-input__select",value:j,"aria-describedby":d,onChange:l=>L(l.target.value),children:[e.jsx("option",{value:"",children:s("editor.noLink")}),Q.map(l=>e.jsxs("option",{value:l.id,children:[l.number," ",l.title]},l.id))]})})}),e.jsx(w,{label:`${s("budget.realised")} (€)`,hint:z?`${s("budget.planned")}: ${i(z.planned,t)}, ${s("budget.realised")}: ${i(z.realised,t)}`:void 0,errors:$(P,"realised"),children:({id:n,describedBy:d,invalid:l})=>e.jsx("input",{id:n,inputMode:"decimal",className:"kern-form-input__input",value:m,"aria-describedby":d,"aria-invalid":l||void 0,onChange:k=>x(k.target.value)})}),e.jsx(J,{out:P,ok:s("kpi.saved")}),e.jsx("button",{type:"submit",className:"kern-btn kern-btn--primary",children:e.jsx("span",{className:"kern-label",children:s("app.save")})})]}),e.jsxs("form",{className:"zw-form",onSubmit:n=>{n.preventDefault(),ce()},children:[e.jsx("h3",{className:"kern-heading-small",children:s("budget.recordLine")}),e.jsx(w,{label:s("budget.product"),errors:$(R,"product"),children:({id:n,describedBy:d})=>e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:n,className:"kern-form-input__select",value:C,"aria-describedby":d,onChange:l=>se(l.target.value),children:[e.jsx("option",{value:"",children:s("editor.noLink")}),V.map(l=>e.jsxs("option",{value:l.id,children:[l.number," ",l.name]},l.id))]})})}),e.jsx(w,{label:`${s("budget.forecast")} (€)`,hint:y?`${s("budget.plan")}: ${i(y.plan,t)}, ${s("budget.forecast")}: ${i(y.forecast,t)}`:void 0,errors:$(R,"forecast"),children:({id:n,describedBy:d,invalid:l})=>e.jsx("input",{id:n,inputMode:"decimal",className:"kern-form-input__input",value:q,"aria-describedby":d,"aria-invalid":l||void 0,onChange:k=>T(k.target.value)})}),e.jsx(w,{label:`${s("budget.actual")} (€)`,hint:y?`${s("budget.actual")}: ${i(y.actual,t)}`:void 0,errors:$(R,"actual"),children:({id:n,describedBy:d,invalid:l})=>e.jsx("input",{id:n,inputMode:"decimal",className:"kern-form-input__input",value:B,"aria-describedby":d,"aria-invalid":l||void 0,onChange:k=>K(k.target.value)})}),e.jsx(J,{out:R,ok:s("kpi.saved")}),e.jsx("button",{type:"submit",className:"kern-btn kern-btn--primary",children:e.jsx("span",{className:"kern-label",children:s("app.save")})})]})]})]})}const pe=v(`
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
`),ge=v(`
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
`),xe=v(`
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
`);function _e(){const{t:a}=f(),{year:s}=N();return e.jsxs("section",{"aria-labelledby":"export-h",className:"zw-section zw-noprint",children:[e.jsx("h2",{id:"export-h",className:"kern-heading-medium",children:a("budget.export")}),e.jsxs("div",{className:"kern-btn-wrapper zw-buttons",children:[e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:`/api/export/status.csv?year=${s}`,download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsxs("span",{className:"kern-label",children:[a("budget.exportStatusCsv")," ",s]})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:`/api/export/status.xlsx?year=${s}`,download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsxs("span",{className:"kern-label",children:[a("budget.exportStatusXlsx")," ",s]})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:"/api/export/kpis.csv",download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsx("span",{className:"kern-label",children:a("budget.exportKpisCsv")})]}),e.jsxs("a",{className:"kern-btn kern-btn--secondary",href:"/api/export/kpis.xlsx",download:!0,children:[e.jsx("span",{className:"kern-icon kern-icon--download","aria-hidden":"true"}),e.jsx("span",{className:"kern-label",children:a("budget.exportKpisXlsx")})]})]})]})}function ke(){const{t:a,lang:s}=f(),{year:t}=N(),[c,h]=D({query:pe,variables:{year:t}});return e.jsxs("section",{"aria-labelledby":"dez-h",className:"zw-section",children:[e.jsx("h2",{id:"dez-h",className:"kern-heading-medium",children:a("start.office.budget")}),e.jsx(U,{...c,retry:()=>h({requestPolicy:"network-only"}),children:o=>{const u=o.budgetComplianceByDezernat;if(u.length===0)return e.jsx(W,{children:a("app.none")});const p=u.map(r=>r.orgUnit.code||r.orgUnit.name),b={color:[I.plan,I.actual],tooltip:{trigger:"axis",valueFormatter:r=>i(r,s)},legend:{top:0},grid:{left:90,right:20,top:40,bottom:30},xAxis:{type:"category",data:p},yAxis:{type:"value",axisLabel:{formatter:r=>ae(r,s)}},series:[{name:a("budget.plan"),type:"bar",data:u.map(r=>r.figures.plan)},{name:a("budget.actual"),type:"bar",data:u.map(r=>r.figures.actual)}]};return e.jsxs(e.Fragment,{children:[e.jsx(ee,{option:b,label:`${a("start.office.budget")} ${t}: `+u.map(r=>`${r.orgUnit.name}: ${a("budget.plan")} ${i(r.figures.plan,s)}, ${a("budget.actual")} ${i(r.figures.actual,s)}`).join("; ")}),e.jsx(A,{label:`${a("start.office.budget")} ${t}`,children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("start.office.budget")," ",t]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.compliance")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:["HSP ",a("budget.planned")]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:["HSP ",a("budget.realised")]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.hspRate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:u.map(r=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:r.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(r.figures.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:r.figures.noData?a("budget.noData"):i(r.figures.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:O(r.figures.adherence,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(r.figures.hspPlanned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(r.figures.hspRealised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:O(r.figures.hspRealisation,s)})]},r.orgUnit.id))})]})})]})}})]})}function je(){const{t:a,lang:s}=f(),{year:t}=N(),[c,h]=g.useState([]),[o,u]=D({query:ge,variables:{year:t,after:c[c.length-1]??null}});return e.jsxs("section",{"aria-labelledby":"prod-h",className:"zw-section",children:[e.jsxs("h2",{id:"prod-h",className:"kern-heading-medium",children:[a("budget.products")," ",t]}),e.jsx(U,{...o,retry:()=>u({requestPolicy:"network-only"}),children:p=>e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body",children:a("budget.showing",{n:p.products.nodes.length,total:p.products.totalCount})}),e.jsx(A,{label:a("budget.productsRegion"),className:"zw-scroll",children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"products",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("budget.products")," ",t]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.product")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.forecast")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.deviation")})]})}),e.jsx("tbody",{className:"kern-table__body",children:p.products.nodes.map(b=>{const r=b.budgetLines[0];return e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("th",{scope:"row",className:"kern-table__cell",children:[b.number," ",b.name]}),e.jsx("td",{className:"kern-table__cell",children:b.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(r?.plan,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(r?.forecast,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(r?.actual,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(r?.deviation,s)})]},b.id)})})]})}),e.jsxs("div",{className:"kern-btn-wrapper",children:[c.length>0?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>h(c.slice(0,-1)),children:e.jsx("span",{className:"kern-label",children:a("app.back")})}):null,p.products.pageInfo.hasNextPage&&p.products.pageInfo.endCursor?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>h([...c,p.products.pageInfo.endCursor]),children:e.jsx("span",{className:"kern-label",children:a("app.more")})}):null]})]})})]})}function fe(){const{t:a,lang:s}=f(),{years:t,year:c}=N(),h=t[0]??c-5,o=t[t.length-1]??c,[u,p]=D({query:xe,variables:{from:h,to:o}}),b=g.useMemo(()=>{const r=[];for(let _=h;_<=o;_++)r.push(_);return r},[h,o]);return e.jsxs("section",{"aria-labelledby":"hsp-h",className:"zw-section",children:[e.jsx("h2",{id:"hsp-h",className:"kern-heading-medium",children:a("budget.measures")}),e.jsx(U,{...u,retry:()=>p({requestPolicy:"network-only"}),children:r=>{const _=r.consolidationMeasures.nodes;if(_.length===0)return e.jsx(W,{children:a("app.none")});const j=oe(_,b),L={color:[I.plan,I.realised],tooltip:{trigger:"axis",valueFormatter:m=>i(m,s)},legend:{top:0},grid:{left:90,right:20,top:40,bottom:30},xAxis:{type:"category",data:b.map(String)},yAxis:{type:"value",axisLabel:{formatter:m=>ae(m,s)}},series:[{name:a("budget.planned"),type:"bar",data:j.planned},{name:a("budget.realised"),type:"bar",data:j.realised}]};return e.jsxs(e.Fragment,{children:[e.jsx(ee,{option:L,label:`${a("budget.chartMeasures")}: `+b.map((m,x)=>`${m}: ${i(j.planned[x],s)} / ${i(j.realised[x],s)}`).join("; ")}),e.jsx(A,{label:`${a("budget.measures")} ${c}`,children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"measures",children:[e.jsxs("caption",{className:"kern-sr-only",children:[a("budget.measures")," ",c]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.measure")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("budget.status")}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.planned")," ",c]}),e.jsxs("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:[a("budget.realised")," ",c]}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("budget.rate")})]})}),e.jsx("tbody",{className:"kern-table__body",children:_.map(m=>{const x=m.savings.find(C=>C.year===c);return e.jsxs("tr",{className:"kern-table__row",children:[e.jsxs("th",{scope:"row",className:"kern-table__cell",children:[m.number," ",m.title]}),e.jsx("td",{className:"kern-table__cell",children:m.orgUnit.name}),e.jsxs("td",{className:"kern-table__cell",children:[m.status==="AT_RISK"?e.jsx("span",{"aria-hidden":"true",children:"! "}):null,a(`measure.${m.status}`)]}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(x?.planned,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:i(x?.realised,s)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:O(x?de(x.planned,x.realised):null,s)})]},m.id)})})]})})]})}})]})}function Se(){const{t:a}=f(),{me:s,years:t,year:c,setYear:h}=N(),[,o]=g.useState(0);return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a("budget.title")}),e.jsx(Z,{years:t,value:c,onChange:h})]}),e.jsx(_e,{}),e.jsx(ke,{}),e.jsx(fe,{}),e.jsx(je,{}),s.viewerCanRecordFigures?e.jsx(be,{onSaved:()=>o(u=>u+1)}):null]})}export{Se as default};
