import{g as e}from"./index-BmWoV2n4.js";e(`
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
`);const n=e(`
  query PayScheme($year: Int!) {
    payScheme(year: $year) {
      ...PaySchemeFields
    }
  }
`),a=e(`
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
`),s=e(`
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
`),o=e(`
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
`),i=e(`
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
`),r=e(`
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
`),c=e(`
  query PeopleSearch($search: String!) {
    people(search: $search, first: 10) {
      nodes {
        id
        name
        position
      }
    }
  }
`),m=e(`
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
`),p=e(`
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
`),y=e(`
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
`),d=e(`
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
`);export{p as A,r as O,n as P,y as a,d as b,a as c,s as d,c as e,m as f,i as g,o as h};
