import { graphql } from './gql';

export const MeQueryDoc = graphql(`
  query Me {
    me {
      person {
        id
        name
        position
      }
      roles
      ledUnits {
        id
        code
        name
        kind
      }
      demo
      viewerCanSeeStatusOverview
      viewerCanReviewDezernatAgreements
      viewerCanRecordFigures
      viewerCanSeePayResults
      viewerCanAdminister
    }
    fiscalYears
  }
`);
