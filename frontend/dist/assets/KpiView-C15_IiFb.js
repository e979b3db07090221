import{u as A,a as D,b as B,r as k,v as W,j as e,c as E,p as L,e as G,E as H,L as J,f as X,A as C,h as Z,g as M}from"./index-tvqN9mr5.js";import{L as R}from"./Light-C0ZvYeAP.js";import{F as q}from"./Field-Dr_39iMd.js";import{Y as F}from"./YearSelect-CVMRWU8I.js";import{C as ee,c as V}from"./Chart-CRXM0Oi6.js";import{e as g,a as Y,d as ae}from"./format-oonsnr7t.js";import{b as K}from"./number-BJ2P2IS_.js";import{f as re}from"./period-DnoS-r4z.js";import{o as se}from"./mutation-CKrUOkE0.js";import{T as te}from"./TableRegion-BgkT7FH-.js";function le(n){return n.month?`${n.year}-${String(n.month).padStart(2,"0")}`:n.quarter?`${n.year}-Q${n.quarter}`:String(n.year)}function ie(n,a,t){const s=[];for(let l=a;l<=t;l++)s.push(l);const d=new Map(n.filter(l=>l.quarter===null&&l.month===null).map(l=>[l.year,l]));return{years:s,plan:s.map(l=>d.get(l)?.plan??null),actual:s.map(l=>d.get(l)?.actual??null)}}function ne(n){const a=t=>t.month?100+t.month:t.quarter?10+t.quarter:0;return[...n].sort((t,s)=>s.year-t.year||a(t)-a(s))}const ce=M(`
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
`),oe=M(`
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
`);function ye({id:n}){const{t:a,lang:t}=A(),{me:s,years:d,year:l,setYear:z}=D(),x=d[0]??l-5,N=d[d.length-1]??l,[p,w]=B({query:ce,variables:{id:n,year:l,from:x,to:N}}),j=p.data?.node,r=j&&"unit"in j?j:null,m=k.useMemo(()=>r?ie(r.values,x,N):null,[r,x,N]),v=W(p.error,!!r);if(v)return e.jsx(E,{error:v,retry:()=>w({requestPolicy:"network-only"}),back:{href:L.kpis(),label:a("error.toKpis")}});if(!r||!m)return p.fetching||!p.data?e.jsx(G,{}):e.jsx(E,{error:{code:"NOT_FOUND"}});const y=ne(r.values),$={color:[V.plan,V.actual],tooltip:{trigger:"axis"},legend:{data:[a("kpi.plan"),a("kpi.actual")],top:0},grid:{left:60,right:20,top:40,bottom:30},xAxis:{type:"category",data:m.years.map(String)},yAxis:{type:"value",name:r.unit,axisLabel:{formatter:o=>g(o,t,1)}},series:[{name:a("kpi.plan"),type:"line",data:m.plan,lineStyle:{type:"dashed"},symbol:"rect",symbolSize:8,connectNulls:!1},{name:a("kpi.actual"),type:"bar",data:m.actual,barMaxWidth:40}]},_=m.years.map((o,S)=>`${o}: ${a("kpi.plan")} ${g(m.plan[S],t)}, ${a("kpi.actual")} ${g(m.actual[S],t)}`).join("; ");return e.jsxs("article",{"data-testid":"kpi",children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:r.name}),e.jsx(F,{years:d,value:l,onChange:z})]}),e.jsxs("p",{className:"zw-kpi-light",children:[e.jsx(R,{light:r.achievement.light,degree:r.achievement.degree})," ",e.jsxs("span",{className:"kern-body--muted",children:["(",l,")"]})]}),e.jsxs("dl",{className:"kern-description-list zw-facts",children:[e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.unit")}),e.jsx("dd",{className:"kern-description-list-item__value",children:r.unit})]}),e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.direction")}),e.jsx("dd",{className:"kern-description-list-item__value",children:a(`kpi.${r.direction}`)})]}),e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.definition")}),e.jsx("dd",{className:"kern-description-list-item__value",children:r.definition||"–"})]}),r.goal?e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.goal")}),e.jsxs("dd",{className:"kern-description-list-item__value",children:[r.goal.title," (",r.goal.orgUnit.name,")"]})]}):null,r.product?e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.product")}),e.jsxs("dd",{className:"kern-description-list-item__value",children:[r.product.number," ",r.product.name]})]}):null,e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("light.label")}),e.jsx("dd",{className:"kern-description-list-item__value",children:a("kpi.thresholds",{green:Y(r.greenThreshold,t),yellow:Y(r.yellowThreshold,t)})})]})]}),e.jsxs("section",{"aria-labelledby":"chart-h",className:"zw-section",children:[e.jsx("h2",{id:"chart-h",className:"kern-heading-medium",children:a("kpi.chart")}),e.jsx(ee,{option:$,label:`${a("kpi.chart")}: ${_}`})]}),e.jsxs("section",{"aria-labelledby":"values-h",className:"zw-section",children:[e.jsx("h2",{id:"values-h",className:"kern-heading-medium",children:a("kpi.values")}),y.length===0?e.jsx(H,{children:a("kpi.noValues")}):e.jsx(te,{label:a("kpi.values"),children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"kpi-values",children:[e.jsx("caption",{className:"kern-sr-only",children:a("kpi.values")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.period")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("kpi.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("kpi.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("light.label")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.comment")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.recorded")})]})}),e.jsx("tbody",{className:"kern-table__body",children:y.map(o=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:re(o,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:g(o.plan,t)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:g(o.actual,t)}),e.jsx("td",{className:"kern-table__cell",children:e.jsx(R,{light:o.achievement.light,degree:o.achievement.degree})}),e.jsx("td",{className:"kern-table__cell",children:o.comment}),e.jsx("td",{className:"kern-table__cell",children:ae(o.recordedAt,t)})]},le(o)))})]})})]}),s.viewerCanRecordFigures||s.ledUnits.length>0?e.jsx(de,{kpiId:r.id,values:r.values,onSaved:()=>w({requestPolicy:"network-only"})}):null,e.jsx("p",{children:e.jsxs(J,{className:"kern-link",href:L.kpis(),children:["← ",a("kpi.list")]})})]})}function de({kpiId:n,values:a,onSaved:t}){const{t:s,lang:d}=A(),{years:l,year:z}=D(),[x,N]=k.useState(z),[p,w]=k.useState(""),[j,r]=k.useState(""),[m,v]=k.useState(""),[y,$]=k.useState(""),[_,o]=k.useState(null),[S,O]=k.useState({}),[P,I]=k.useState(!1),[,Q]=X(oe),b=a.find(i=>i.year===x&&(i.quarter??0)===(p?Number(p):0)&&i.month===null),U=async()=>{const i={},u=j.trim()===""?void 0:K(j),c=m.trim()===""?void 0:K(m);if(u===null&&(i.plan=[s("kpi.numberInvalid")]),c===null&&(i.actual=[s("kpi.numberInvalid")]),O(i),Object.keys(i).length)return;I(!0);const h={kpiId:n,year:x,quarter:p?Number(p):null,expectedVersion:b?.version??null};u!==void 0&&(h.plan=u),c!==void 0&&(h.actual=c),y.trim()!==""&&(h.comment=y);const T=se(await Q({input:h}),"kpiValueRecord",d);I(!1),o(T),T.ok&&(r(""),v(""),$(""),t())},f={..._?.fieldErrors??{},...S};return e.jsxs("section",{"aria-labelledby":"record-h",className:"zw-section zw-noprint",children:[e.jsx("h2",{id:"record-h",className:"kern-heading-medium",children:s("kpi.record")}),e.jsxs("form",{className:"zw-form zw-form--grid",onSubmit:i=>{i.preventDefault(),U()},children:[e.jsx(F,{years:l,value:x,onChange:N}),e.jsx(q,{label:s("kpi.quarter"),errors:f.quarter,children:({id:i,describedBy:u})=>e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:i,className:"kern-form-input__select",value:p,"aria-describedby":u,onChange:c=>w(c.target.value),children:[e.jsx("option",{value:"",children:s("kpi.wholeYear")}),[1,2,3,4].map(c=>e.jsxs("option",{value:c,children:["Q",c]},c))]})})}),e.jsx(q,{label:s("kpi.plan"),hint:b?.plan!==null&&b?.plan!==void 0?g(b.plan,d):void 0,errors:f.plan,children:({id:i,describedBy:u,invalid:c})=>e.jsx("input",{id:i,inputMode:"decimal",className:"kern-form-input__input",value:j,"aria-describedby":u,"aria-invalid":c||void 0,onChange:h=>r(h.target.value)})}),e.jsx(q,{label:s("kpi.actual"),hint:b?.actual!==null&&b?.actual!==void 0?g(b.actual,d):void 0,errors:f.actual,children:({id:i,describedBy:u,invalid:c})=>e.jsx("input",{id:i,inputMode:"decimal",className:"kern-form-input__input",value:m,"aria-describedby":u,"aria-invalid":c||void 0,onChange:h=>v(h.target.value)})}),e.jsx(q,{label:s("kpi.comment"),errors:f.comment,className:"zw-form__wide",children:({id:i,describedBy:u,invalid:c})=>e.jsx("textarea",{id:i,rows:2,maxLength:2e3,className:"kern-form-input__input",value:y,"aria-describedby":u,"aria-invalid":c||void 0,onChange:h=>$(h.target.value)})}),e.jsxs("div",{className:"zw-form__wide","aria-live":"polite",children:[_?.error?e.jsx(C,{kind:"danger",title:_.error.code==="CONFLICT"?s("error.conflictTitle"):s("error.title"),live:!0,children:e.jsx("p",{className:"kern-body",children:Z(_.error,d)})}):null,f[""]?e.jsx(C,{kind:"danger",title:f[""].join(" "),live:!0}):null,_?.ok?e.jsx(C,{kind:"success",title:s("kpi.saved"),live:!0}):null]}),e.jsx("div",{className:"zw-form__wide",children:e.jsx("button",{type:"submit",className:"kern-btn kern-btn--primary",disabled:P,children:e.jsx("span",{className:"kern-label",children:s("app.save")})})})]})]})}export{ye as default};
