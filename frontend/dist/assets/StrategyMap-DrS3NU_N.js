import{u as h,a as u,r as j,b as y,j as e,Q as p,d as _,e as k,f as b,E as g,g as m,L as $,p as S}from"./index-BmWoV2n4.js";import{Y as q}from"./YearSelect-C5Ym7gkG.js";import{L as N}from"./Light-B3kosOp-.js";import{c as w}from"./format-wML3mmU2.js";import{T as D}from"./TableRegion-g6OnVh2B.js";const I={nodes:{},loaded:{}};function L(r,l){switch(l.type){case"toggle":{if((r.nodes[l.id]??"collapsed")!=="collapsed")return{...r,nodes:{...r.nodes,[l.id]:"collapsed"}};const i=r.loaded[l.id]?"expanded":"loading";return{...r,nodes:{...r.nodes,[l.id]:i}}}case"loaded":return r.nodes[l.id]!=="loading"?{...r,loaded:{...r.loaded,[l.id]:!0}}:{nodes:{...r.nodes,[l.id]:"expanded"},loaded:{...r.loaded,[l.id]:!0}};case"failed":return{...r,nodes:{...r.nodes,[l.id]:"error"}};case"collapseAll":return{...r,nodes:{}}}}function v(r,l){const a=r.nodes[l];return a==="expanded"||a==="loading"||a==="error"}const R=m(`
  query StrategicGoals($year: Int!) {
    strategicGoals {
      id
      number
      title
      description
      achievement(year: $year) {
        light
        degree
        green
        yellow
        red
        noData
        worst
      }
    }
  }
`);m(`
  fragment GoalSummary on Goal {
    id
    level
    title
    orgUnit {
      id
      name
    }
    achievement(year: $year) {
      light
      degree
      green
      yellow
      red
      noData
      worst
    }
    children(first: 1) {
      totalCount
    }
    kpis(first: 1) {
      totalCount
    }
  }
`);const U=m(`
  query StrategicGoalChildren($id: ID!, $year: Int!) {
    node(id: $id) {
      ... on StrategicGoal {
        id
        goals(year: $year, first: 50) {
          totalCount
          nodes {
            ...GoalSummary
          }
        }
      }
    }
  }
`),A=m(`
  query GoalChildren($id: ID!, $year: Int!) {
    node(id: $id) {
      ... on Goal {
        id
        children(first: 50) {
          totalCount
          nodes {
            ...GoalSummary
          }
        }
        kpis(first: 50) {
          totalCount
          nodes {
            id
            name
            unit
            achievement(year: $year) {
              light
              degree
            }
          }
        }
      }
    }
  }
`),E=m(`
  query Alignment($year: Int!) {
    alignmentReport(year: $year) {
      year
      unlinkedGoals(first: 30) {
        totalCount
        nodes {
          id
          title
          level
          orgUnit {
            id
            name
          }
        }
      }
      uncoveredStrategicGoals {
        id
        number
        title
      }
      coverage {
        orgUnit {
          id
          name
        }
        goals
        linkedGoals
        ratio
        strategicGoalsCovered
      }
    }
  }
`);function f({id:r,open:l,label:a,onToggle:i}){const{t:o}=h();return e.jsxs("button",{type:"button",className:"zw-toggle","aria-expanded":l,"aria-controls":l?`children-${r}`:void 0,onClick:i,children:[e.jsx("span",{"aria-hidden":"true",className:"zw-toggle__icon",children:l?"▾":"▸"}),e.jsxs("span",{className:"kern-sr-only",children:[o(l?"strategy.collapse":"strategy.expand"),": "]}),e.jsx("span",{className:"zw-toggle__label",children:a})]})}function z({a:r}){const{t:l}=h();return e.jsxs("span",{className:"zw-rollup",children:[e.jsx(N,{light:r.light,degree:r.degree}),e.jsxs("span",{className:"kern-body--small kern-body--muted","data-testid":"rollup","data-worst":r.worst,children:[" ",l("strategy.rollup",{green:r.green,yellow:r.yellow,red:r.red,none:r.noData}),r.green+r.yellow+r.red>1?` · ${l("strategy.worst",{light:l(`light.${r.worst}`)})}`:""]})]})}function G({g:r,state:l,dispatch:a}){const{t:i}=h(),o=v(l,r.id),d=r.children.totalCount+r.kpis.totalCount>0;return e.jsxs("li",{className:"zw-tree__item","data-goal":r.id,children:[e.jsxs("div",{className:"zw-tree__row",children:[e.jsxs("div",{className:"zw-tree__main",children:[d?e.jsx(f,{id:r.id,open:o,label:r.title,onToggle:()=>a({type:"toggle",id:r.id})}):e.jsxs("span",{className:"zw-toggle zw-toggle--leaf",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-toggle__icon",children:"•"})," ",r.title]}),e.jsxs("span",{className:"kern-body--small kern-body--muted zw-tree__meta",children:[i(`level.${r.level}`)," · ",r.orgUnit.name]})]}),e.jsx(z,{a:r.achievement})]}),o?e.jsx(T,{id:r.id,state:l,dispatch:a}):null]})}function T({id:r,state:l,dispatch:a}){const{t:i,lang:o}=h(),{year:d}=u(),[s,n]=y({query:A,variables:{id:r,year:d}});C(r,s,a);const c=s.data?.node&&"children"in s.data.node?s.data.node:null;return c?e.jsxs("div",{id:`children-${r}`,className:"zw-tree__children",children:[c.children.nodes.length>0?e.jsx("ul",{className:"zw-tree","aria-label":i("strategy.goals"),children:c.children.nodes.map(t=>e.jsx(G,{g:t,state:l,dispatch:a},t.id))}):null,c.kpis.nodes.length>0?e.jsx("ul",{className:"zw-tree zw-tree--kpis","aria-label":i("strategy.kpis"),children:c.kpis.nodes.map(t=>e.jsxs("li",{className:"zw-tree__item zw-tree__kpi",children:[e.jsx(N,{light:t.achievement.light,compact:!0})," ",e.jsx($,{className:"kern-link",href:S.kpi(t.id),children:t.name})," ",e.jsxs("span",{className:"kern-body--small kern-body--muted",children:["(",t.unit,") ",w(t.achievement.degree,o)]})]},t.id))}):null,c.children.nodes.length+c.kpis.nodes.length===0?e.jsx(g,{children:i("strategy.empty")}):null]}):s.error?e.jsx(_,{error:k(s.error),retry:()=>n({requestPolicy:"network-only"})}):e.jsx(b,{})}function C(r,l,a){j.useEffect(()=>{l.data?a({type:"loaded",id:r}):l.error&&!l.fetching&&a({type:"failed",id:r})},[r,l.data,l.error,l.fetching,a])}function P({id:r,state:l,dispatch:a}){const{t:i}=h(),{year:o}=u(),[d,s]=y({query:U,variables:{id:r,year:o}});C(r,d,a);const n=d.data?.node&&"goals"in d.data.node?d.data.node:null;return n?e.jsx("div",{id:`children-${r}`,className:"zw-tree__children",children:n.goals.nodes.length===0?e.jsx(g,{children:i("strategy.empty")}):e.jsx("ul",{className:"zw-tree","aria-label":i("strategy.goals"),children:n.goals.nodes.map(c=>e.jsx(G,{g:c,state:l,dispatch:a},c.id))})}):d.error?e.jsx(_,{error:k(d.error),retry:()=>s({requestPolicy:"network-only"})}):e.jsx(b,{})}function Q(){const{t:r,lang:l}=h(),{year:a}=u(),[i,o]=y({query:E,variables:{year:a}});return e.jsxs("section",{"aria-labelledby":"align-h",className:"zw-section",children:[e.jsxs("h2",{id:"align-h",className:"kern-heading-medium",children:[r("strategy.alignment")," ",a]}),e.jsx(p,{...i,retry:()=>o({requestPolicy:"network-only"}),children:d=>{const s=d.alignmentReport;return e.jsxs(e.Fragment,{children:[e.jsx("h3",{className:"kern-heading-small",children:r("strategy.uncovered")}),s.uncoveredStrategicGoals.length===0?e.jsx(g,{children:r("strategy.allCovered")}):e.jsx("ul",{className:"zw-list","data-testid":"uncovered",children:s.uncoveredStrategicGoals.map(n=>e.jsxs("li",{children:[e.jsx("span",{"aria-hidden":"true",children:"! "}),n.number,". ",n.title]},n.id))}),e.jsx("h3",{className:"kern-heading-small",children:r("strategy.coverage")}),e.jsx(D,{label:r("strategy.coverage"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:r("strategy.coverage")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:r("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:r("strategy.goals")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:r("strategy.linked")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:r("strategy.ratio")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:r("strategy.sgCovered")})]})}),e.jsx("tbody",{className:"kern-table__body",children:s.coverage.map(n=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:n.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:n.goals}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:n.linkedGoals}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:w(n.ratio,l)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:n.strategicGoalsCovered})]},n.orgUnit.id))})]})}),e.jsxs("h3",{className:"kern-heading-small",children:[r("strategy.unlinked")," (",s.unlinkedGoals.totalCount,")"]}),s.unlinkedGoals.nodes.length===0?e.jsx(g,{children:r("strategy.allLinked")}):e.jsx("ul",{className:"zw-list",children:s.unlinkedGoals.nodes.map(n=>e.jsxs("li",{children:[n.title," ",e.jsxs("span",{className:"kern-body--small kern-body--muted",children:["– ",r(`level.${n.level}`),", ",n.orgUnit.name]})]},n.id))})]})}})]})}function H(){const{t:r}=h(),{years:l,year:a,setYear:i}=u(),[o,d]=j.useReducer(L,I),[s,n]=y({query:R,variables:{year:a}});return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:r("strategy.title")}),e.jsx(q,{years:l,value:a,onChange:i})]}),e.jsx("p",{className:"kern-body",children:r("strategy.intro")}),e.jsx(p,{...s,retry:()=>n({requestPolicy:"network-only"}),children:c=>e.jsxs("section",{"aria-labelledby":"tree-h",className:"zw-section",children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h2",{id:"tree-h",className:"kern-heading-medium",children:r("strategy.goals")}),e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary kern-btn--x-small",onClick:()=>d({type:"collapseAll"}),children:e.jsx("span",{className:"kern-label",children:r("strategy.collapseAll")})})]}),e.jsx("ul",{className:"zw-tree zw-tree--root","data-testid":"strategy-tree",children:c.strategicGoals.map(t=>{const x=v(o,t.id);return e.jsxs("li",{className:"zw-tree__item zw-tree__sg",children:[e.jsxs("div",{className:"zw-tree__row",children:[e.jsx("div",{className:"zw-tree__main",children:e.jsx(f,{id:t.id,open:x,label:`${t.number}. ${t.title}`,onToggle:()=>d({type:"toggle",id:t.id})})}),e.jsx(z,{a:t.achievement})]}),x?e.jsx(P,{id:t.id,state:o,dispatch:d}):null]},t.id)})})]})}),e.jsx(Q,{})]})}export{H as default};
