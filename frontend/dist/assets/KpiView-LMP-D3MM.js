import{u as D,a as F,b as J,r as p,v as X,j as e,d as V,p as Y,f as Z,E as ee,L as ae,c as re,A as T,i as se,g as O}from"./index-BmWoV2n4.js";import{L as K}from"./Light-B3kosOp-.js";import{F as z}from"./Field-Cmvi8DVO.js";import{Y as P}from"./YearSelect-C5Ym7gkG.js";import{C as te,c as M}from"./Chart-BWWjTh2D.js";import{f as _,c as A,e as ie}from"./format-wML3mmU2.js";import{c as le}from"./target-DVS7GUeE.js";import{f as ne}from"./period-DnoS-r4z.js";import{o as ce}from"./mutation-CEYMJlon.js";import{T as oe}from"./TableRegion-g6OnVh2B.js";import"./number-BI3SKkI-.js";function de(c){return c.month?`${c.year}-${String(c.month).padStart(2,"0")}`:c.quarter?`${c.year}-Q${c.quarter}`:String(c.year)}function me(c,a,t){const d=[];for(let s=a;s<=t;s++)d.push(s);const i=new Map(c.filter(s=>s.quarter===null&&s.month===null).map(s=>[s.year,s]));return{years:d,plan:d.map(s=>i.get(s)?.plan??null),actual:d.map(s=>i.get(s)?.actual??null)}}function ue(c){const a=t=>t.month?100+t.month:t.quarter?10+t.quarter:0;return[...c].sort((t,d)=>d.year-t.year||a(t)-a(d))}const pe=O(`
  query Kpi($id: ID!, $year: Int!, $from: Int!, $to: Int!) {
    node(id: $id) {
      ... on KPI {
        id
        name
        unit
        direction
        kind
        frequency
        definition
        greenThreshold
        yellowThreshold
        goal {
          id
          title
          orgUnit {
            id
            name
          }
        }
        product {
          id
          number
          name
        }
        achievement(year: $year) {
          light
          degree
        }
        values(fromYear: $from, toYear: $to) {
          year
          quarter
          month
          plan
          actual
          comment
          recordedAt
          version
          achievement {
            light
            degree
          }
        }
      }
    }
  }
`),he=O(`
  mutation KpiValueRecord($input: KPIValueRecordInput!) {
    kpiValueRecord(input: $input) {
      kpiValue {
        year
        quarter
        month
        plan
        actual
        comment
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
`);function Se({id:c}){const{t:a,lang:t}=D(),{me:d,years:i,year:s,setYear:C}=F(),y=i[0]??s-5,x=i[i.length-1]??s,[b,h]=J({query:pe,variables:{id:c,year:s,from:y,to:x}}),f=b.data?.node,r=f&&"unit"in f?f:null,m=p.useMemo(()=>r?me(r.values,y,x):null,[r,y,x]),N=X(b.error,!!r);if(N)return e.jsx(V,{error:N,retry:()=>h({requestPolicy:"network-only"}),back:{href:Y.kpis(),label:a("error.toKpis")}});if(!r||!m)return b.fetching||!b.data?e.jsx(Z,{}):e.jsx(V,{error:{code:"NOT_FOUND"}});const v=ue(r.values),w={color:[M.plan,M.actual],tooltip:{trigger:"axis"},legend:{data:[a("kpi.plan"),a("kpi.actual")],top:0},grid:{left:60,right:20,top:40,bottom:30},xAxis:{type:"category",data:m.years.map(String)},yAxis:{type:"value",name:r.unit,axisLabel:{formatter:l=>_(l,t,1)}},series:[{name:a("kpi.plan"),type:"line",data:m.plan,lineStyle:{type:"dashed"},symbol:"rect",symbolSize:8,connectNulls:!1},{name:a("kpi.actual"),type:"bar",data:m.actual,barMaxWidth:40}]},$=m.years.map((l,S)=>`${l}: ${a("kpi.plan")} ${_(m.plan[S],t)}, ${a("kpi.actual")} ${_(m.actual[S],t)}`).join("; ");return e.jsxs("article",{"data-testid":"kpi",children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:r.name}),e.jsx(P,{years:i,value:s,onChange:C})]}),e.jsxs("p",{className:"zw-kpi-light",children:[e.jsx(K,{light:r.achievement.light,degree:r.achievement.degree})," ",e.jsxs("span",{className:"kern-body--muted",children:["(",s,")"]})]}),e.jsxs("dl",{className:"kern-description-list zw-facts",children:[e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.unit")}),e.jsx("dd",{className:"kern-description-list-item__value",children:r.unit})]}),e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.direction")}),e.jsx("dd",{className:"kern-description-list-item__value",children:a(`kpi.${r.direction}`)})]}),e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.definition")}),e.jsx("dd",{className:"kern-description-list-item__value",children:r.definition||"–"})]}),r.goal?e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.goal")}),e.jsxs("dd",{className:"kern-description-list-item__value",children:[r.goal.title," (",r.goal.orgUnit.name,")"]})]}):null,r.product?e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.product")}),e.jsxs("dd",{className:"kern-description-list-item__value",children:[r.product.number," ",r.product.name]})]}):null,e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("light.label")}),e.jsx("dd",{className:"kern-description-list-item__value",children:a("kpi.thresholds",{green:A(r.greenThreshold,t),yellow:A(r.yellowThreshold,t)})})]})]}),e.jsxs("section",{"aria-labelledby":"chart-h",className:"zw-section",children:[e.jsx("h2",{id:"chart-h",className:"kern-heading-medium",children:a("kpi.chart")}),e.jsx(te,{option:w,label:`${a("kpi.chart")}: ${$}`})]}),e.jsxs("section",{"aria-labelledby":"values-h",className:"zw-section",children:[e.jsx("h2",{id:"values-h",className:"kern-heading-medium",children:a("kpi.values")}),v.length===0?e.jsx(ee,{children:a("kpi.noValues")}):e.jsx(oe,{label:a("kpi.values"),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"kpi-values",children:[e.jsx("caption",{className:"kern-sr-only",children:a("kpi.values")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.period")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("kpi.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("kpi.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("light.label")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.comment")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.recorded")})]})}),e.jsx("tbody",{className:"kern-table__body",children:v.map(l=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:ne(l,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:_(l.plan,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:_(l.actual,t)}),e.jsx("td",{className:"kern-table__cell",children:e.jsx(K,{light:l.achievement.light,degree:l.achievement.degree})}),e.jsx("td",{className:"kern-table__cell",children:l.comment}),e.jsx("td",{className:"kern-table__cell",children:ie(l.recordedAt,t)})]},de(l)))})]})})]}),d.viewerCanRecordFigures||d.ledUnits.length>0?e.jsx(ke,{kpiId:r.id,unit:r.unit,values:r.values,onSaved:()=>h({requestPolicy:"network-only"})}):null,e.jsx("p",{children:e.jsxs(ae,{className:"kern-link",href:Y.kpis(),children:["← ",a("kpi.list")]})})]})}function ke({kpiId:c,unit:a,values:t,onSaved:d}){const{t:i,lang:s}=D(),{years:C,year:y}=F(),[x,b]=p.useState(y),[h,f]=p.useState(""),[r,m]=p.useState(""),[N,v]=p.useState(""),[w,$]=p.useState(""),[l,S]=p.useState(null),[Q,U]=p.useState({}),[B,E]=p.useState(!1),[,W]=re(he),j=t.find(n=>n.year===x&&(n.quarter??0)===(h?Number(h):0)&&n.month===null),G=async()=>{const n={},u=(R,H)=>{if(R.trim()==="")return;const I=le(R,a);return I.ok?I.value??void 0:(n[H]=[I.error==="unit"?i("kpi.unitMismatch",{unit:a}):i("kpi.numberInvalid")],null)},o=u(r,"plan"),k=u(N,"actual");if(U(n),Object.keys(n).length)return;E(!0);const q={kpiId:c,year:x,quarter:h?Number(h):null,expectedVersion:j?.version??null};o!==void 0&&(q.plan=o),k!==void 0&&(q.actual=k),w.trim()!==""&&(q.comment=w);const L=ce(await W({input:q}),"kpiValueRecord",s);E(!1),S(L),L.ok&&(m(""),v(""),$(""),d())},g={...l?.fieldErrors??{},...Q};return e.jsxs("section",{"aria-labelledby":"record-h",className:"zw-section zw-noprint",children:[e.jsx("h2",{id:"record-h",className:"kern-heading-medium",children:i("kpi.record")}),e.jsxs("form",{className:"zw-form zw-form--grid",onSubmit:n=>{n.preventDefault(),G()},children:[e.jsx(P,{years:C,value:x,onChange:b}),e.jsx(z,{label:i("kpi.quarter"),errors:g.quarter,children:({id:n,describedBy:u})=>e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:n,className:"kern-form-input__select",value:h,"aria-describedby":u,onChange:o=>f(o.target.value),children:[e.jsx("option",{value:"",children:i("kpi.wholeYear")}),[1,2,3,4].map(o=>e.jsxs("option",{value:o,children:["Q",o]},o))]})})}),e.jsx(z,{label:i("kpi.plan"),hint:j?.plan!==null&&j?.plan!==void 0?_(j.plan,s):void 0,errors:g.plan,children:({id:n,describedBy:u,invalid:o})=>e.jsx("input",{id:n,inputMode:"decimal",className:"kern-form-input__input",value:r,"aria-describedby":u,"aria-invalid":o||void 0,onChange:k=>m(k.target.value)})}),e.jsx(z,{label:i("kpi.actual"),hint:j?.actual!==null&&j?.actual!==void 0?_(j.actual,s):void 0,errors:g.actual,children:({id:n,describedBy:u,invalid:o})=>e.jsx("input",{id:n,inputMode:"decimal",className:"kern-form-input__input",value:N,"aria-describedby":u,"aria-invalid":o||void 0,onChange:k=>v(k.target.value)})}),e.jsx(z,{label:i("kpi.comment"),errors:g.comment,className:"zw-form__wide",children:({id:n,describedBy:u,invalid:o})=>e.jsx("textarea",{id:n,rows:2,maxLength:2e3,className:"kern-form-input__input",value:w,"aria-describedby":u,"aria-invalid":o||void 0,onChange:k=>$(k.target.value)})}),e.jsxs("div",{className:"zw-form__wide","aria-live":"polite",children:[l?.error?e.jsx(T,{kind:"danger",title:l.error.code==="CONFLICT"?i("error.conflictTitle"):i("error.title"),live:!0,children:e.jsx("p",{className:"kern-body",children:se(l.error,s)})}):null,g[""]?e.jsx(T,{kind:"danger",title:g[""].join(" "),live:!0}):null,l?.ok?e.jsx(T,{kind:"success",title:i("kpi.saved"),live:!0}):null]}),e.jsx("div",{className:"zw-form__wide",children:e.jsx("button",{type:"submit",className:"kern-btn kern-btn--primary",disabled:B,children:e.jsx("span",{className:"kern-label",children:i("app.save")})})})]})]})}export{Se as default};
