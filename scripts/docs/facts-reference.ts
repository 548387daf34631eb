/**
 * `docs/facts-reference.md`, generated from the facts JSON Schema (itself generated from the zod
 * schema): one section per record kind, with the Chinese terms the schema's metadata carries.
 */

import { GENERATED_NOTE } from '../../src/docs/markdown.js';
import { DATE_OR_DATE_TIME_PATTERN } from '../../src/facts/dates.js';
import { type JsonSchema, jsonSchemas } from '../../src/schemas/json-schemas.js';

type Node = JsonSchema;

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function range(node: Node, min: string, max: string, unit: string): string {
  const lo = node[min];
  const hi = node[max];
  if (typeof lo === 'number' && typeof hi === 'number') return `${lo}–${hi}${unit}`;
  if (typeof lo === 'number' && lo > 0) return `at least ${lo}${unit}`;
  if (typeof hi === 'number') return `at most ${hi}${unit}`;
  return '';
}

/** A short description of a value's type and limits. */
function typeOf(node: Node): string {
  if (Array.isArray(node.enum)) return `one of ${node.enum.map(code).join(', ')}`;
  if ('const' in node) return code(node.const);
  switch (node.type) {
    case 'string': {
      if (node.format === 'date') return 'date `YYYY-MM-DD`';
      if (node.pattern === DATE_OR_DATE_TIME_PATTERN) {
        return 'date `YYYY-MM-DD` or date-time with offset';
      }
      const length = range(node, 'minLength', 'maxLength', ' characters');
      return length ? `text, ${length}` : 'text';
    }
    case 'integer':
    case 'number': {
      const limits = range(node, 'minimum', 'maximum', '');
      return limits ? `${node.type} ${limits}` : String(node.type);
    }
    case 'boolean':
      return 'true / false';
    case 'array': {
      const items = node.items as Node;
      const of = items.type === 'object' ? 'objects (fields below)' : typeOf(items);
      const count = range(node, 'minItems', 'maxItems', '');
      return `list of ${of}${count ? `, ${count}` : ''}`;
    }
    case 'object':
      return 'object (fields below)';
    default:
      return 'any JSON value';
  }
}

/** The field rows of an object, nested objects and lists of objects flattened as `a.b` / `a[].b`. */
function fieldRows(object: Node, prefix: string): string[] {
  const properties = (object.properties ?? {}) as Record<string, Node>;
  const required = new Set((object.required ?? []) as string[]);
  const rows: string[] = [];
  for (const [name, node] of Object.entries(properties)) {
    if (name === '$schema') continue;
    const field = `${prefix}${name}`;
    const need = required.has(name) ? 'yes' : 'default' in node ? `no (default ${code(node.default)})` : 'no';
    const about = [node.title, node.description].filter((s): s is string => typeof s === 'string').join(' — ');
    rows.push(`| ${code(field)} | ${cell(typeOf(node))} | ${need} | ${cell(about)} |`);
    const items = node.type === 'array' ? (node.items as Node) : undefined;
    if (node.type === 'object') rows.push(...fieldRows(node, `${field}.`));
    else if (items?.type === 'object') rows.push(...fieldRows(items, `${field}[].`));
  }
  return rows;
}

/** One row per top-level field, naming the section that describes it. */
function topRows(schema: Node): string[] {
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(schema.properties as Record<string, Node>).map(([name, node]) => {
    const items = node.type === 'array' ? (node.items as Node) : node;
    const title = (node.title ?? items.title ?? '') as string;
    const kind = name === '$schema' ? 'text' : node.type === 'array' ? 'list' : 'object';
    const about = name === '$schema' ? 'Path or URL of the JSON Schema, for editors' : title;
    const need = required.has(name) ? 'yes' : 'no';
    return `| ${code(name)} | ${kind} | ${need} | ${cell(about)} |`;
  });
}

function section(level: string, path: string, node: Node): string[] {
  const isList = node.type === 'array';
  const object = isList ? (node.items as Node) : node;
  const title = (node.title ?? object.title ?? path) as string;
  const description = (node.description ?? object.description) as string | undefined;
  const shape = isList ? `A list under ${code(path)}; each entry has these fields.` : `An object under ${code(path)}.`;
  return [
    `${level} ${title}`,
    '',
    ...(description ? [`${description}`, ''] : []),
    shape,
    '',
    '| Field 字段 | Type 类型 | Required 必填 | Meaning 含义 |',
    '|---|---|---|---|',
    ...fieldRows(object, ''),
    '',
  ];
}

/**
 * The facts reference page, as Markdown.
 *
 * @example
 * ```ts
 * writeFileSync('docs/facts-reference.md', factsReference());
 * ```
 */
export function factsReference(): string {
  const schema = jsonSchemas()['facts.json']!;
  const properties = schema.properties as Record<string, Node>;
  const records = properties.records!;
  const lines = [
    '# Facts reference 事实数据参考',
    '',
    GENERATED_NOTE,
    '',
    'A facts file describes one station’s evaluation period (评价周期): the station, its service points',
    '(驻村服务站点), the people and their posts, and dated records of every periodic obligation. It is',
    'validated by `parseFacts` and by the JSON Schema `clean-station/schemas/facts.json`. Objects are',
    'strict: an unknown field is an error. Dates are plain calendar days `YYYY-MM-DD` in the station’s',
    'time zone, or ISO 8601 date-times with an offset (`2023-03-31T20:00:00Z`).',
    '',
    '## Top level 顶层',
    '',
    '| Field 字段 | Type 类型 | Required 必填 | Meaning 含义 |',
    '|---|---|---|---|',
    ...topRows(schema),
    '',
  ];
  for (const [name, node] of Object.entries(properties)) {
    if (name === '$schema' || name === 'records') continue;
    lines.push(...section('##', name, node));
  }
  lines.push(
    `## ${records.title as string}`,
    '',
    `${records.description as string}. Every record has an \`id\` and a \`date\`; the kinds below add their own fields.`,
    '',
  );
  for (const [name, node] of Object.entries(records.properties as Record<string, Node>)) {
    lines.push(...section('###', `records.${name}`, node));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
