import{g as e}from"./index-BmWoV2n4.js";e(`
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
    acknowledgedAt
    objectBy
    viewerCanAcknowledge
    viewerCanObject
    viewerCanAssignObjection
    viewerCanDecideObjection
    objection {
      objectedAt
      reason
      decision
      decisionReason
      decidedAt
      members {
        id
        name
      }
      items {
        id
        position
        title
        weightPercent
        targetValue
        selfDegree
        finalDegree
        selfComment
        assessmentComment
      }
      assessmentComment
    }
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
`),d=e(`
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
`),u=e(`
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
`),v=e(`
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
`),R=e(`
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
`),w=e(`
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
`),C=e(`
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
`),$=e(`
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
`),y=e(`
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
`);function m(n){return typeof n=="number"&&Number.isInteger(n)&&n>=1&&n<=100}function I(n){const s=[];let r=0;n.forEach((i,a)=>{m(i.weightPercent)?r+=i.weightPercent:s.push(a)});let t;return n.length===0?t="empty":s.length>0?t="invalid":r===100?t="ok":r<100?t="under":t="over",{sum:r,state:t,remaining:100-r,invalid:s}}function E(n){const s=n.trim().replace(/\s*%$/,"");return/^\d{1,3}$/.test(s)?Number(s):null}function D(n){let s=0,r=0;for(const t of n){if(t.degree===null||t.degree===void 0)return null;s+=t.weightPercent*t.degree,r+=t.weightPercent}return r===0?null:s/r}export{v as A,$ as C,w as I,u as P,f as R,h as a,y as b,c,l as d,p as e,A as f,g,d as h,I as i,C as j,R as k,E as p,D as w};
