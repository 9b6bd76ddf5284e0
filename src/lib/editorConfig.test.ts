import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { EDITOR_ONLY_KEY, requiredWhenFilled, collectionSpecs, editorCollection, editorConfig, gitBackend, localBackend, patternOf } from './editorConfig';
import { type FieldShape, fieldsOf, schemaMessages, schemaPaths } from './editorSchema';
import { germanMessage } from './editorMessages';
import { readFileSync } from 'node:fs';

type Field = { name: string; widget?: string; required?: boolean; fields?: Field[]; field?: Field; pattern?: [string, string]; options?: unknown[]; i18n?: unknown; label?: string; hint?: string };

/** Every field path of an editor collection, "image.alt", "sources[].url", as schemaPaths() writes them. */
function editorPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    if (f.widget === 'object') return [path, ...editorPaths(f.fields ?? [], `${path}.`)];
    if (f.widget === 'list' && f.fields) return [path, ...editorPaths(f.fields, `${path}[].`)];
    return [path];
  });
}

const production = editorConfig(gitBackend({ name: 'gitlab', baseUrl: 'https://gitlab.opencode.de', repo: 'office/portal', appId: 'abc', branch: 'main' }));
const byName = (name: string) => (production.collections as { name: string; fields: Field[] }[]).find((c) => c.name === name)!;
const field = (fields: Field[], path: string): Field => {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head)!;
  return rest.length ? field(f.fields ?? [], rest.join('.')) : f;
};

