import{u as _,a as v,h as y,r as L,b as $,j as e,Q as U,E as w,L as E,p as g,n as C,g as I}from"./index-BmWoV2n4.js";import{Y as S}from"./YearSelect-C5Ym7gkG.js";import{L as A}from"./Light-B3kosOp-.js";import{c as F}from"./format-wML3mmU2.js";import{T as R}from"./TableRegion-g6OnVh2B.js";const O=["ALL","RED","YELLOW","GREEN","NONE"];function z(n,r){const s=n.get("ampel")??"ALL",t=n.get("bereich");return{light:O.includes(s)?s:"ALL",unit:t===null?r:t==="alle"||t===""?null:t,overdue:n.get("ueberfaellig")==="1"}}function D(n,r){const s=new URLSearchParams;n.light!=="ALL"&&s.set("ampel",n.light),n.unit!==r&&s.set("bereich",n.unit??"alle"),n.overdue&&s.set("ueberfaellig","1");const t=s.toString();return t?`?${t}`:""}const P=I(`
  query KpiList($year: Int!, $after: String, $light: TrafficLight, $orgUnit: ID, $overdue: Boolean, $unitId: ID!, $hasUnit: Boolean!) {
    unit: node(id: $unitId) @include(if: $hasUnit) {
      ... on OrgUnit {
        id
        name
      }
    }
    kpis(year: $year, light: $light, orgUnit: $orgUnit, overdue: $overdue, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        unit
        achievement(year: $year) {
          light
          degree
        }
        goal {
          id
          title
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`),Y=["ALL","RED","YELLOW","GREEN","NONE"];function G(){const{t:n,lang:r}=_(),{years:s,year:t,setYear:b,me:x}=v(),j=y(),o=x.ledUnits,l=z(new URLSearchParams(j.search),o[0]?.id??null),m=l.light,[c,u]=L.useState([]),p=a=>{u([]),C(g.kpis()+D({...l,...a},o[0]?.id??null),{replace:!0})},[d,N]=$({query:P,variables:{year:t,after:c[c.length-1]??null,light:m==="ALL"?null:m,orgUnit:l.unit,overdue:l.overdue,unitId:l.unit??"",hasUnit:!!l.unit}}),f=d.data?.unit&&"name"in d.data.unit?d.data.unit.name:null,k=[...o.map(a=>({id:a.id,name:a.name}))];return l.unit&&!k.some(a=>a.id===l.unit)&&k.push({id:l.unit,name:f??l.unit}),e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:n("kpi.list")}),e.jsx(S,{years:s,value:t,onChange:b})]}),e.jsxs("div",{className:"zw-filters","data-testid":"kpi-filters",children:[e.jsxs("fieldset",{className:"kern-fieldset zw-filter",children:[e.jsx("legend",{className:"kern-label",children:n("light.label")}),e.jsx("div",{className:"kern-fieldset__body kern-fieldset__body--horizontal",children:Y.map(a=>e.jsxs("div",{className:"kern-form-check",children:[e.jsx("input",{className:"kern-form-check__radio",type:"radio",id:`light-${a}`,name:"light",checked:m===a,onChange:()=>p({light:a})}),e.jsx("label",{className:"kern-label",htmlFor:`light-${a}`,children:n(a==="ALL"?"app.total":`light.${a}`)})]},a))})]}),e.jsxs("div",{className:"kern-form-input zw-filter",children:[e.jsx("label",{className:"kern-label",htmlFor:"kpi-unit",children:n("kpi.filterUnit")}),e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsxs("select",{id:"kpi-unit",className:"kern-form-input__select",value:l.unit??"",onChange:a=>p({unit:a.target.value||null}),children:[e.jsx("option",{value:"",children:n("kpi.allUnits")}),k.map((a,h)=>e.jsx("option",{value:a.id,children:h<o.length?`${n("kpi.myUnit")}: ${a.name}`:a.name},a.id))]})})]}),e.jsxs("div",{className:"kern-form-check zw-filter",children:[e.jsx("input",{className:"kern-form-check__checkbox",type:"checkbox",id:"kpi-overdue",checked:l.overdue,onChange:a=>p({overdue:a.target.checked})}),e.jsx("label",{className:"kern-label",htmlFor:"kpi-overdue",children:n("kpi.overdueOnly")})]})]}),e.jsx(U,{...d,retry:()=>N({requestPolicy:"network-only"}),children:a=>{const h=a.kpis.nodes;return e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body","data-testid":"kpi-count","data-total":a.kpis.totalCount,children:n("budget.showing",{n:a.kpis.nodes.length,total:a.kpis.totalCount})}),h.length===0?e.jsx(w,{children:n("app.none")}):e.jsx(R,{label:`${n("kpi.list")} ${t}`,children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsxs("caption",{className:"kern-sr-only",children:[n("kpi.list")," ",t]}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:n("kpi.name")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:n("kpi.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:n("light.label")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:n("agreement.degree")}),e.jsx("th",{scope:"col",className:"kern-table__header",children:n("kpi.goal")})]})}),e.jsx("tbody",{className:"kern-table__body",children:h.map(i=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:e.jsx(E,{className:"kern-link",href:g.kpi(i.id),children:i.name})}),e.jsx("td",{className:"kern-table__cell",children:i.unit}),e.jsx("td",{className:"kern-table__cell",children:e.jsx(A,{light:i.achievement.light})}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:F(i.achievement.degree,r)}),e.jsx("td",{className:"kern-table__cell",children:i.goal?`${i.goal.title} (${i.goal.orgUnit.name})`:"–"})]},i.id))})]})}),e.jsxs("div",{className:"kern-btn-wrapper",children:[c.length>0?e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary",onClick:()=>u(c.slice(0,-1)),children:e.jsx("span",{className:"kern-label",children:n("app.back")})}):null,a.kpis.pageInfo.hasNextPage&&a.kpis.pageInfo.endCursor?e.jsx("button",{type:"button",className:"kern-btn kern-btn--secondary",onClick:()=>u([...c,a.kpis.pageInfo.endCursor]),children:e.jsx("span",{className:"kern-label",children:n("app.more")})}):null]})]})}})]})}export{G as default};
