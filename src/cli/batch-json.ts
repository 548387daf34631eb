/**
 * `batch --format json` for any number of stations: each result's JSON text is kept in a spool
 * on disk while the batch runs (the main thread holds only the digests), and the report is
 * written in pieces, the results read back from the spool in rank order. The text is exactly that
 * of `renderCountyJson`.
 */
import type { CountyRanking, CountyResult } from '../report/county.js';
import { createDigestStore } from '../report/county-digest.js';
import { countyJsonPieces } from '../report/county-json.js';
import type { ReportOptions } from '../report/options.js';
import type { KeptResult } from './batch-file.js';
import type { Spool, SpoolSlice } from './spool.js';
import type { Chunks } from './write.js';

/** Where each result's JSON text is, and how the batch keeps results for the JSON report. */
export interface SpooledResults {
  readonly keep: (kept: KeptResult) => CountyResult;
  readonly chunks: (county: CountyRanking<CountyResult>, options: Pick<ReportOptions, 'generatedAt'>) => Chunks;
}

/**
 * Keeps each result as a digest and its JSON text in `spool`; `chunks` then gives the county JSON
 * in pieces.
 *
 * @example
 * ```ts
 * const spooled = spooledResults(spool);
 * const run = await runBatch(ctx, files, { ...options, need: 'json', keep: spooled.keep });
 * await emit(ctx, spooled.chunks(countySummary(run), reportOptions), output);
 * ```
 */
export function spooledResults(spool: Spool): SpooledResults {
  const store = createDigestStore();
  const slices = new Map<CountyResult, SpoolSlice>();
  return {
    keep(kept) {
      if (!('digest' in kept) || kept.json === undefined) throw new Error('a JSON batch received no JSON text');
      const result = store.keep(kept.digest);
      slices.set(result, spool.append(kept.json));
      return result;
    },
    chunks: (county, options) =>
      countyJsonPieces(county, options, (row) => {
        const slice = slices.get(row.result);
        if (slice === undefined) throw new Error(`no JSON text kept for ${row.source}`);
        return spool.read(slice);
      }),
  };
}
