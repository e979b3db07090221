import{u as D,a as K,b as B,r as k,v as W,j as e,c as L,e as G,E as H,L as J,p as X,f as Z,A as C,h as ee,g as M}from"./index-DOb2xkkz.js";import{L as V}from"./Light-B41-F58E.js";import{F as S}from"./Field-t-vjDOHG.js";import{Y as F}from"./YearSelect-L-GdTAUG.js";import{C as ae,c as Y}from"./Chart-GF3RLwB-.js";import{d as y,a as R,e as re}from"./format-8wWt2Aac.js";import{b as T}from"./number-BJ2P2IS_.js";import{o as se}from"./mutation-BlvYmFhp.js";function A(c){return c.month?`${c.year}-${String(c.month).padStart(2,"0")}`:c.quarter?`${c.year}-Q${c.quarter}`:String(c.year)}function te(c,a,l){const s=[];for(let t=a;t<=l;t++)s.push(t);const d=new Map(c.filter(t=>t.quarter===null&&t.month===null).map(t=>[t.year,t]));return{years:s,plan:s.map(t=>d.get(t)?.plan??null),actual:s.map(t=>d.get(t)?.actual??null)}}function le(c){const a=l=>l.month?100+l.month:l.quarter?10+l.quarter:0;return[...c].sort((l,s)=>s.year-l.year||a(l)-a(s))}const ie=M(`
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
`),ne=M(`
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
`);function je({id:c}){const{t:a,lang:l}=D(),{me:s,years:d,year:t,setYear:z}=K(),x=d[0]??t-5,f=d[d.length-1]??t,[p,w]=B({query:ie,variables:{id:c,year:t,from:x,to:f}}),j=p.data?.node,r=j&&"unit"in j?j:null,m=k.useMemo(()=>r?te(r.values,x,f):null,[r,x,f]),v=W(p.error,!!r);if(v)return e.jsx(L,{error:v,retry:()=>w({requestPolicy:"network-only"})});if(!r||!m)return p.fetching||!p.data?e.jsx(G,{}):e.jsx(L,{error:{code:"NOT_FOUND"}});const g=le(r.values),$={color:[Y.plan,Y.actual],tooltip:{trigger:"axis"},legend:{data:[a("kpi.plan"),a("kpi.actual")],top:0},grid:{left:60,right:20,top:40,bottom:30},xAxis:{type:"category",data:m.years.map(String)},yAxis:{type:"value",name:r.unit,axisLabel:{formatter:n=>y(n,l,1)}},series:[{name:a("kpi.plan"),type:"line",data:m.plan,lineStyle:{type:"dashed"},symbol:"rect",symbolSize:8,connectNulls:!1},{name:a("kpi.actual"),type:"bar",data:m.actual,barMaxWidth:40}]},_=m.years.map((n,q)=>`${n}: ${a("kpi.plan")} ${y(m.plan[q],l)}, ${a("kpi.actual")} ${y(m.actual[q],l)}`).join("; ");return e.jsxs("article",{"data-testid":"kpi",children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:r.name}),e.jsx(F,{years:d,value:t,onChange:z})]}),e.jsxs("p",{className:"zw-kpi-light",children:[e.jsx(V,{light:r.achievement.light,degree:r.achievement.degree})," ",e.jsxs("span",{className:"kern-body--muted",children:["(",t,")"]})]}),e.jsxs("dl",{className:"kern-description-list zw-facts",children:[e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.unit")}),e.jsx("dd",{className:"kern-description-list-item__value",children:r.unit})]}),e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.direction")}),e.jsx("dd",{className:"kern-description-list-item__value",children:a(`kpi.${r.direction}`)})]}),e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.definition")}),e.jsx("dd",{className:"kern-description-list-item__value",children:r.definition||"–"})]}),r.goal?e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.goal")}),e.jsxs("dd",{className:"kern-description-list-item__value",children:[r.goal.title," (",r.goal.orgUnit.name,")"]})]}):null,r.product?e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("kpi.product")}),e.jsxs("dd",{className:"kern-description-list-item__value",children:[r.product.number," ",r.product.name]})]}):null,e.jsxs("div",{className:"kern-description-list-item",children:[e.jsx("dt",{className:"kern-description-list-item__key",children:a("light.label")}),e.jsx("dd",{className:"kern-description-list-item__value",children:a("kpi.thresholds",{green:R(r.greenThreshold,l),yellow:R(r.yellowThreshold,l)})})]})]}),e.jsxs("section",{"aria-labelledby":"chart-h",className:"zw-section",children:[e.jsx("h2",{id:"chart-h",className:"kern-heading-medium",children:a("kpi.chart")}),e.jsx(ae,{option:$,label:`${a("kpi.chart")}: ${_}`})]}),e.jsxs("section",{"aria-labelledby":"values-h",className:"zw-section",children:[e.jsx("h2",{id:"values-h",className:"kern-heading-medium",children:a("kpi.values")}),g.length===0?e.jsx(H,{children:a("kpi.noValues")}):e.jsx("div",{className:"kern-table-responsive",children:e.jsxs("table",{className:"kern-table kern-table--small","data-testid":"kpi-values",children:[e.jsx("caption",{className:"kern-sr-only",children:a("kpi.values")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.period")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("kpi.plan")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("kpi.actual")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("light.label")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.comment")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:a("kpi.recorded")})]})}),e.jsx("tbody",{className:"kern-table__body",children:g.map(n=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:n.quarter?a("kpi.q",{q:n.quarter,year:n.year}):A(n)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:y(n.plan,l)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:y(n.actual,l)}),e.jsx("td",{className:"kern-table__cell",children:e.jsx(V,{light:n.achievement.light,degree:n.achievement.degree})}),e.jsx("td",{className:"kern-table__cell",children:n.comment}),e.jsx("td",{className:"kern-table__cell",children:re(n.recordedAt,l)})]},A(n)))})]})})]}),s.viewerCanRecordFigures||s.ledUnits.length>0?e.jsx(ce,{kpiId:r.id,values:r.values,onSaved:()=>w({requestPolicy:"network-only"})}):null,e.jsx("p",{children:e.jsxs(J,{className:"kern-link",href:X.kpis(),children:["← ",a("kpi.list")]})})]})}function ce({kpiId:c,values:a,onSaved:l}){const{t:s,lang:d}=D(),{years:t,year:z}=K(),[x,f]=k.useState(z),[p,w]=k.useState(""),[j,r]=k.useState(""),[m,v]=k.useState(""),[g,$]=k.useState(""),[_,n]=k.useState(null),[q,O]=k.useState({}),[P,I]=k.useState(!1),[,Q]=Z(ne),b=a.find(i=>i.year===x&&(i.quarter??0)===(p?Number(p):0)&&i.month===null),U=async()=>{const i={},u=j.trim()===""?void 0:T(j),o=m.trim()===""?void 0:T(m);if(u===null&&(i.plan=[s("kpi.numberInvalid")]),o===null&&(i.actual=[s("kpi.numberInvalid")]),O(i),Object.keys(i).length)return;I(!0);const h={kpiId:c,year:x,quarter:p?Number(p):null,expectedVersion:b?.version??null};u!==void 0&&(h.plan=u),o!==void 0&&(h.actual=o),g.trim()!==""&&(h.comment=g);const E=se(await Q({input:h}),"kpiValueRecord",d);I(!1),n(E),E.ok&&(r(""),v(""),$(""),l())},N={..._?.fieldErrors??{},...q};return e.jsxs("section",{"aria-labelledby":"record-h",className:"zw-section zw-noprint",children:[e.jsx("h2",{id:"record-h",className:"kern-heading-medium",children:s("kpi.record")}),e.jsxs("form",{className:"zw-form zw-form--grid",onSubmit:i=>{i.preventDefault(),U()},children:[e.jsx(F,{years:t,value:x,onChange:f}),e.jsx(S,{label:s("kpi.quarter"),errors:N.quarter,children:({id:i,describedBy:u})=>e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:i,className:"kern-form-input__select",value:p,"aria-describedby":u,onChange:o=>w(o.target.value),children:[e.jsx("option",{value:"",children:s("kpi.wholeYear")}),[1,2,3,4].map(o=>e.jsxs("option",{value:o,children:["Q",o]},o))]})})}),e.jsx(S,{label:s("kpi.plan"),hint:b?.plan!==null&&b?.plan!==void 0?y(b.plan,d):void 0,errors:N.plan,children:({id:i,describedBy:u,invalid:o})=>e.jsx("input",{id:i,inputMode:"decimal",className:"kern-form-input__input",value:j,"aria-describedby":u,"aria-invalid":o||void 0,onChange:h=>r(h.target.value)})}),e.jsx(S,{label:s("kpi.actual"),hint:b?.actual!==null&&b?.actual!==void 0?y(b.actual,d):void 0,errors:N.actual,children:({id:i,describedBy:u,invalid:o})=>e.jsx("input",{id:i,inputMode:"decimal",className:"kern-form-input__input",value:m,"aria-describedby":u,"aria-invalid":o||void 0,onChange:h=>v(h.target.value)})}),e.jsx(S,{label:s("kpi.comment"),errors:N.comment,className:"zw-form__wide",children:({id:i,describedBy:u,invalid:o})=>e.jsx("textarea",{id:i,rows:2,maxLength:2e3,className:"kern-form-input__input",value:g,"aria-describedby":u,"aria-invalid":o||void 0,onChange:h=>$(h.target.value)})}),e.jsxs("div",{className:"zw-form__wide","aria-live":"polite",children:[_?.error?e.jsx(C,{kind:"danger",title:_.error.code==="CONFLICT"?s("error.conflictTitle"):s("error.title"),live:!0,children:e.jsx("p",{className:"kern-body",children:ee(_.error,d)})}):null,N[""]?e.jsx(C,{kind:"danger",title:N[""].join(" "),live:!0}):null,_?.ok?e.jsx(C,{kind:"success",title:s("kpi.saved"),live:!0}):null]}),e.jsx("div",{className:"zw-form__wide",children:e.jsx("button",{type:"submit",className:"kern-btn kern-btn--primary",disabled:P,children:e.jsx("span",{className:"kern-label",children:s("app.save")})})})]})]})}export{je as default};
