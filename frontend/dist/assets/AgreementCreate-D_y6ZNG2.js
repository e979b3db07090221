import{u as L,a as D,b as P,j as e,A as N,L as U,p as v,Q as V,g as R,r as i,c as G,E as J,i as K,n as W}from"./index-BmWoV2n4.js";import{o as X}from"./mutation-CEYMJlon.js";import{a as Z,b as ee,e as re,f as ne}from"./create-B3JYBuM5.js";import{F as ae}from"./Field-Cmvi8DVO.js";const te=R(`
  query AgreementCreateOptions {
    me {
      person {
        id
      }
      ledUnits {
        id
        name
        children {
          id
          code
          name
          kind
          leader {
            id
            name
            position
          }
        }
      }
    }
  }
`),se=R(`
  query PrincipalAgreementsOfYear($year: Int!) {
    agreements(year: $year, role: PRINCIPAL, first: 100) {
      nodes {
        id
        orgUnit {
          id
        }
        agent {
          id
        }
      }
    }
  }
`),ie=R(`
  mutation AgreementCreate($input: AgreementCreateInput!) {
    agreementCreate(input: $input) {
      agreement {
        id
        year
        status
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
`),le=["TVOED_LOB","BEAMTE_LBESG","NONE"];function he(){const{t:c}=L(),{me:o}=D(),[n,y]=P({query:te});return e.jsxs("div",{"data-testid":"agreement-create",children:[e.jsx("h1",{className:"kern-heading-large",children:c("create.title")}),o.ledUnits.length===0?e.jsx(N,{kind:"info",title:c("create.notPrincipal"),children:e.jsx("p",{className:"kern-body",children:e.jsx(U,{className:"kern-link",href:v.agreements(),children:c("nav.agreements")})})}):e.jsxs(e.Fragment,{children:[e.jsx("p",{className:"kern-body",children:c("create.intro")}),e.jsx(V,{...n,retry:()=>y({requestPolicy:"network-only"}),children:u=>e.jsx(ce,{meId:u.me.person.id,ledUnits:u.me.ledUnits})})]})]})}function ce({meId:c,ledUnits:o}){const{t:n,lang:y}=L(),{years:u,year:B}=D(),_=i.useMemo(()=>Z(u),[u]),[l,T]=i.useState(()=>ee(_,B)),[$]=P({query:se,variables:{year:l??0},pause:l===null}),{options:m,withoutLeader:k}=i.useMemo(()=>re(o,c,$.data?.agreements.nodes??[]),[o,c,$.data]),[E,z]=i.useState(()=>m.length===1?m[0].unit.id:""),[g,M]=i.useState(""),[t,f]=i.useState({}),[j,I]=i.useState(null),[w,C]=i.useState(!1),[,Y]=G(ie),x=i.useRef(null),F=i.useRef(null),h=i.useId(),S=`${h}-unit-error`,q=`${h}-pay-error`,O=`${h}-pay-hint`;if(m.length===0)return e.jsxs(e.Fragment,{children:[e.jsx(J,{children:n("create.noUnits")}),k.length>0?e.jsx("p",{className:"kern-body",children:n("create.withoutLeader",{units:k.map(r=>r.name).join(", ")})}):null]});const A=(r,a)=>{setTimeout(()=>{const d=[["unit",'input[name="unit"]'],["year",'select[name="year"]'],["payRule",'input[name="payRule"]']];for(const[s,p]of d)if(r[s]?.length){(x.current?.querySelector(`${p}:checked`)??x.current?.querySelector(p))?.focus();return}(a||r.form?.length)&&F.current?.focus()},0)},H=async()=>{const r=m.find(Q=>Q.unit.id===E),a={};if(r||(a.unit=[n("create.unitRequired")]),l===null&&(a.year=[n("create.yearRequired")]),g||(a.payRule=[n("create.payRuleRequired")]),I(null),Object.keys(a).length>0||!r||l===null||!g){f(a),A(a,!1);return}C(!0);const d=await Y({input:{agentId:r.leader.id,orgUnitId:r.unit.id,year:l,payRule:g}});C(!1);const s=X(d,"agreementCreate",y),p=d.data?.agreementCreate.agreement;if(s.ok&&p){W(v.agreementEdit(p.id));return}const b=ne(s.fieldErrors);f(b),I(s.error),A(b,!!s.error)};return e.jsxs("form",{ref:x,className:"zw-form",noValidate:!0,onSubmit:r=>{r.preventDefault(),H()},children:[e.jsx("div",{ref:F,tabIndex:-1,"aria-live":"polite",className:"zw-alertslot",children:j?e.jsx(N,{kind:"danger",title:j.code==="FORBIDDEN"?n("create.forbiddenTitle"):n("create.errorTitle"),live:!0,children:e.jsx("p",{className:"kern-body","data-testid":"create-error",children:K(j,y)})}):t.form?.length?e.jsx(N,{kind:"danger",title:n("create.errorTitle"),live:!0,children:e.jsx("p",{className:"kern-body","data-testid":"create-error",children:t.form.join(" ")})}):null}),e.jsxs("fieldset",{className:`kern-fieldset${t.unit?.length?" kern-fieldset--error":""}`,"aria-describedby":t.unit?.length?S:void 0,"data-testid":"create-unit",children:[e.jsx("legend",{className:"kern-label",children:n("create.unit")}),e.jsx("div",{className:"kern-fieldset__body",children:m.map(r=>{const a=`${h}-unit-${r.unit.id}`;return e.jsxs("div",{className:"kern-form-check zw-check",children:[e.jsx("input",{className:`kern-form-check__radio${t.unit?.length?" kern-form-check__radio--error":""}`,type:"radio",name:"unit",id:a,value:r.unit.id,checked:E===r.unit.id,"aria-describedby":`${a}-hint`,"aria-invalid":t.unit?.length?!0:void 0,onChange:()=>z(r.unit.id)}),e.jsx("label",{className:"kern-label",htmlFor:a,children:r.unit.name}),e.jsxs("div",{className:"kern-hint zw-check__hint",id:`${a}-hint`,children:[n("create.agent",{name:r.leader.name}),r.leader.position?` – ${r.leader.position}`:"",o.length>1?` (${n("create.below",{unit:r.parentName})})`:"",r.existingId&&l!==null?e.jsxs(e.Fragment,{children:[" ",e.jsx("strong",{className:"zw-check__exists",children:n("create.exists",{year:l})})]}):null]})]},r.unit.id)})}),t.unit?.length?e.jsxs("p",{className:"kern-error",id:S,role:"alert",children:[e.jsx("span",{className:"kern-icon kern-icon--danger kern-icon--small","aria-hidden":"true"}),e.jsx("span",{className:"kern-body",children:t.unit.join(" ")})]}):null]}),k.length>0?e.jsx("p",{className:"kern-body kern-body--small",children:n("create.withoutLeader",{units:k.map(r=>r.name).join(", ")})}):null,e.jsx(ae,{label:n("app.year"),hint:n("create.yearHint"),errors:t.year,children:({id:r,describedBy:a,invalid:d})=>e.jsx("div",{className:"kern-form-input__select-wrapper",children:e.jsx("select",{id:r,name:"year",className:`kern-form-input__select${d?" kern-form-input__select--error":""}`,value:l??"","aria-describedby":a,"aria-invalid":d||void 0,onChange:s=>{T(s.target.value===""?null:Number(s.target.value)),t.year&&f({...t,year:void 0})},children:_.map(s=>e.jsx("option",{value:s,children:s},s))})})}),e.jsxs("fieldset",{className:`kern-fieldset${t.payRule?.length?" kern-fieldset--error":""}`,"aria-describedby":[O,t.payRule?.length?q:""].filter(Boolean).join(" "),"data-testid":"create-payrule",children:[e.jsx("legend",{className:"kern-label",children:n("create.payRule")}),e.jsx("div",{className:"kern-hint",id:O,children:n("create.payRuleHint")}),e.jsx("div",{className:"kern-fieldset__body",children:le.map(r=>{const a=`${h}-pay-${r}`;return e.jsxs("div",{className:"kern-form-check",children:[e.jsx("input",{className:`kern-form-check__radio${t.payRule?.length?" kern-form-check__radio--error":""}`,type:"radio",name:"payRule",id:a,value:r,checked:g===r,"aria-invalid":t.payRule?.length?!0:void 0,onChange:()=>M(r)}),e.jsx("label",{className:"kern-label",htmlFor:a,children:n(r==="NONE"?"create.payNone":`pay.${r}`)})]},r)})}),t.payRule?.length?e.jsxs("p",{className:"kern-error",id:q,role:"alert",children:[e.jsx("span",{className:"kern-icon kern-icon--danger kern-icon--small","aria-hidden":"true"}),e.jsx("span",{className:"kern-body",children:t.payRule.join(" ")})]}):null]}),e.jsxs("div",{className:"kern-btn-wrapper",children:[e.jsxs("button",{type:"submit",className:"kern-btn kern-btn--primary",disabled:w,children:[e.jsx("span",{className:"kern-icon kern-icon--add","aria-hidden":"true"}),e.jsx("span",{className:"kern-label",children:n(w?"create.busy":"create.submit")})]}),e.jsx(U,{className:"kern-btn kern-btn--tertiary",href:v.agreements(),children:e.jsx("span",{className:"kern-label",children:n("app.cancel")})})]})]})}export{ie as CreateDoc,te as CreateOptionsDoc,se as PrincipalAgreementsDoc,he as default};
