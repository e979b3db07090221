import{g as e}from"./index-DBb2yapz.js";e(`
  fragment AgreementFields on Agreement {
    id
    year
    status
    version
    viewerAccess
    viewerOnBehalfOf {
      id
      name
    }
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
    viewerCanRemark
    viewerCanOfficeReview
    officeReview
    officeReviewedAt
    remarks {
      id
      text
      author {
        id
        name
      }
      item {
        id
        title
      }
      createdAt
    }
    items {
      id
      position
      title
      description
      weightPercent
      targetValue
      targetUnit
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
        onBehalfOf {
          id
          name
        }
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
`),c=e(`
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
`),l=e(`
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
`),p=e(`
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
`),R=e(`
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
`),v=e(`
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
`),$=e(`
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
`),w=e(`
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
`),C=e(`
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
`),h=e(`
  mutation AgreementRemarkAdd($input: AgreementRemarkInput!) {
    agreementRemarkAdd(input: $input) {
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
  mutation AgreementOfficeReview($input: AgreementOfficeReviewInput!) {
    agreementOfficeReview(input: $input) {
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
`);function m(n){return typeof n=="number"&&Number.isInteger(n)&&n>=1&&n<=100}function y(n){const r=[];let s=0;n.forEach((i,a)=>{m(i.weightPercent)?s+=i.weightPercent:r.push(a)});let t;return n.length===0?t="empty":r.length>0?t="invalid":s===100?t="ok":s<100?t="under":t="over",{sum:s,state:t,remaining:100-s,invalid:r}}function E(n){const r=n.trim().replace(/\s*%$/,"");return/^\d{1,3}$/.test(r)?Number(r):null}function k(n){let r=0,s=0;for(const t of n){if(t.degree===null||t.degree===void 0)return null;r+=t.weightPercent*t.degree,s+=t.weightPercent}return s===0?null:r/s}export{R as A,C,$ as I,d as P,f as R,h as a,I as b,c,l as d,p as e,A as f,g,u as h,y as i,w as j,v as k,E as p,k as w};
