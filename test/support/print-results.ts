/**
 * Prints the result JSON of the example stations and the compliant fixture, one per line. The
 * time-zone property runs this in a child process with a different `TZ` and compares the output
 * byte for byte with the results computed in the test's own process.
 */
import { readFileSync } from 'node:fs';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsJson, parseFactsOrThrow } from '../../src/facts/parse.js';
import { compliantFacts } from './station.js';

/** The result JSON lines this script prints. */
export function resultLines(): string[] {
  const examples = ['compliant-station.json', 'station-with-lapses.json'].map((name) => {
    const parsed = parseFactsJson(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(`examples/${name} is invalid`);
    return parsed.value;
  });
  const fixture = compliantFacts();
  fixture.records.liaisons[3]!.date = '2023-03-31T20:00:00Z';
  fixture.records.supervisorReports[11]!.date = '2024-01-02T23:30:00+08:00';
  fixture.outages.push({
    id: 'out-1',
    kind: 'fault',
    start: '2023-03-12T01:30:00-05:00',
    noticeAt: '2023-03-12T08:30:00Z',
  });
  return [...examples, parseFactsOrThrow(fixture)].map((facts) => JSON.stringify(evaluateSync(facts)));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replaceAll('\\', '/').split('/').pop() ?? '')) {
  process.stdout.write(`${resultLines().join('\n')}\n`);
}
