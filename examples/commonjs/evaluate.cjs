// CommonJS example: evaluate a facts file with `require`.
// Usage: node examples/commonjs/evaluate.cjs [facts.json]
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { evaluateSync, parseFactsJson, formatPath, baseRuleset } = require('clean-station');

const file = process.argv[2] ?? path.join(__dirname, '..', 'compliant-station.json');
const parsed = parseFactsJson(readFileSync(file, 'utf8'));
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`${formatPath(issue.path)}: ${issue.message.en} [${issue.code}]`);
  process.exitCode = 1;
} else {
  const ruleset = baseRuleset();
  const result = evaluateSync(parsed.value, { ruleset });
  console.log(`${result.station.name}: ${result.total} / ${result.max.total}, ${result.gradeLabel.en}`);
  console.log(`ruleset ${result.ruleset.id}@${result.ruleset.version}`);
  for (const item of result.items.filter((i) => i.score < i.max)) {
    console.log(`  ${item.seq.padStart(3)} ${item.id}: ${item.score} / ${item.max} (${item.status})`);
  }
}
