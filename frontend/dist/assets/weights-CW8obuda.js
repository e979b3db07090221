import{g as e}from"./index-IGL5QwWY.js";e(`
  fragment AgreementFields on Agreement {
    id
    year
    status
    version
    viewerAccess
    orgUnit {
      id
      code
      name
      kind
    }
    principal {
      id
      name
      position
    }
    agent {
      id
      name
      position
    }
    createdAt
    updatedAt
    proposedAt
    principalSignedAt
    agentSignedAt
    agreedAt
    closedAt
    payRule
    returnReason
    weightTotal
    totalDegree
    selfAssessedAt
    viewerCanEdit
    viewerCanPropose
    viewerCanAccept
    viewerCanReturn
    viewerCanRequestChange
    viewerCanRecordReview
    viewerCanSelfAssess
    viewerCanAssess
    viewerCanClose
    viewerCanCopy
    items {
      id
      position
      title
      description
      weightPercent
      targetValue
      budgetCompliance
      interimDegree
      selfDegree
      finalDegree
      assessmentComment
      interimComment
      selfComment
      goal {
        id
        title
        level
      }
      kpi {
        id
        name
        unit
      }
      measure {
        id
        number
        title
      }
      budgetSuggestion {
        suggestedDegree
        adherence
        hspRealisation
      }
    }
    reviews {
      heldOn
      note
      recordedBy {
        id
        name
      }
      createdAt
    }
    assessment {
      totalDegree
      assessedAt
      assessedBy {
        id
        name
      }
      comment
      selfAssessmentNote
    }
  }
`);const g=e(`
  query Agreement($id: ID!) {
    node(id: $id) {
      ... on Agreement {
        ...AgreementFields
      }
    }
  }
`),u=e(`
  query AgreementAudit($id: ID!, $lang: Language!) {
    auditTrail(entity: $id, first: 50) {
      totalCount
      nodes {
        at
        actor {
          id
          name
        }
        actorRoleNames(lang: $lang)
        action
        actionText(lang: $lang)
        changes(lang: $lang) {
          label
          before
          after
        }
      }
    }
  }
`),d=e(`
  mutation AgreementPropose($input: AgreementTransitionInput!) {
    agreementPropose(input: $input) {
      agreement {
        ...AgreementFields
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
`),l=e(`
  mutation AgreementAccept($input: AgreementTransitionInput!) {
    agreementAccept(input: $input) {
      agreement {
        ...AgreementFields
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
`),p=e(`
  mutation AgreementClose($input: AgreementTransitionInput!) {
    agreementClose(input: $input) {
      agreement {
        ...AgreementFields
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
`),c=e(`
  mutation AgreementReturn($input: AgreementReasonInput!) {
    agreementReturn(input: $input) {
      agreement {
        ...AgreementFields
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
`),A=e(`
  mutation AgreementChangeRequest($input: AgreementReasonInput!) {
    agreementChangeRequest(input: $input) {
      agreement {
        ...AgreementFields
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
`),f=e(`
  mutation AgreementReviewRecord($input: AgreementReviewRecordInput!) {
    agreementReviewRecord(input: $input) {
      agreement {
        ...AgreementFields
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
`),$=e(`
  mutation AgreementAssess($input: AgreementAssessInput!) {
    agreementAssess(input: $input) {
      agreement {
        ...AgreementFields
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
`),C=e(`
  mutation AgreementItemAdd($input: AgreementItemAddInput!) {
    agreementItemAdd(input: $input) {
      agreement {
        ...AgreementFields
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
`),R=e(`
  mutation AgreementItemUpdate($input: AgreementItemUpdateInput!) {
    agreementItemUpdate(input: $input) {
      agreement {
        ...AgreementFields
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
`),v=e(`
  mutation AgreementItemRemove($input: AgreementItemRemoveInput!) {
    agreementItemRemove(input: $input) {
      agreement {
        ...AgreementFields
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
`),I=e(`
  mutation AgreementCopyToYear($input: AgreementCopyToYearInput!) {
    agreementCopyToYear(input: $input) {
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
`);function o(n){return typeof n=="number"&&Number.isInteger(n)&&n>=1&&n<=100}function h(n){const s=[];let r=0;n.forEach((i,a)=>{o(i.weightPercent)?r+=i.weightPercent:s.push(a)});let t;return n.length===0?t="empty":s.length>0?t="invalid":r===100?t="ok":r<100?t="under":t="over",{sum:r,state:t,remaining:100-r,invalid:s}}function y(n){const s=n.trim().replace(/\s*%$/,"");return/^\d{1,3}$/.test(s)?Number(s):null}function E(n){let s=0,r=0;for(const t of n){if(t.degree===null||t.degree===void 0)return null;s+=t.weightPercent*t.degree,r+=t.weightPercent}return r===0?null:s/r}export{$ as A,I as C,R as I,d as P,f as R,l as a,p as b,c,A as d,g as e,u as f,h as g,v as h,C as i,y as p,E as w};
