import { graphql } from './gql';

export const AgreementFieldsFragment = graphql(`
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
`);

export const AgreementDoc = graphql(`
  query Agreement($id: ID!) {
    node(id: $id) {
      ... on Agreement {
        ...AgreementFields
      }
    }
  }
`);

export const AuditDoc = graphql(`
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
`);


export const ProposeDoc = graphql(`
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
`);

export const AcceptDoc = graphql(`
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
`);

export const CloseDoc = graphql(`
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
`);

export const ReturnDoc = graphql(`
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
`);

export const ChangeRequestDoc = graphql(`
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
`);

export const ReviewDoc = graphql(`
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
`);

export const AssessDoc = graphql(`
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
`);

export const ItemAddDoc = graphql(`
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
`);

export const ItemUpdateDoc = graphql(`
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
`);

export const ItemRemoveDoc = graphql(`
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
`);

export const CopyToYearDoc = graphql(`
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
`);

export const AgreementRemarkAddDoc = graphql(`
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
`);

export const AgreementOfficeReviewDoc = graphql(`
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
`);
