import { graphql } from './gql';

export const PaySchemeFieldsFragment = graphql(`
  fragment PaySchemeFields on PayScheme {
    year
    stored
    version
    potCents
    paySumCents
    potShareBasisPoints
    pot
    partTimeProRata
    partialYearProRata
    tvoedLob
    beamte
    agreementBy
    reviewBy
    assessmentBy
    objectionDays
    bands {
      fromDegree
      points
    }
  }
`);

export const PaySchemeDoc = graphql(`
  query PayScheme($year: Int!) {
    payScheme(year: $year) {
      ...PaySchemeFields
    }
  }
`);

export const PaySchemeSetDoc = graphql(`
  mutation PaySchemeSet($input: PaySchemeSetInput!) {
    paySchemeSet(input: $input) {
      scheme {
        ...PaySchemeFields
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

export const PayoutDoc = graphql(`
  query PayoutSimulation($year: Int!) {
    payoutSimulation(year: $year) {
      year
      pot
      total
      totalWeightedPoints
      pointValueCents
      pending
      openObjections
      scheme {
        stored
        version
      }
      distribution {
        points
        people
      }
      byDezernat {
        dezernat {
          id
          name
        }
        people
        weightedPoints
        cents
      }
      byPayRule {
        payRule
        people
        weightedPoints
        cents
      }
      rows {
        agreement {
          id
          status
          orgUnit {
            id
            name
          }
        }
        person {
          id
          name
        }
        state
        totalDegree
        points
        factor
        weightedPoints
        cents
        objectionOpen
      }
    }
  }
`);

export const PayFairnessDoc = graphql(`
  query PayFairness($year: Int!) {
    payFairness(year: $year) {
      year
      minGroupSize
      dezernate {
        dezernat {
          id
          name
        }
        people
        suppressed
        points {
          points
          people
        }
        exactly100Share
        meanDegree
        meanPoints
        minDegree
        maxDegree
      }
      evenSpread {
        unit {
          id
          name
        }
        people
        points
      }
    }
  }
`);

export const PayExportsDoc = graphql(`
  query PayExports($year: Int!) {
    payExports(year: $year) {
      id
      at
      by {
        id
        name
      }
      format
      rows
      total
    }
  }
`);

export const ObjectionsDoc = graphql(`
  query Objections($year: Int!) {
    objections(year: $year) {
      id
      year
      status
      version
      orgUnit {
        id
        name
      }
      agent {
        id
        name
      }
      objectBy
      viewerCanAssignObjection
      viewerCanDecideObjection
      objection {
        objectedAt
        decision
        decidedAt
        members {
          id
          name
        }
      }
    }
  }
`);

export const PeopleSearchDoc = graphql(`
  query PeopleSearch($search: String!) {
    people(search: $search, first: 10) {
      nodes {
        id
        name
        position
      }
    }
  }
`);

export const ObjectionAssignDoc = graphql(`
  mutation ObjectionAssign($input: ObjectionAssignInput!) {
    objectionAssign(input: $input) {
      agreement {
        id
        version
        objection {
          members {
            id
            name
          }
        }
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

export const AcknowledgeDoc = graphql(`
  mutation AgreementAcknowledge($input: AgreementTransitionInput!) {
    agreementAcknowledge(input: $input) {
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

export const ObjectDoc = graphql(`
  mutation AgreementObject($input: AgreementReasonInput!) {
    agreementObject(input: $input) {
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

export const ObjectionDecideDoc = graphql(`
  mutation ObjectionDecide($input: ObjectionDecideInput!) {
    objectionDecide(input: $input) {
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
