import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { fieldMetaOf } from '../../src/facts/fields.js';
import { parseFacts, parseFactsOrThrow } from '../../src/facts/parse.js';
import { stationFactsSchema } from '../../src/facts/schema.js';
import { evaluationResultSchema } from '../../src/result/schema.js';
import { compliantFacts } from '../support/station.js';

describe('the station’s organisation (所属单位)', () => {
  it('is optional: facts without it parse and their result names no organisation', () => {
    const result = evaluateSync(parseFactsOrThrow(compliantFacts()));
    expect(result.station).toEqual({ id: 'st-1', name: '测试供电所' });
  });

  it('names the city and county companies, and the result carries them for grouping', () => {
    const facts = compliantFacts();
    const station = { ...facts.station, organisation: { city: '国网金华供电公司', county: '国网武义县供电公司' } };
    const result = evaluateSync(parseFactsOrThrow({ ...facts, station }));
    expect(result.station.organisation).toEqual({ city: '国网金华供电公司', county: '国网武义县供电公司' });
    expect(evaluationResultSchema.safeParse(result).success).toBe(true);
  });

  it('leaves out of the result a company the facts do not name, and an empty organisation', () => {
    const facts = compliantFacts();
    const countyOnly = evaluateSync(
      parseFactsOrThrow({ ...facts, station: { ...facts.station, organisation: { county: '武义' } } }),
    );
    expect(countyOnly.station.organisation).toEqual({ county: '武义' });
    const empty = evaluateSync(parseFactsOrThrow({ ...facts, station: { ...facts.station, organisation: {} } }));
    expect(empty.station).toEqual({ id: 'st-1', name: '测试供电所' });
  });

  it('does not change the score', () => {
    const facts = compliantFacts();
    const plain = evaluateSync(parseFactsOrThrow(facts));
    const named = evaluateSync(
      parseFactsOrThrow({ ...facts, station: { ...facts.station, organisation: { city: '金华', county: '武义' } } }),
    );
    expect({ ...named, station: plain.station }).toEqual(plain);
  });

  it('refuses an unknown field, an empty name and a name longer than 200 characters, each at its path', () => {
    const facts = compliantFacts();
    const parsed = parseFacts({
      ...facts,
      station: { ...facts.station, organisation: { city: '', county: 'x'.repeat(201), town: '柳城' } },
    });
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too-small', 'station.organisation.city'],
      ['too-big', 'station.organisation.county'],
      ['unknown-field', 'station.organisation.town'],
    ]);
  });

  it('is built with the field constructors, so its fields describe themselves (title, type, bounds)', () => {
    const organisation = stationFactsSchema.shape.station.shape.organisation.unwrap();
    expect(fieldMetaOf(organisation.shape.city)).toEqual({
      type: 'text',
      min: 1,
      max: 200,
      title: { zh: '市公司', en: 'city company' },
    });
    expect(fieldMetaOf(organisation.shape.county)?.title).toEqual({ zh: '县公司', en: 'county company' });
  });
});
