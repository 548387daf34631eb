/**
 * The schema of one record kind: the fields every dated record has (`id`, `date`, an optional
 * service point and note) and the kind's own fields, with the kind's title and description kept
 * where the describer finds them.
 */
import * as z from 'zod';
import { dateTimeField, idField, type Label, refField, textField } from '../fields.js';

/** The fields every record has; a kind may not declare them again. */
export const RESERVED_FIELDS = ['id', 'date', 'servicePointId', 'note'] as const;

/**
 * What a record kind says about itself.
 *
 * @example
 * ```ts
 * const meta: KindMeta = { title: { zh: '安全培训', en: 'Safety training' } };
 * ```
 */
export interface KindMeta {
  readonly title: Label;
  readonly description?: Label;
}

/** Where each record kind schema's title and description are kept. */
export const kindRegistry = z.registry<KindMeta>();

/** A label as one line for the JSON Schema and the facts reference: `English 中文`. */
function bilingual(label: Label): string {
  return label.en === undefined || label.en === label.zh ? label.zh : `${label.en} ${label.zh}`;
}

/**
 * The schema of a record of a kind: the common fields, then `fields`, as a strict object.
 *
 * @example
 * ```ts
 * const training = recordKindSchema({ title: { zh: '安全培训' } }, { attendees: countField(1) });
 * ```
 */
export function recordKindSchema<F extends z.ZodRawShape>(meta: KindMeta, fields: F) {
  const schema = z
    .strictObject({
      id: idField(),
      date: dateTimeField({ title: { zh: '日期', en: 'date' } }),
      servicePointId: refField('servicePoints', { title: { zh: '服务站点', en: 'service point' } }).optional(),
      note: textField({ title: { zh: '备注', en: 'note' } }).optional(),
      ...fields,
    })
    .meta({
      title: bilingual(meta.title),
      ...(meta.description ? { description: bilingual(meta.description) } : {}),
    });
  kindRegistry.add(schema, meta);
  return schema;
}

/**
 * A part of the facts that is not a record kind (the station, a service point, a duty …): a strict
 * object of fields made by the field constructors, with its title and description kept where the
 * describer finds them, as a record kind's are. `json` is what the JSON Schema shows.
 *
 * @example
 * ```ts
 * const staffMember = partSchema({ title: { zh: '人员', en: 'Staff member' } }, { id: idField() });
 * ```
 */
export function partSchema<F extends z.ZodRawShape>(
  meta: KindMeta,
  fields: F,
  json: { readonly title?: string; readonly description?: string } = { title: bilingual(meta.title) },
) {
  const schema = z.strictObject(fields).meta(json);
  kindRegistry.add(schema, meta);
  return schema;
}
