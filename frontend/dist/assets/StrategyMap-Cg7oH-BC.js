import{u as h,a as u,r as j,b as y,j as e,Q as p,c as _,d as k,e as b,E as g,g as m,L as $,p as S}from"./index-Dj2rVZnF.js";import{Y as q}from"./YearSelect-cqRx9MkC.js";import{L as N}from"./Light-BX7Jcvn4.js";import{b as w}from"./format-D0Qqy3Lg.js";import{T as D}from"./TableRegion-BbfjVBIt.js";const I={nodes:{},loaded:{}};function L(a,r){switch(r.type){case"toggle":{if((a.nodes[r.id]??"collapsed")!=="collapsed")return{...a,nodes:{...a.nodes,[r.id]:"collapsed"}};const i=a.loaded[r.id]?"expanded":"loading";return{...a,nodes:{...a.nodes,[r.id]:i}}}case"loaded":return a.nodes[r.id]!=="loading"?{...a,loaded:{...a.loaded,[r.id]:!0}}:{nodes:{...a.nodes,[r.id]:"expanded"},loaded:{...a.loaded,[r.id]:!0}};case"failed":return{...a,nodes:{...a.nodes,[r.id]:"error"}};case"collapseAll":return{...a,nodes:{}}}}function v(a,r){const l=a.nodes[r];return l==="expanded"||l==="loading"||l==="error"}const R=m(`
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
`);function f({id:a,open:r,label:l,onToggle:i}){const{t:o}=h();return e.jsxs("button",{type:"button",className:"zw-toggle","aria-expanded":r,"aria-controls":r?`children-${a}`:void 0,onClick:i,children:[e.jsx("span",{"aria-hidden":"true",className:"zw-toggle__icon",children:r?"▾":"▸"}),e.jsxs("span",{className:"kern-sr-only",children:[o(r?"strategy.collapse":"strategy.expand"),": "]}),e.jsx("span",{className:"zw-toggle__label",children:l})]})}function z({a}){const{t:r}=h();return e.jsxs("span",{className:"zw-rollup",children:[e.jsx(N,{light:a.light,degree:a.degree}),e.jsxs("span",{className:"kern-body--small kern-body--muted",children:[" ",r("strategy.rollup",{green:a.green,yellow:a.yellow,red:a.red,none:a.noData})]})]})}function G({g:a,state:r,dispatch:l}){const{t:i}=h(),o=v(r,a.id),d=a.children.totalCount+a.kpis.totalCount>0;return e.jsxs("li",{className:"zw-tree__item","data-goal":a.id,children:[e.jsxs("div",{className:"zw-tree__row",children:[e.jsxs("div",{className:"zw-tree__main",children:[d?e.jsx(f,{id:a.id,open:o,label:a.title,onToggle:()=>l({type:"toggle",id:a.id})}):e.jsxs("span",{className:"zw-toggle zw-toggle--leaf",children:[e.jsx("span",{"aria-hidden":"true",className:"zw-toggle__icon",children:"•"})," ",a.title]}),e.jsxs("span",{className:"kern-body--small kern-body--muted zw-tree__meta",children:[i(`level.${a.level}`)," · ",a.orgUnit.name]})]}),e.jsx(z,{a:a.achievement})]}),o?e.jsx(T,{id:a.id,state:r,dispatch:l}):null]})}function T({id:a,state:r,dispatch:l}){const{t:i,lang:o}=h(),{year:d}=u(),[t,n]=y({query:A,variables:{id:a,year:d}});C(a,t,l);const c=t.data?.node&&"children"in t.data.node?t.data.node:null;return c?e.jsxs("div",{id:`children-${a}`,className:"zw-tree__children",children:[c.children.nodes.length>0?e.jsx("ul",{className:"zw-tree","aria-label":i("strategy.goals"),children:c.children.nodes.map(s=>e.jsx(G,{g:s,state:r,dispatch:l},s.id))}):null,c.kpis.nodes.length>0?e.jsx("ul",{className:"zw-tree zw-tree--kpis","aria-label":i("strategy.kpis"),children:c.kpis.nodes.map(s=>e.jsxs("li",{className:"zw-tree__item zw-tree__kpi",children:[e.jsx(N,{light:s.achievement.light,compact:!0})," ",e.jsx($,{className:"kern-link",href:S.kpi(s.id),children:s.name})," ",e.jsxs("span",{className:"kern-body--small kern-body--muted",children:["(",s.unit,") ",w(s.achievement.degree,o)]})]},s.id))}):null,c.children.nodes.length+c.kpis.nodes.length===0?e.jsx(g,{children:i("strategy.empty")}):null]}):t.error?e.jsx(_,{error:k(t.error),retry:()=>n({requestPolicy:"network-only"})}):e.jsx(b,{})}function C(a,r,l){j.useEffect(()=>{r.data?l({type:"loaded",id:a}):r.error&&!r.fetching&&l({type:"failed",id:a})},[a,r.data,r.error,r.fetching,l])}function P({id:a,state:r,dispatch:l}){const{t:i}=h(),{year:o}=u(),[d,t]=y({query:U,variables:{id:a,year:o}});C(a,d,l);const n=d.data?.node&&"goals"in d.data.node?d.data.node:null;return n?e.jsx("div",{id:`children-${a}`,className:"zw-tree__children",children:n.goals.nodes.length===0?e.jsx(g,{children:i("strategy.empty")}):e.jsx("ul",{className:"zw-tree","aria-label":i("strategy.goals"),children:n.goals.nodes.map(c=>e.jsx(G,{g:c,state:r,dispatch:l},c.id))})}):d.error?e.jsx(_,{error:k(d.error),retry:()=>t({requestPolicy:"network-only"})}):e.jsx(b,{})}function Q(){const{t:a,lang:r}=h(),{year:l}=u(),[i,o]=y({query:E,variables:{year:l}});return e.jsxs("section",{"aria-labelledby":"align-h",className:"zw-section",children:[e.jsxs("h2",{id:"align-h",className:"kern-heading-medium",children:[a("strategy.alignment")," ",l]}),e.jsx(p,{...i,retry:()=>o({requestPolicy:"network-only"}),children:d=>{const t=d.alignmentReport;return e.jsxs(e.Fragment,{children:[e.jsx("h3",{className:"kern-heading-small",children:a("strategy.uncovered")}),t.uncoveredStrategicGoals.length===0?e.jsx(g,{children:a("strategy.allCovered")}):e.jsx("ul",{className:"zw-list","data-testid":"uncovered",children:t.uncoveredStrategicGoals.map(n=>e.jsxs("li",{children:[e.jsx("span",{"aria-hidden":"true",children:"! "}),n.number,". ",n.title]},n.id))}),e.jsx("h3",{className:"kern-heading-small",children:a("strategy.coverage")}),e.jsx(D,{label:a("strategy.coverage"),children:e.jsxs("table",{className:"kern-table kern-table--small",children:[e.jsx("caption",{className:"kern-sr-only",children:a("strategy.coverage")}),e.jsx("thead",{className:"kern-table__header",children:e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"col",className:"kern-table__header",children:a("agreement.unit")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("strategy.goals")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("strategy.linked")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("strategy.ratio")}),e.jsx("th",{scope:"col",className:"kern-table__header kern-table__header--numeric",children:a("strategy.sgCovered")})]})}),e.jsx("tbody",{className:"kern-table__body",children:t.coverage.map(n=>e.jsxs("tr",{className:"kern-table__row",children:[e.jsx("th",{scope:"row",className:"kern-table__cell",children:n.orgUnit.name}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:n.goals}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:n.linkedGoals}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:w(n.ratio,r)}),e.jsx("td",{className:"kern-table__cell kern-table__cell--numeric",children:n.strategicGoalsCovered})]},n.orgUnit.id))})]})}),e.jsxs("h3",{className:"kern-heading-small",children:[a("strategy.unlinked")," (",t.unlinkedGoals.totalCount,")"]}),t.unlinkedGoals.nodes.length===0?e.jsx(g,{children:a("strategy.allLinked")}):e.jsx("ul",{className:"zw-list",children:t.unlinkedGoals.nodes.map(n=>e.jsxs("li",{children:[n.title," ",e.jsxs("span",{className:"kern-body--small kern-body--muted",children:["– ",a(`level.${n.level}`),", ",n.orgUnit.name]})]},n.id))})]})}})]})}function H(){const{t:a}=h(),{years:r,year:l,setYear:i}=u(),[o,d]=j.useReducer(L,I),[t,n]=y({query:R,variables:{year:l}});return e.jsxs(e.Fragment,{children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h1",{className:"kern-heading-large",children:a("strategy.title")}),e.jsx(q,{years:r,value:l,onChange:i})]}),e.jsx("p",{className:"kern-body",children:a("strategy.intro")}),e.jsx(p,{...t,retry:()=>n({requestPolicy:"network-only"}),children:c=>e.jsxs("section",{"aria-labelledby":"tree-h",className:"zw-section",children:[e.jsxs("div",{className:"zw-pagehead",children:[e.jsx("h2",{id:"tree-h",className:"kern-heading-medium",children:a("strategy.goals")}),e.jsx("button",{type:"button",className:"kern-btn kern-btn--tertiary kern-btn--x-small",onClick:()=>d({type:"collapseAll"}),children:e.jsx("span",{className:"kern-label",children:a("strategy.collapseAll")})})]}),e.jsx("ul",{className:"zw-tree zw-tree--root","data-testid":"strategy-tree",children:c.strategicGoals.map(s=>{const x=v(o,s.id);return e.jsxs("li",{className:"zw-tree__item zw-tree__sg",children:[e.jsxs("div",{className:"zw-tree__row",children:[e.jsx("div",{className:"zw-tree__main",children:e.jsx(f,{id:s.id,open:x,label:`${s.number}. ${s.title}`,onToggle:()=>d({type:"toggle",id:s.id})})}),e.jsx(z,{a:s.achievement})]}),x?e.jsx(P,{id:s.id,state:o,dispatch:d}):null]},s.id)})})]})}),e.jsx(Q,{})]})}export{H as default};
