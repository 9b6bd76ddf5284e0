/**
 * Reads a content schema (Zod) as plain data, for the web editor's configuration (src/lib/editorConfig.ts)
 * and its coverage test: which fields exist, their types, whether they are required, their enumerations,
 * length limits, patterns and the build's own error messages. Pure functions, no Astro imports.
 */
import { z } from 'astro/zod';

/** Marker the image() stand-in carries, so the walker can tell an image file from a plain string. */
export const IMAGE_MARK = 'editor:image';

/** Stand-in for Astro's image() helper: a string carrying the image mark. */
export const imageStandIn = () => z.string().meta({ description: IMAGE_MARK });

/** A check on a value, with the build's message for it (English, as Zod reports it). */
export interface Check {
  kind: 'min' | 'max' | 'pattern' | 'url' | 'email' | 'int';
  value?: number | RegExp;
  message?: string;
}

export type Shape =
  | { type: 'string'; checks: Check[]; missing?: string; image?: boolean }
  | { type: 'number'; checks: Check[]; missing?: string }
  | { type: 'boolean'; literal?: boolean; missing?: string }
  | { type: 'date'; missing?: string }
  | { type: 'localDateTime'; checks: Check[]; missing?: string }
  | { type: 'enum'; options: (string | boolean)[]; missing?: string }
  | { type: 'array'; element: Shape; checks: Check[]; missing?: string }
  | { type: 'object'; fields: FieldShape[]; missing?: string }
  | { type: 'record'; missing?: string };

export interface FieldShape {
  name: string;
  required: boolean;
  shape: Shape;
}

