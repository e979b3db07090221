import{g as e}from"./index-bSL3PMN4.js";e(`
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
`);const n=e(`
  query Agreement($id: ID!) {
    node(id: $id) {
      ... on Agreement {
        ...AgreementFields
      }
    }
  }
`),s=e(`
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
`),r=e(`
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
`),a=e(`
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
`),i=e(`
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
`),m=e(`
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
`),o=e(`
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
`),g=e(`
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
`),d=e(`
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
`),u=e(`
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
`),p=e(`
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
`),c=e(`
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
`),A=e(`
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
`);export{d as A,A as C,p as I,r as P,g as R,a,i as b,m as c,o as d,n as e,s as f,c as g,u as h};
