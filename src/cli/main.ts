#!/usr/bin/env node
/** The `clean-station` command line (a minimal `evaluate` for now). */
import { readFileSync } from 'node:fs';
import { evaluate } from '../engine/evaluate.js';
import { parseFactsJson } from '../facts/parse.js';
import { formatPath } from '../issues/issue.js';

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (command !== 'evaluate' || !file) {
    process.stderr.write('usage: clean-station evaluate <facts.json>\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 2;
  }
  const parsed = parseFactsJson(text);
  if (!parsed.ok) {
    for (const issue of parsed.issues)
      process.stderr.write(`${file}: ${formatPath(issue.path)}: ${issue.message.en} [${issue.code}]\n`);
    return 2;
  }
  const result = await evaluate(parsed.value);
  const rows = result.items.map(
    (i) =>
      `${i.seq.padStart(3)}  ${i.id.padEnd(28)} ${String(i.score).padStart(4)} / ${String(i.max).padEnd(3)} ${i.status}${i.missing.length ? `  missing ${i.missing.join(', ')}` : ''}`,
  );
  process.stdout.write(
    `${result.station.name} (${result.period.start} – ${result.period.end})\n\n${rows.join('\n')}\n\n`,
  );
  process.stdout.write(
    `base ${result.base} / ${result.max.base}   bonus ${result.bonus} / ${result.max.bonus}   total ${result.total}   grade ${result.gradeLabel.zh} ${result.gradeLabel.en}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`clean-station: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
