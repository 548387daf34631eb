/**
 * Test fixtures: a fully compliant station-year built in code, to be changed one clause at a
 * time by the per-item tests.
 */
import { parseReviewOrThrow } from '../../src/assess/parse.js';
import type { ReviewInput } from '../../src/assess/schema.js';
import { evaluate, evaluateSync } from '../../src/engine/evaluate.js';
import { parseFacts } from '../../src/facts/parse.js';
import type { StationFacts, StationFactsInput } from '../../src/facts/schema.js';
import type { EvaluationResult, ItemResult } from '../../src/result/schema.js';
import type { Ruleset } from '../../src/ruleset/finalize.js';

const YEAR = 2023;
const pad = (n: number) => String(n).padStart(2, '0');
/** `2023-MM-DD`. */
export const day = (month: number, dayOfMonth: number, year = YEAR) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const lastDay = (month: number, year = YEAR) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS = [1, 2, 3, 4];

type Filled<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

/**
 * The fixture's shape: facts as written in a file, with every list present so that a test can
 * change one record in place without guarding against absent lists.
 */
export type Fixture = Filled<Omit<StationFactsInput, '$schema' | 'records'>> & {
  records: Filled<NonNullable<StationFactsInput['records']>>;
};

/** A station-year (2023 unless another year is given) that meets every computed item of the base ruleset. */
export function compliantFacts(year = YEAR): Fixture {
  const requiredFacilities = ['door-plate', 'business-cards', 'leaflets', 'desk-and-chairs', 'smart-terminal'].map(
    (kind) => ({ kind: kind as 'door-plate', quantity: 1 }),
  );
  return {
    station: { id: 'st-1', name: '测试供电所', established: '2010-01-01' },
    period: { start: day(1, 1, year), end: day(12, 31, year) },
    servicePoints: [
      {
        id: 'sp-1',
        name: '一号驿站',
        venue: 'power-station',
        terminal: { services: ['consultation', 'query', 'bill-payment'] },
        facilities: requiredFacilities,
        opened: '2020-01-01',
      },
    ],
    staff: [
      { id: 'cm-1', name: '客户经理甲' },
      { id: 'sup-1', name: '监督员甲' },
      { id: 'sec-1', name: '书记' },
      { id: 'cm-2', name: '客户经理乙' },
      { id: 'sup-2', name: '监督员乙' },
    ],
    duties: [
      { id: 'd-cm-1', staffId: 'cm-1', role: 'customer-manager', servicePointId: 'sp-1', start: '2020-01-01' },
      { id: 'd-sup-1', staffId: 'sup-1', role: 'supervisor', servicePointId: 'sp-1', start: '2020-01-01' },
    ],
    appointments: [
      {
        id: 'ap-sup-1',
        staffId: 'sup-1',
        approver: 'discipline-committee',
        date: '2019-12-20',
        documentNo: '纪〔2019〕1号',
        eligibilityChecked: true,
        candidatesRecommended: 1,
        termStart: '2022-01-01',
        termEnd: '2023-12-31',
        termNumber: 2,
      },
    ],
    reviews: [{ id: 'rv-sup-1', staffId: 'sup-1', date: day(12, 10, year), outcome: 'fit' }],
    dismissalGrounds: [],
    responsibilityLists: [
      { id: 'rl-cm', role: 'customer-manager', issued: '2022-01-05' },
      { id: 'rl-sup', role: 'supervisor', issued: '2022-01-05' },
    ],
    supervisionGroup: {
      members: [
        { id: 'g-sec', name: '书记', role: 'branch-secretary', staffId: 'sec-1' },
        { id: 'g-sup', name: '监督员甲', role: 'supervisor', staffId: 'sup-1' },
        { id: 'g-rep', name: '职工代表', role: 'staff-representative' },
        { id: 'g-dis', name: '纪检委员', role: 'discipline-member' },
      ],
      leaderId: 'g-sec',
    },
    records: {
      liaisons: MONTHS.map((m) => ({
        id: `li-${m}`,
        date: day(m, 10, year),
        demands: [{ id: `dm-${m}`, resolved: true }],
      })),
      ledgerHandovers: MONTHS.map((m) => ({
        id: `lh-${m}`,
        date: day(m, 20, year),
        fromStaffId: 'cm-1',
        toStaffId: 'sup-1',
      })),
      publicity: QUARTERS.map((q) => ({ id: `pu-${q}`, date: day(q * 3 - 1, 5, year) })),
      disclosureEvents: [],
      disclosures: [
        ...MONTHS.map((m) => ({ id: `ds-m-${m}`, date: day(m, 3, year), frequency: 'monthly' as const })),
        ...QUARTERS.map((q) => ({ id: `ds-q-${q}`, date: day(q * 3, 15, year), frequency: 'quarterly' as const })),
      ],
      supervisionMeetings: MONTHS.map((m) => ({
        id: `sm-${m}`,
        date: day(m, 12, year),
        minutes: true,
        attendees: ['g-sec', 'g-sup'],
      })),
      jointMeetings: QUARTERS.map((q) => ({
        id: `jm-${q}`,
        date: day(q * 3, 10, year),
        attendeeKinds: ['station-head', 'team-leader', 'villager', 'village-enterprise'] as const,
      })).map((r) => ({ ...r, attendeeKinds: [...r.attendeeKinds] })),
      specialInspections: MONTHS.map((m) => ({ id: `si-${m}`, date: day(m, 15, year) })),
      fourWindsChecks: QUARTERS.map((q) => ({ id: `fw-${q}`, date: day(q * 3 - 2, 20, year) })),
      riskIdentifications: [
        { id: 'ri-1', date: day(3, 1, year) },
        { id: 'ri-2', date: day(9, 1, year) },
      ],
      customerVisits: QUARTERS.map((q) => ({ id: `cv-${q}`, date: day(q * 3 - 1, 18, year) })),
      problemFlags: [],
      correctionReminders: [],
      resultPublications: MONTHS.map((m) => ({ id: `rp-${m}`, date: day(m, lastDay(m, year), year) })),
      supervisorReports: MONTHS.map((m) => ({
        id: `sr-${m}`,
        date: day(m, lastDay(m, year) - 1, year),
        staffId: 'sup-1',
      })),
      leaderReports: QUARTERS.map((q) => ({ id: `lr-${q}`, date: day(q * 3, 25, year) })),
    },
    outages: [],
    incidents: [],
  };
}

