/** English sentences of the findings: what an item that lost points lacked, record by record. */
export const findingsEn = {
  label: 'Finding',
  listSeparator: ', ',
  nothing: 'none',
  yes: 'yes',
  no: 'no',
  per: { month: 'months', quarter: 'quarters', half: 'half-years', year: 'years' } as Record<string, string>,
  roles: { 'customer-manager': 'customer manager', supervisor: 'integrity supervisor' } as Record<string, string>,
  services: { consultation: 'consultation', query: 'query', 'bill-payment': 'bill payment', other: 'other' } as Record<
    string,
    string
  >,
  facilities: {
    'door-plate': 'door plate',
    'table-plate': 'table plate',
    'business-cards': 'customer-manager business cards',
    leaflets: 'leaflets',
    'wall-posters': 'wall posters',
    'service-record-book': 'service record book',
    'inspection-record-book': 'inspection record book',
    'customer-opinion-book': 'customer opinion book',
    'desk-and-chairs': 'desk and chairs',
    'waiting-area': 'waiting area',
    'first-aid-kit': 'first-aid kit',
    'poster-screen': 'poster screen or TV',
    'smart-terminal': 'smart terminal',
  } as Record<string, string>,
  outages: { planned: 'planned outage', temporary: 'temporary maintenance outage', fault: 'fault outage' } as Record<
    string,
    string
  >,
  grounds: {
    sanctioned: 'sanctioned',
    'inactive-six-months': 'inactive for six months',
    unsuitable: 'unsuitable for the post',
    'concealment-or-retaliation': 'concealment or retaliation',
    'unfit-review': 'reviewed as unfit',
    other: 'other ground',
  } as Record<string, string>,
  operators: {
    equal: 'should be',
    notEqual: 'should not be',
    in: 'should be one of',
    notIn: 'should not be one of',
    contains: 'should contain',
    doesNotContain: 'should not contain',
    lessThan: 'should be below',
    lessThanInclusive: 'should be at most',
    greaterThan: 'should be above',
    greaterThanInclusive: 'should be at least',
    sizeAtMost: 'should number at most',
    sizeAtLeast: 'should number at least',
    containsAll: 'should contain all of',
  } as Record<string, string>,
  missingBuckets: (p: { per: string; buckets: string }) => `No record that counts for these ${p.per}: ${p.buckets}.`,
  noActivePoint: 'No service point was active in the period.',
  unsited: (p: { point: string }) =>
    `Service point ${p.point} is neither at an accepted venue nor a cloud service point.`,
  terminalLacks: (p: { point: string; services: string }) =>
    `The smart terminal of service point ${p.point} does not offer ${p.services} (or the point has none).`,
  facilityLacks: (p: { point: string; facility: string; have: string; need: string }) =>
    `Service point ${p.point} has ${p.have} ${p.facility}; at least ${p.need} required.`,
  postNeverFilled: (p: { role: string }) => `No service point, so no ${p.role} post was filled.`,
  postVacant: (p: { point: string; role: string; gaps: string }) =>
    `The ${p.role} post of service point ${p.point} was vacant ${p.gaps}.`,
  gap: (p: { from: string; to: string }) => `from ${p.from} to ${p.to}`,
  noSupervisor: 'No integrity supervisor was in post in the period.',
  unapproved: (p: { staff: string }) =>
    `Supervisor ${p.staff} has no approval by the discipline committee with a date, document number and eligibility check.`,
  unreviewed: (p: { staff: string }) => `Supervisor ${p.staff} was not reviewed in the period.`,
  lateDismissal: (p: { staff: string; ground: string; record: string; arose: string; deadline: string }) =>
    `Supervisor ${p.staff} met a dismissal ground (${p.ground}, ${p.record}) on ${p.arose} and was still in post after ${p.deadline}.`,
  lateRefill: (p: { point: string; role: string; vacated: string; deadline: string }) =>
    `The ${p.role} post of service point ${p.point} fell vacant on ${p.vacated} and was not refilled by ${p.deadline}.`,
  listMissing: (p: { role: string }) => `No written responsibility list for the ${p.role} issued by the period end.`,
  unresolvedDemands: (p: { ids: string }) => `Demands neither resolved nor given a recorded reason: ${p.ids}.`,
  lateDisclosure: (p: { event: string; occurred: string; deadline: string; disclosed: string | null }) =>
    `Event ${p.event} (${p.occurred}) needed an immediate disclosure by ${p.deadline}; ${
      p.disclosed === null ? 'none was published' : `it was published on ${p.disclosed}`
    }.`,
  lateOutageNotice: (p: { outage: string; kind: string; start: string; notice: string | null }) =>
    `The ${p.kind} ${p.outage}, starting ${p.start}, ${
      p.notice === null ? 'had no notice published' : `was notified only at ${p.notice}, too late`
    }.`,
  unreminded: (p: { problem: string; flagged: string; deadline: string }) =>
    `Problem ${p.problem} flagged on ${p.flagged} had no correction reminder by ${p.deadline}.`,
  incidents: (p: { ids: string; count: number }) => `${p.count} incident${p.count === 1 ? '' : 's'} counted: ${p.ids}.`,
  lateFollowUp: (p: { record: string; occurred: string; deadline: string; followed: string | null }) =>
    `Record ${p.record} (${p.occurred}) needed a follow-up by ${p.deadline}; ${
      p.followed === null ? 'none was recorded' : `it came on ${p.followed}`
    }.`,
  counted: (p: { actual: string; operator: string; expected: string }) =>
    `${p.actual} qualifying records; the count ${p.operator} ${p.expected}.`,
  mustBeEmpty: (p: { condition: string; actual: string }) => `${p.condition}: ${p.actual}.`,
  mustNotBeEmpty: (p: { condition: string }) => `${p.condition}: none found.`,
  compared: (p: { condition: string; actual: string; operator: string; expected: string }) =>
    `${p.condition}: ${p.actual}; it ${p.operator} ${p.expected}.`,
};

/** The shape of a findings catalogue. */
export type FindingMessages = typeof findingsEn;