type Any = z.core.$ZodType;
const def = (s: Any) => (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

/** The build's message from a Zod error option (a string is stored as a function). */
function message(error: unknown, issue: Record<string, unknown> = { input: 'x', code: 'invalid_format' }): string | undefined {
  if (typeof error !== 'function') return undefined;
  const m = (error as (i: unknown) => unknown)(issue);
  return typeof m === 'string' ? m : undefined;
}
const missingMessage = (s: Any) => message(def(s).error, { input: undefined, code: 'invalid_type' });

function checksOf(s: Any): Check[] {
  const out: Check[] = [];
  for (const c of (def(s).checks as Any[] | undefined) ?? []) {
    const d = def(c) as unknown as Record<string, unknown> & { check: string };
    const msg = message(d.error);
    if (d.check === 'min_length') out.push({ kind: 'min', value: d.minimum as number, message: msg });
    else if (d.check === 'max_length') out.push({ kind: 'max', value: d.maximum as number, message: msg });
    else if (d.check === 'greater_than') out.push({ kind: 'min', value: d.value as number, message: msg });
    else if (d.check === 'less_than') out.push({ kind: 'max', value: d.value as number, message: msg });
    else if (d.check === 'string_format' && d.format === 'regex') out.push({ kind: 'pattern', value: d.pattern as RegExp, message: msg });
    else if (d.check === 'number_format') out.push({ kind: 'int', message: msg });
  }
  // z.url(), z.email() and z.int() are formats of the type itself.
  const format = def(s).format as string | undefined;
  if (format === 'url') out.push({ kind: 'url', message: missingMessage(s) ?? message(def(s).error) });
  if (format === 'email') out.push({ kind: 'email', message: message(def(s).error) });
  if (format === 'safeint' || format === 'int32') out.push({ kind: 'int' });
  return out;
}

/** The shape of one schema node; `required` is decided by the caller (optional/default wrappers). */
export function shapeOf(schema: Any): { shape: Shape; required: boolean } {
  let s = schema;
  let required = true;
  // Unwrap optional, default and refinements; a pipe (a transform) is described by its input.
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') {
      required = false;
      s = d.innerType as Any;
    } else if (d.type === 'pipe') {
      const input = d.in as Any;
      if (def(input).type === 'string') {
        // localDateTime: a string with a pattern, turned into ISO form by the transform.
        return { required, shape: { type: 'localDateTime', checks: checksOf(input), missing: missingMessage(input) } };
      }
      s = input;
    } else break;
  }
  const d = def(s);
  const missing = missingMessage(s);
  switch (d.type) {
    case 'string': {
      const meta = (z.globalRegistry.get(s as z.ZodType) ?? {}) as { description?: string };
      return { required, shape: { type: 'string', checks: checksOf(s), missing, image: meta.description === IMAGE_MARK || undefined } };
    }
    case 'number':
      return { required, shape: { type: 'number', checks: checksOf(s), missing } };
    case 'boolean':
      return { required, shape: { type: 'boolean', missing } };
    case 'date':
      return { required, shape: { type: 'date', missing } };
    case 'enum':
      return { required, shape: { type: 'enum', options: Object.values(d.entries as Record<string, string>), missing } };
    case 'literal': {
      const values = d.values as unknown[];
      if (values.length === 1 && values[0] === true) return { required, shape: { type: 'boolean', literal: true, missing } };
      return { required, shape: { type: 'enum', options: values.map(String), missing } };
    }
    case 'union': {
      // "closed" or a string with a pattern (opening hours): one text field with both allowed.
      const options = d.options as Any[];
      const literals = options.filter((o) => def(o).type === 'literal').flatMap((o) => def(o).values as unknown[]).map(String);
      const strings = options.filter((o) => def(o).type === 'string');
      if (strings.length === 1 && literals.length + 1 === options.length) {
        const checks = checksOf(strings[0]).map((c) =>
          c.kind === 'pattern' ? { ...c, value: new RegExp(`^(?:${literals.map(escapeRegExp).join('|')})$|${(c.value as RegExp).source}`) } : c,
        );
        return { required, shape: { type: 'string', checks, missing: missing ?? missingMessage(strings[0]) } };
      }
      // true, false or a word ("partly"): a choice of these values.
      if (options.every((o) => ['boolean', 'literal'].includes(def(o).type))) {
        const values = options.flatMap((o) => (def(o).type === 'boolean' ? [true, false] : (def(o).values as (string | boolean)[])));
        return { required, shape: { type: 'enum', options: values, missing: missing ?? message(d.error) } };
      }
      throw new Error(`union of ${options.map((o) => def(o).type).join(', ')} has no editor field yet`);
    }
    case 'array': {
      const element = shapeOf(d.element as Any).shape;
      return { required, shape: { type: 'array', element, checks: checksOf(s), missing } };
    }
    case 'object':
      return { required, shape: { type: 'object', fields: fieldsOf(s), missing } };
    case 'record':
      return { required, shape: { type: 'record', missing } };
    default:
      throw new Error(`schema type "${d.type}" has no editor field yet`);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The fields of an object schema (refinements around it are ignored: they run in the build). */
export function fieldsOf(schema: Any): FieldShape[] {
  let s = schema;
  while (def(s).type === 'pipe') s = def(s).in as Any;
  const shape = (s as unknown as { shape?: Record<string, Any> }).shape ?? (def(s).shape as Record<string, Any>);
  if (!shape) throw new Error(`expected an object schema, got "${def(s).type}"`);
  return Object.entries(shape).map(([name, child]) => ({ name, ...shapeOf(child) }));
}

/** Every field path of a schema, "image.alt", "sources[].url", for the coverage test. */
export function schemaPaths(fields: FieldShape[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    return [path, ...nestedPaths(f.shape, path)];
  });
}
function nestedPaths(shape: Shape, path: string): string[] {
  if (shape.type === 'object') return schemaPaths(shape.fields, `${path}.`);
  if (shape.type === 'array' && shape.element.type === 'object') return schemaPaths(shape.element.fields, `${path}[].`);
  return [];
}

/** Every message the build can give for these fields, English as written in src/schemas/. */
export function schemaMessages(fields: FieldShape[]): string[] {
  const out = new Set<string>();
  const visit = (shape: Shape) => {
    if (shape.missing) out.add(shape.missing);
    if ('checks' in shape) for (const c of shape.checks) if (c.message) out.add(c.message);
    if (shape.type === 'object') shape.fields.forEach((f) => visit(f.shape));
    if (shape.type === 'array') visit(shape.element);
  };
  fields.forEach((f) => visit(f.shape));
  return [...out];
}