/** Parses facts (for a ruleset's record kinds), failing the test with every issue when they are invalid. */
export function parsed(input: unknown, ruleset?: Ruleset): StationFacts {
  const result = parseFacts(input, ruleset ? { ruleset } : {});
  if (!result.ok)
    throw new Error(
      `fixture is invalid:\n${result.issues.map((i) => `${JSON.stringify(i.path)} ${i.message.en}`).join('\n')}`,
    );
  return result.value;
}

/** Evaluates facts (compiled path) and returns the whole result. */
export function evaluateInput(input: unknown, ruleset?: Ruleset): EvaluationResult {
  return evaluateSync(parsed(input, ruleset), ruleset ? { ruleset } : {});
}

/** Evaluates facts through both paths, checks they agree, and returns one item's result. */
export async function itemOf(input: unknown, id: string, ruleset?: Ruleset, review?: ReviewInput): Promise<ItemResult> {
  const facts = parsed(input, ruleset);
  const options = { ...(ruleset ? { ruleset } : {}), ...(review ? { review: parseReviewOrThrow(review) } : {}) };
  const compiled = evaluateSync(facts, options);
  const reference = await evaluate(facts, { ...options, engine: 'json-rules-engine' });
  if (JSON.stringify(compiled) !== JSON.stringify(reference))
    throw new Error('compiled and json-rules-engine results differ');
  const item = compiled.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}
