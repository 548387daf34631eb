/** A record kind as a documentation section: its title, description and a table of its fields. */
import type { Label } from '../facts/fields.js';
import type { FieldInfo, RecordKindInfo } from '../facts/kinds/describe.js';

const label = (text: Label | undefined): string =>
  text === undefined ? '' : text.en === undefined || text.en === text.zh ? text.zh : `${text.zh} ${text.en}`;

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function bounds(field: FieldInfo, unit: string): string {
  if (field.min !== undefined && field.max !== undefined) return ` ${field.min}–${field.max}${unit}`;
  if (field.min !== undefined && field.min > 0) return ` ≥ ${field.min}${unit}`;
  if (field.max !== undefined) return ` ≤ ${field.max}${unit}`;
  return '';
}

/** A field's type in a few words: `count ≥ 1`, `ref → complaints`, `enum: a (标签), b`. */
function typeText(field: FieldInfo): string {
  switch (field.type) {
    case 'ref':
    case 'refs':
      return `${field.type} → \`${field.to ?? ''}\``;
    case 'enum':
    case 'enums':
      return `${field.type}: ${(field.values ?? []).map((v) => `\`${v.value}\` (${label(v.label)})`).join(', ')}`;
    case 'text':
      return `text${bounds(field, ' chars')}`;
    case 'number':
    case 'count':
      return `${field.type}${bounds(field, '')}`;
    case 'date':
      return 'date `YYYY-MM-DD`';
    case 'date-time':
      return 'date `YYYY-MM-DD` or date-time with offset';
    default:
      return field.type;
  }
}

/**
 * The Markdown section of a record kind.
 *
 * @example
 * ```ts
 * recordKindSection(ruleset.recordKinds.find((k) => k.name === 'safetyTrainings')!);
 * // ['### `safetyTrainings` — 安全培训 Safety training', '', …]
 * ```
 */
export function recordKindSection(kind: RecordKindInfo): string[] {
  return [
    `### \`${kind.name}\` — ${label(kind.title)}`,
    '',
    ...(kind.description ? [label(kind.description), ''] : []),
    `Declared by \`${kind.origin}\`.`,
    '',
    '| Field 字段 | Type 类型 | Required 必填 | Title 名称 |',
    '|---|---|---|---|',
    ...kind.fields.map(
      (field) =>
        `| \`${field.name}\` | ${cell(typeText(field))} | ${field.required ? 'yes' : 'no'} | ${cell(label(field.title))} |`,
    ),
    '',
  ];
}
