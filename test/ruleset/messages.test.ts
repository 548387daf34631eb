/** Every code the loader, the review and the warnings emit has a message in Chinese and English. */
import { describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../../src/assess/warnings.js';
import { issueTemplates } from '../../src/issues/messages.js';

const CODES = [
  'no-ruleset',
  'invalid-range',
  'unknown-base',
  'base-version-mismatch',
  'extends-cycle',
  'duplicate-ruleset',
  'ambiguous-chain',
  'unknown-item',
  'duplicate-item',
  'incomplete-entry',
  'verdict-or-score',
  'duplicate-assessment',
  'duplicate-rejection',
  'score-out-of-range',
  'unknown-record',
  'justification-required',
  'review-other-station',
  'review-other-period',
  ...WARNING_CODES,
];

describe('message catalogue', () => {
  it.each(CODES)('has zh and en for %s', (code) => {
    const template = (issueTemplates as Record<string, { zh: string; en: string } | undefined>)[code];
    expect(template?.zh).toMatch(/\p{Script=Han}/u);
    expect(template?.en).toMatch(/[a-z]{3}/);
  });
});