describe('editor configuration from the content schemas', () => {
  it('has one editor collection per content collection', () => {
    // src/content.config.ts imports astro:content, which only Astro resolves: read its collection names.
    const source = readFileSync(new URL('../content.config.ts', import.meta.url), 'utf8');
    const names = [...source.matchAll(/^\s+(\w+): defineCollection\(/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(10);
    expect(collectionSpecs.map((c) => c.name).sort()).toEqual(names.sort());
  });

  it.each(collectionSpecs.map((c) => [c.name, c] as const))('%s: every schema field has an editor field and every editor field a schema field', (name, spec) => {
    const editorFields = editorCollection(spec).fields as Field[];
    // A field the editor keeps unchanged without showing it (the import's origin) covers what is inside it.
    const hidden = editorPaths(editorFields).filter((p) => field(editorFields, p.replace(/\[\]/g, '')).widget === 'hidden');
    const fromSchema = schemaPaths(fieldsOf(spec.schema))
      .filter((p) => !hidden.some((h) => p.startsWith(`${h}.`) || p.startsWith(`${h}[]`)))
      .sort();
    const fromEditor = editorPaths(editorFields)
      .filter((p) => p !== 'body') // the Markdown text below the front matter
      .filter((p) => !(spec.languages === false && p === EDITOR_ONLY_KEY.name)) // file name of new YAML entries
      .sort();
    expect(fromEditor, `${name}: editor fields vs schema fields`).toEqual(fromSchema);
  });

  it('finds a field added to a schema, and one the editor has but the schema has not', () => {
    const spec = collectionSpecs.find((c) => c.name === 'figures')!;
    const extended = { ...spec, schema: (spec.schema as z.ZodObject).extend({ extra: z.string() }) };
    expect(editorPaths(editorCollection(extended).fields as Field[])).toContain('extra');
    expect(schemaPaths(fieldsOf(spec.schema))).not.toContain('extra');
  });

  it('marks required and optional fields as the schema does', () => {
    const events = byName('events').fields;
    expect(field(events, 'title').required).toBeUndefined(); // Decap: required unless said otherwise
    expect(field(events, 'end').required).toBe(false);
    expect(field(events, 'image').required).toBe(false);
    expect(field(events, 'image.src').widget).toBe('image');
    // Inside an optional object: checked before saving once the object is filled (admin/init.js).
    expect(field(events, 'image.alt').required).toBe(false);
    expect(field(events, 'image.alt').hint).toBe('Pflicht, sobald „Bild“ ausgefüllt ist – fehlt: beschreiben Sie, was das Bild zeigt');
    const rules = requiredWhenFilled(collectionSpecs.find((c) => c.name === 'events')!);
    expect(rules).toEqual(
      expect.arrayContaining([
        { object: 'image', field: 'image.src', message: 'Bilddatei: fehlt' },
        { object: 'image', field: 'image.alt', message: 'Alternativtext (was zeigt das Bild?): fehlt: beschreiben Sie, was das Bild zeigt' },
        { object: 'image', field: 'image.credit', message: 'Urheber oder Rechteinhaber: fehlt: nennen Sie, wer das Bild gemacht hat' },
        { object: 'image', field: 'image.licence', message: expect.stringMatching(/^Lizenz: /) },
        { object: 'location.address', field: 'location.address.street', message: 'Straße und Hausnummer: Straße und Hausnummer fehlen' },
      ]),
    );
    expect(rules.filter((r) => r.field === 'location.name')).toEqual([{ object: 'location', field: 'location.name', message: 'Name des Orts: fehlt' }]);
  });

  it('offers the enumerations of src/schemas/enums.ts', () => {
    expect(field(byName('places').fields, 'district').options).toContain('Lütgendortmund');
    expect(field(byName('places').fields, 'district').options).toHaveLength(12);
    expect(field(byName('events').fields, 'category').options).toContain('guided-tour');
    expect(field(byName('news').fields, 'kind').options).toEqual(['news', 'press-release']);
    expect(field(byName('events').fields, 'image.licence').options).toContain('DL-DE-BY-2.0');
  });

  it('lets editors find and approve imported events waiting for review, and keeps the import’s origin as it is', () => {
    const events = byName('events') as unknown as { fields: Field[]; view_filters: { field: string; pattern: string; label: string }[]; view_groups: { field: string }[] };
    expect(field(events.fields, 'review')).toMatchObject({ widget: 'select', options: ['pending', 'approved'], required: false });
    expect(events.view_filters).toContainEqual({ label: 'Import wartet auf Prüfung', field: 'review', pattern: '^pending$' });
    expect(events.view_groups).toContainEqual({ label: 'Prüfung (Import)', field: 'review' });
    expect(field(events.fields, 'origin').widget).toBe('hidden');
  });

  it('makes an event’s venue a choice of places by key', () => {
    expect(field(byName('events').fields, 'venue')).toMatchObject({ widget: 'relation', collection: 'places', value_field: 'key' });
    expect(field(byName('festivals').fields, 'venue')).toMatchObject({ widget: 'relation', collection: 'places' });
  });

  it('checks lengths and forms with the build’s messages in German', () => {
    const title = field(byName('events').fields, 'title');
    const [pattern, message] = title.pattern!;
    const re = new RegExp(pattern);
    expect(re.test('Ab')).toBe(false);
    expect(re.test('Abc')).toBe(true);
    expect(re.test('x'.repeat(91))).toBe(false);
    expect(message).toBe('ist zu kurz (mindestens 3 Zeichen); ist zu lang (höchstens 90 Zeichen)');
    const key = new RegExp(field(byName('events').fields, 'key').pattern![0]);
    expect(key.test('zeche-zollern')).toBe(true);
    expect(key.test('Zeche Zollern')).toBe(false);
    const postal = new RegExp(field(byName('places').fields, 'address.postalCode').pattern![0]);
    expect(postal.test('44388')).toBe(true);
    expect(postal.test('45127')).toBe(false);
    const start = field(byName('events').fields, 'start').pattern!;
    expect(new RegExp(start[0]).test('2026-04-30 20:00')).toBe(true);
    expect(new RegExp(start[0]).test('30.04.2026')).toBe(false);
    expect(start[1]).toContain('Ortszeit in Dortmund');
  });

  it('accepts in the editor exactly what the schema accepts, for every checked text field of every collection', () => {
    const samples = ['', 'ab', 'abc', 'zeche-zollern', 'Zeche Zollern', '44139', '2026-04-30 20:00', '2026-04-30', 'https://www.dortmund.de/', 'mail@dortmund.de', 'closed', '10:00-18:00', 'x'.repeat(95), 'y'.repeat(250)];
    const visit = (fields: FieldShape[], editor: Field[], path: string) => {
      for (const f of fields) {
        const e = editor.find((x) => x.name === f.name)!;
        if (e.widget === 'hidden') continue; // kept as it is, not edited
        if ((f.shape.type === 'string' || f.shape.type === 'localDateTime') && !(f.shape.type === 'string' && f.shape.image) && e.pattern) {
          const re = new RegExp(e.pattern[0]);
          for (const s of samples.filter(Boolean)) {
            const byBuild = f.shape.checks.every((c) =>
              c.kind === 'min' ? s.length >= (c.value as number) : c.kind === 'max' ? s.length <= (c.value as number) : c.kind === 'pattern' ? (c.value as RegExp).test(s) : c.kind === 'url' ? z.url().safeParse(s).success : c.kind === 'email' ? z.email().safeParse(s).success : true,
            );
            expect(re.test(s), `${path}${f.name} with "${s.slice(0, 20)}"`).toBe(byBuild);
          }
        }
        if (f.shape.type === 'object') visit(f.shape.fields, e.fields ?? [], `${path}${f.name}.`);
        if (f.shape.type === 'array' && f.shape.element.type === 'object') visit(f.shape.element.fields, e.fields ?? [], `${path}${f.name}[].`);
      }
    };
    for (const spec of collectionSpecs) visit(fieldsOf(spec.schema), editorCollection(spec).fields as Field[], `${spec.name}.`);
  });

  it('has a German version of every message the build can give', () => {
    const missing = collectionSpecs.flatMap((c) => schemaMessages(fieldsOf(c.schema))).filter((m) => !germanMessage(m));
    expect(missing).toEqual([]);
  });

  it('has a German label for every field', () => {
    const unlabelled: string[] = [];
    const visit = (fields: Field[], path: string) => {
      for (const f of fields) {
        if (f.label === f.name) unlabelled.push(`${path}${f.name}`);
        if (f.fields) visit(f.fields, `${path}${f.name}.`);
      }
    };
    for (const c of production.collections as { name: string; fields: Field[] }[]) visit(c.fields, `${c.name}.`);
    expect(unlabelled).toEqual([]);
  });

  it('writes German and English files side by side, facts once for both', () => {
    expect(production.i18n).toEqual({ structure: 'multiple_folders', locales: ['de', 'en'], default_locale: 'de' });
    const events = byName('events').fields;
    expect(field(events, 'title').i18n).toBe(true);
    expect(field(events, 'start').i18n).toBe('duplicate');
    expect(field(events, 'venue').i18n).toBe('duplicate');
    expect((byName('easy') as unknown as { i18n: unknown }).i18n).toEqual({ locales: ['de'] });
  });

  it('logs in at the git host with PKCE, reviews as merge requests, and holds no secret', () => {
    expect(production.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc', api_root: 'https://gitlab.opencode.de/api/v4' });
    expect(production.publish_mode).toBe('editorial_workflow');
    expect(JSON.stringify(production)).not.toMatch(/secret|token|password/i);
    expect(gitBackend({ name: 'gitea', baseUrl: 'https://code.example/', repo: 'a/b', appId: 'x', branch: 'main' })).toMatchObject({
      api_root: 'https://code.example/api/v1',
      auth_endpoint: 'https://code.example/login/oauth/authorize',
    });
    expect(localBackend('http://127.0.0.1:8080/api/v1', 'main')).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8080/api/v1', branch: 'main' });
  });

  it('puts uploaded images into the collection’s folder, as paths the build resolves', () => {
    expect(byName('events')).toMatchObject({ media_folder: '/src/assets/images/events', public_folder: '../../../src/assets/images/events' });
  });

  it('builds one pattern from several checks', () => {
    expect(patternOf([])).toBeUndefined();
    const [p, m] = patternOf([{ kind: 'min', value: 2, message: 'is too short (at least 3 characters)' }, { kind: 'pattern', value: /^a/ }])!;
    expect(new RegExp(p).test('ab')).toBe(true);
    expect(new RegExp(p).test('ba')).toBe(false);
    expect(m).toBe('ist zu kurz (mindestens 3 Zeichen); hat nicht die verlangte Form');
  });
});
