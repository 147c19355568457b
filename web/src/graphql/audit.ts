/** The Audit page: counts per flag and the flagged duties with their reasons. */
export const DUTY_AUDIT = /* GraphQL */ `
  query DutyAudit($township: ID, $asOf: Date) {
    dutyAudit(township: $township, asOf: $asOf) {
      asOf totalDuties
      counts { flag count }
      findings { edges { node { flags duty { id title titleEn category } reasons { flag message } } } }
    }
  }
`;
