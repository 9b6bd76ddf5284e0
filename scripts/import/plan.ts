/**
 * What an import run does, as a pure function of its inputs: the parsed sources, our places, the
 * existing event files and the crosswalk. It returns the files to write, the new crosswalk and the
 * lists for the reports. Nothing here reads or writes files (cli.ts does), so tests can run it on
 * fixtures and compare runs.
 */
import type { ImportLanguage as Locale } from './model';
import type { ImportProblem, ImportedImage, NormalizedEvent, ParseResult } from './model';
import type { Source } from './sources';
import { groupDuplicates, mergeGroup, newKey, sameEvent, sourceKey, type Located, type Merged } from './identity';
import { matchVenue, type PlaceRef } from './venues';
import { sameData, writeEntry } from './files';
import { isAllDay, isoWithOffset, instantOf, localFromIso } from './time';
import { cut } from './sanitize';
import { textLimits } from '../../src/lib/eventRules';

export interface ExistingEntry {
  key: string;
  lang: Locale;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ParsedSource {
  source: Source;
  order: number;
  result: ParseResult;
  /** The feed as a whole could not be read (or broke a limit): its events are not judged vanished. */
  feedFailed: boolean;
}

export interface PlanInput {
  parsed: ParsedSource[];
  aliases: Record<string, string>;
  places: PlaceRef[];
  existing: ExistingEntry[];
  /** "source|id" → entry key. */
  crosswalk: Record<string, string>;
  /** Day of the run, YYYY-MM-DD. */
  today: string;
  contentDir: string;
  /** Problems the content schema finds in an entry's front matter ("field: message"). */
  validate: (data: Record<string, unknown>) => string[];
}

export interface ReportItem {
  title: string;
  /** ISO 8601 with offset; for an all-day event the start of its day in Dortmund, with allDay. */
  start: string;
  allDay?: true;
  source: string;
  key?: string;
  position?: string;
  reason?: string;
  fields?: string[];
}

export interface Plan {
  writes: { path: string; text: string }[];
  crosswalk: Record<string, string>;
  crosswalkChanged: boolean;
  created: ReportItem[];
  updated: ReportItem[];
  unchanged: ReportItem[];
  flagged: ReportItem[];
  rejected: ReportItem[];
  review: { cancelled: ReportItem[]; vanished: ReportItem[]; duplicated: ReportItem[]; unmatchedVenues: ReportItem[]; untranslated: ReportItem[] };
}

/** Fields the importer owns in every language version (texts are per language). */
const sharedContentFields = ['start', 'end', 'status', 'recurrence', 'venue', 'location', 'category', 'pillar', 'price', 'organiser', 'website'] as const;
const textContentFields = ['title', 'description', 'accessibility'] as const;

const translationNotes: Record<Locale, string> = {
  de: 'Der Veranstalter hat diesen Termin nur auf Deutsch geliefert; die englische Fassung steht noch aus.',
  en: 'The organiser sent this event in English only; the German version has not been written yet.',
};

function when(local: string, lang: Locale): string {
  const date = new Date(instantOf(local));
  const day = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  if (!local.includes(' ') && !local.includes('T')) return day;
  const time = local.slice(11, 16);
  return lang === 'de' ? `${day}, ${time} Uhr` : `${day}, ${time}`;
}

/** A description written only from facts the feed gave (title, date, venue, publisher), when it gave none. */
export function factualDescription(lang: Locale, title: string, start: string, venue: string | undefined, publisher: string): string {
  const text =
    lang === 'de'
      ? `${title}: ${when(start, lang)}${venue ? `, ${venue}` : ''}. Angaben aus dem Kalender von ${publisher}.`
      : `${title}: ${when(start, lang)}${venue ? `, ${venue}` : ''}. Details from the calendar of ${publisher}.`;
  return cut(text, textLimits.description.max)[0];
}

const item = (e: { title: string; start: string; source: string }, extra: Partial<ReportItem> = {}): ReportItem => ({
  title: e.title,
  start: isoWithOffset(e.start),
  ...(isAllDay(e.start) ? { allDay: true as const } : {}),
  source: e.source,
  ...extra,
});

function problemItem(p: ImportProblem): ReportItem {
  return { title: p.title ?? '', start: p.start ? (localFromIso(p.start) ? isoWithOffset(localFromIso(p.start)!) : p.start) : '', source: p.source, position: p.position, reason: p.reason };
}

/** Whether an entry still lies ahead (or a series still runs) on the given day. */
function ahead(data: Record<string, unknown>, today: string): boolean {
  const last = String(data.end ?? data.start ?? '').slice(0, 10);
  const rule = (data.recurrence as { rule?: string } | undefined)?.rule;
  if (rule) {
    const until = /UNTIL=(\d{8})/.exec(rule)?.[1];
    if (!until) return true;
    return `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` >= today;
  }
  return last >= today;
}

export function plan(input: PlanInput): Plan {
  const out: Plan = {
    writes: [],
    crosswalk: { ...input.crosswalk },
    crosswalkChanged: false,
    created: [],
    updated: [],
    unchanged: [],
    flagged: [],
    rejected: [],
    review: { cancelled: [], vanished: [], duplicated: [], unmatchedVenues: [], untranslated: [] },
  };
  const setCrosswalk = (sk: string, key: string) => {
    if (out.crosswalk[sk] !== key) {
      out.crosswalk[sk] = key;
      out.crosswalkChanged = true;
      return true;
    }
    return false;
  };
  const byKey = new Map<string, ExistingEntry[]>();
  for (const e of input.existing) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  const sourceByName = new Map(input.parsed.map((p) => [p.source.name, p.source]));

  // 1. Each event with its venue, category and defaults; problems are rejected or flagged.
  const located: Located[] = [];
  const venueFlags = new Map<string, string>();
  const seen = new Set<string>();
  for (const { source, order, result } of input.parsed) {
    for (const p of result.rejected) out.rejected.push(problemItem(p));
    for (const e of result.events) {
      const sk = sourceKey(e);
      if (seen.has(sk)) {
        out.flagged.push(item(e, { position: e.position, reason: `the feed lists id "${e.sourceId}" twice; the first one was taken` }));
        continue;
      }
      seen.add(sk);
      const match = matchVenue(e, input.places, input.aliases);
      let venue: string | undefined = match.key;
      if (!venue && !e.venueName && !e.address && !e.geo) venue = source.defaults.venue;
      if (!venue && !e.venueName) {
        out.rejected.push(item(e, { position: e.position, reason: 'names no venue, and the source has no default venue' }));
        continue;
      }
      if (!venue) venueFlags.set(sk, `venue "${e.venueName}" is none of our places (content/places); kept as a location: add an alias in event-feeds.yaml or a place`);
      const category = e.category ?? source.defaults.category;
      if (!category) {
        out.rejected.push(item(e, { position: e.position, reason: 'has no category the calendar knows, and the source has no default category' }));
        continue;
      }
      located.push({
        ...e,
        venue,
        category,
        pillar: e.pillar ?? source.defaults.pillar,
        organiser: e.organiser ?? source.defaults.organiser ?? { name: source.attribution.name, url: source.attribution.url },
        trust: source.trust,
        sourceOrder: order,
      });
    }
  }

  const failedSources = new Set(input.parsed.filter((p) => p.feedFailed).map((p) => p.source.name));

  // 2. The same event in several sources becomes one entry.
  const assigned = new Set<string>();
  const taken = (key: string) => byKey.has(key) || assigned.has(key);
  for (const group of groupDuplicates(located)) {
    const merged = mergeGroup(group);
    const { primary } = merged;
    const flags: string[] = [];
    if (group.length > 1) {
      const reason = `same event in ${group.map((g) => g.source).join(' and ')}: merged into one entry, fields from the more trusted source (${primary.source}) first`;
      flags.push(reason);
      out.review.duplicated.push(item(primary, { reason }));
    }
    for (const m of group) if (venueFlags.has(sourceKey(m))) flags.push(venueFlags.get(sourceKey(m))!);
    let key = group.map((m) => input.crosswalk[sourceKey(m)]).find(Boolean);
    if (!key) {
      // An entry that already describes it (editorial, or imported from another source earlier).
      const found = input.existing.find((x) =>
        sameEvent({ start: primary.start, title: primary.title, venue: primary.venue, venueName: primary.venueName }, {
          start: String(x.data.start ?? ''),
          title: String(x.data.title ?? ''),
          venue: x.data.venue as string | undefined,
          venueName: (x.data.location as { name?: string } | undefined)?.name,
        }),
      );
      key = found?.key;
    }
    const previous = key ? (byKey.get(key) ?? []) : [];
    if (previous.length && previous.every((p) => !p.data.origin)) {
      // Already in the calendar as an editorial entry: that entry wins and stays untouched.
      let fresh = false;
      for (const m of group) fresh = setCrosswalk(sourceKey(m), key!) || fresh;
      const reason = `already in the calendar as the editorial entry "${key}"; it stays as it is`;
      if (fresh) {
        out.flagged.push(item(primary, { key, reason }));
        out.review.duplicated.push(item(primary, { key, reason }));
      } else out.unchanged.push(item(primary, { key }));
      continue;
    }
    // A source of this entry could not be read this time: the entry stays as it was rather than
    // being rebuilt from the other sources alone.
    const previousOrigin = previous[0]?.data.origin as { source?: string; also?: { source: string }[] } | undefined;
    const previousSources = [previousOrigin?.source, ...(previousOrigin?.also ?? []).map((a) => a.source)].filter(Boolean) as string[];
    const unread = previousSources.filter((s) => failedSources.has(s));
    if (unread.length) {
      out.unchanged.push(item(primary, { key, reason: `kept as it was: ${unread.join(', ')} could not be read` }));
      continue;
    }
    if (!key) key = newKey(primary.title, primary.start, taken);
    assigned.add(key);

    const built = buildEntries(key, merged, previous, input, sourceByName);
    const problems = built.flatMap((b) => input.validate(b.data).map((p) => `${b.lang}: ${p}`));
    if (problems.length) {
      out.rejected.push(item(primary, { key, position: primary.position, reason: `would not be a valid event entry: ${problems.join('; ')}` }));
      continue;
    }
    for (const m of group) setCrosswalk(sourceKey(m), key);
    const changed = built.filter((b) => b.changed.length);
    if (previous.length && !changed.length) {
      out.unchanged.push(item(primary, { key }));
      continue;
    }
    for (const b of changed) out.writes.push({ path: b.path, text: writeEntry(b.data, b.body) });
    const fields = [...new Set(changed.flatMap((b) => b.changed))].sort();
    if (previous.length) out.updated.push(item(primary, { key, fields }));
    else out.created.push(item(primary, { key }));
    const notes = merged.notes;
    if (flags.length || notes.length) out.flagged.push(item(primary, { key, reason: [...flags, ...notes].join('; ') }));
    for (const m of group) if (venueFlags.has(sourceKey(m))) out.review.unmatchedVenues.push(item(m, { key, reason: m.venueName }));
    const wasCancelled = previous.some((p) => p.data.status === 'cancelled');
    if (merged.shared.status === 'cancelled' && !wasCancelled) out.review.cancelled.push(item(primary, { key, reason: 'the whole event is cancelled' }));
    const previousExceptions = (previous[0]?.data.recurrence as { exceptions?: { date: string; status: string }[] } | undefined)?.exceptions ?? [];
    for (const x of merged.primary.recurrence?.exceptions ?? []) {
      if (x.status === 'cancelled' && !previousExceptions.some((p) => p.date.replace('T', ' ') === x.date && p.status === 'cancelled')) {
        out.review.cancelled.push({ ...item(primary, { key }), start: isoWithOffset(x.date), reason: 'one date of the series is cancelled' });
      }
    }
    const langs = built.map((b) => b.lang);
    if (langs.length === 1) out.review.untranslated.push(item(primary, { key, reason: `only in ${langs[0] === 'de' ? 'German' : 'English'}` }));
  }

  // 3. Events that have left their feed: flagged once, never deleted.
  const readSources = new Set(input.parsed.filter((p) => !p.feedFailed).map((p) => p.source.name));
  for (const [sk, key] of Object.entries(input.crosswalk)) {
    const sourceName = sk.slice(0, sk.indexOf('|'));
    if (!readSources.has(sourceName) || seen.has(sk)) continue;
    const files = (byKey.get(key) ?? []).filter((f) => (f.data.origin as { source?: string } | undefined)?.source);
    const origin = files[0]?.data.origin as { source: string; id: string; vanished?: string } | undefined;
    if (!origin || `${origin.source}|${origin.id}` !== sk) continue;
    if (origin.vanished || !ahead(files[0].data, input.today)) continue;
    const reason = `no longer in the feed of ${sourceName} since ${input.today}; the entry stays: ask the organiser whether it still takes place`;
    for (const f of files) {
      const data = { ...f.data, origin: { ...(f.data.origin as object), vanished: input.today } };
      out.writes.push({ path: f.path, text: writeEntry(data, f.body) });
    }
    const e = { title: String(files[0].data.title), start: String(files[0].data.start), source: sourceName };
    out.flagged.push(item(e, { key, reason }));
    out.review.vanished.push(item(e, { key, reason }));
  }
  return out;
}

interface Built {
  lang: Locale;
  path: string;
  data: Record<string, unknown>;
  body: string;
  changed: string[];
}

/** The entry's files in each language the sources or the editors provide. */
function buildEntries(key: string, merged: Merged, previous: ExistingEntry[], input: PlanInput, sources: Map<string, Source>): Built[] {
  const { primary } = merged;
  const source = sources.get(primary.source)!;
  const langs = (['de', 'en'] as const).filter((l) => merged.texts[l] || previous.some((p) => p.lang === l));
  const result: Built[] = [];
  for (const lang of langs) {
    const prev = previous.find((p) => p.lang === lang);
    const prevOrigin = (prev?.data.origin ?? {}) as { fields?: Record<string, string>; fetched?: string };
    const editorial = (field: string) => prevOrigin.fields?.[field] === 'editorial';
    const fields: Record<string, string> = { ...merged.fields };
    const data: Record<string, unknown> = { key };
    const texts = merged.texts[lang];
    for (const f of textContentFields) {
      const sourced = texts?.[f];
      if (editorial(`${f}.${lang}`) || !texts) {
        data[f] = prev?.data[f];
        if (prev?.data[f] !== undefined) fields[`${f}.${lang}`] = 'editorial';
      } else data[f] = sourced;
    }
    let body = editorial(`body.${lang}`) || !texts ? (prev?.body ?? '') : (texts.body ?? '');
    if (!texts || editorial(`body.${lang}`)) {
      if (prev?.body) fields[`body.${lang}`] = 'editorial';
    }
    const venueTitle = primary.venue ? input.places.find((p) => p.key === primary.venue)?.titles[lang === 'de' ? 0 : 1] : primary.venueName;
    if (!data.description || String(data.description).length < textLimits.description.min) {
      const fromText = data.description ? `${data.description} ` : '';
      data.description = cut(`${fromText}${factualDescription(lang, String(data.title), primary.start, venueTitle, source.attribution.name)}`.trim(), textLimits.description.max)[0];
      if (!body && data.description !== prev?.data.description) body = '';
    }
    data.owner = prev?.data.owner ?? source.defaults.owner;
    data.reviewed = prev?.data.reviewed ?? input.today;
    for (const f of sharedContentFields) {
      if (editorial(f)) {
        data[f] = prev?.data[f];
        fields[f] = 'editorial';
      } else data[f] = merged.shared[f];
    }
    // No source says what admission costs: not free for everyone, no price shown; the editor checks it.
    if (data.price === undefined) data.price = { free: false };
    if (data.end === undefined) delete data.end;
    if (prev?.data.image) data.image = prev.data.image;
    if (prev?.data.series) data.series = prev.data.series;
    const image = merged.shared.image as ImportedImage | undefined;
    const fetched = prevOrigin.fetched ?? input.today;
    data.sources = merged.members.map((m) => {
      const s = sources.get(m.source)!;
      return { title: `${s.attribution.name}: ${m.title}`, url: m.website ?? s.attribution.url, date: fetched };
    });
    const also = merged.members.slice(1).map((m) => ({ source: m.source, id: m.sourceId }));
    data.origin = {
      source: primary.source,
      id: primary.sourceId,
      ...(also.length ? { also } : {}),
      fetched,
      licence: source.licence,
      fields: Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))),
      ...(merged.notes.length ? { notes: merged.notes } : {}),
      ...(image ? { image } : {}),
    };
    data.review = prev?.data.review ?? 'pending';
    result.push({ lang, path: prev?.path ?? `${input.contentDir}/events/${lang}/${key}.md`, data, body, changed: [] });
  }
  for (const b of result) {
    if (result.length === 1) b.data.translationNote = translationNotes[b.lang];
    const prev = previous.find((p) => p.lang === b.lang);
    if (!prev) {
      b.changed = ['new'];
      continue;
    }
    const ignore = new Set(['review', 'reviewed', 'sources', 'origin']);
    const keys = new Set([...Object.keys(b.data), ...Object.keys(prev.data)]);
    b.changed = [...keys].filter((k) => !ignore.has(k) && !sameData(b.data[k], prev.data[k]));
    const o = (x: Record<string, unknown>) => {
      const { fetched: _f, vanished: _v, ...rest } = (x.origin ?? {}) as Record<string, unknown>;
      return rest;
    };
    if (!sameData(o(b.data), o(prev.data))) b.changed.push('origin');
    if ((prev.data.origin as { vanished?: string })?.vanished) b.changed.push('back in the feed');
    if (b.body.trim() !== prev.body.trim()) b.changed.push('body');
    const sourcesOf = (x: unknown) => (x as { title: string; url: string }[] | undefined)?.map((s) => `${s.title} ${s.url}`);
    if (!sameData(sourcesOf(b.data.sources), sourcesOf(prev.data.sources))) b.changed.push('sources');
    if (b.changed.length) {
      // A changed entry waits for review again, with the day of this version.
      b.data.review = 'pending';
      (b.data.origin as Record<string, unknown>).fetched = input.today;
      for (const s of b.data.sources as { date: string }[]) s.date = input.today;
    } else {
      b.data = prev.data;
    }
  }
  return result;
}

export type { NormalizedEvent };
