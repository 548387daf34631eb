/**
 * `batch --format json` for any number of stations: each result's JSON text is written to a spool
 * on disk by the thread that evaluated it while the batch runs (the main thread holds only the
 * digests and where each text is), and the report is written in pieces, the results read back
 * from the spools in rank order. The text is exactly that of `renderCountyJson`.
 */
import type { CountyRanking, CountyResult } from '../report/county.js';
import { createDigestStore } from '../report/county-digest.js';
import { countyJsonPieces } from '../report/county-json.js';
import type { ReportOptions } from '../report/options.js';
import type { KeptResult } from './batch-file.js';
import { type Spool, type SpoolSlice, spoolReader } from './spool.js';
import type { Chunks } from './write.js';

/** How the batch keeps results for the JSON report, and the report's text made from them. */
export interface SpooledResults {
  readonly keep: (kept: KeptResult) => CountyResult;
  readonly chunks: (county: CountyRanking<CountyResult>, options: Pick<ReportOptions, 'generatedAt'>) => Chunks;
}

/**
 * Keeps each result as a digest and where its JSON text is in `spools` (the batch's spools, one
 * per thread that evaluates); `chunks` then gives the county JSON in pieces.
 *
 * @example
 * ```ts
 * const spooled = spooledResults(spools);
 * const run = await runBatch(ctx, files, { ...options, need: 'json', spools, keep: spooled.keep });
 * await emit(ctx, spooled.chunks(countyRanking(run), reportOptions), output);
 * ```
 */
export function spooledResults(spools: readonly Spool[]): SpooledResults {
  const store = createDigestStore();
  const slices = new Map<CountyResult, SpoolSlice>();
  return {
    keep(kept) {
      if (!('digest' in kept) || kept.json === undefined) throw new Error('a JSON batch received no JSON text');
      const result = store.keep(kept.digest);
      slices.set(result, kept.json);
      return result;
    },
    chunks: (county, options) => {
      // `emit` writes (or decodes) each piece before it takes the next: one read buffer serves all.
      const read = spoolReader(spools);
      return countyJsonPieces(county, options, (row) => {
        const slice = slices.get(row.result);
        if (slice === undefined) throw new Error(`no JSON text kept for ${row.source}`);
        return read(slice);
      });
    },
  };
}
