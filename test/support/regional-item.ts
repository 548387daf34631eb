/**
 * A variant of the base ruleset with regional record kinds (drills, complaints, answers) and one
 * added 2-point item whose conditions and scoring a test gives.
 */
import type { Ruleset } from '../../src/ruleset/finalize.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { variant } from './variants.js';

/** The regional record kinds the tests declare. */
export const kinds = {
  drills: {
    title: { zh: '应急演练', en: 'Emergency drill' },
    fields: {
      attendees: { type: 'count', required: true },
      scenario: { type: 'enum', values: { flood: { zh: '防汛' }, fire: { zh: '消防' } } },
    },
  },
  complaints: {
    title: { zh: '客户投诉', en: 'Complaint' },
    fields: { answeredOn: { type: 'date' }, serious: { type: 'boolean' } },
  },
  answers: {
    title: { zh: '投诉答复', en: 'Complaint answer' },
    fields: { complaintId: { type: 'ref', to: 'complaints', required: true }, final: { type: 'boolean' } },
  },
};

/** The variant input adding one 2-point item in A2.1 (usage publicity gives up 2 points for it). */
export function regionalVariant(conditions: unknown, scoring: unknown = { mode: 'all-or-nothing' }) {
  return variant({
    recordKinds: kinds,
    override: { 'usage-publicity': { points: 2 } },
    add: [
      {
        id: 'regional-item',
        seq: '30',
        section: 'A2.1',
        points: 2,
        title: { zh: '地区要求', en: 'Regional requirement' },
        requirement: { zh: '地区要求', en: 'Regional requirement' },
        check: { zh: '地区要求', en: 'Regional requirement' },
        scoring,
        conditions,
        advice: { zh: '按地区要求办理。', en: 'Do as the region requires.' },
      },
    ],
  });
}

/** The base ruleset with the regional item (see {@link regionalVariant}). */
export function withItem(conditions: unknown, scoring: unknown = { mode: 'all-or-nothing' }): Ruleset {
  return loadRulesetOrThrow([regionalVariant(conditions, scoring)]);
}

/** The regional item "a drill of at least 5 attendees every month" (coverage over a declared kind). */
export const drillsEachMonth = () =>
  withItem({
    all: [
      {
        fact: 'coverage',
        params: {
          kind: 'drills',
          per: 'month',
          where: { field: 'attendees', operator: 'greaterThanInclusive', value: 5 },
        },
        path: 'missing',
        operator: 'isEmpty',
        value: true,
      },
    ],
  });

/** The regional item "every complaint answered within a time" (followUp over declared kinds). */
export const answeredWithin = (within: Record<string, number>, extra: Record<string, unknown> = {}) =>
  withItem({
    all: [
      {
        fact: 'followUp',
        params: { kind: 'complaints', by: { kind: 'answers', ref: 'complaintId', ...extra }, within },
        path: 'late',
        operator: 'isEmpty',
        value: true,
      },
    ],
  });
