/**
 * Synthetic content for the scale benchmark: places, news and events, each in German and English,
 * that satisfy the portal's schemas and the language-pairing rules. `count` is the number of generated
 * entries (files, hence pages): count / 2 keys, split evenly between places, news and events.
 *
 * The text is deterministic (seeded) and varied enough that Pagefind's index grows as it would with
 * real text: every entry has a heading, three paragraphs, a list and links, about 250 words.
 * One place in ten and one news item in ten carry one of the portal's illustrations, as real entries do;
 * the illustrations are shared, so image processing stays constant while pages grow (see
 * doc/benchmarks.md for what unique photos would add).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const districts = ['Innenstadt-West', 'Innenstadt-Nord', 'Innenstadt-Ost', 'Eving', 'Scharnhorst', 'Brackel', 'Aplerbeck', 'Hörde', 'Hombruch', 'Lütgendortmund', 'Huckarde', 'Mengede'];
const placeKinds = ['sight', 'museum', 'venue', 'park', 'landmark', 'church', 'lake', 'stadium', 'zoo', 'memorial'];
const categories = ['festival', 'market', 'music', 'stage', 'exhibition', 'sport', 'trade-fair', 'family', 'guided-tour', 'night'];
const pillars = ['visit', 'events', 'culture', 'business', 'news'];
const arts = ['dortmunder-u', 'florianturm', 'hafen', 'phoenix-see', 'zeche-zollern', 'rombergpark', 'konzerthaus', 'reinoldikirche'];

const words = {
  de: 'Stadt Hafen Zeche Park See Turm Halle Bühne Markt Brücke Kanal Museum Garten Platz Straße Bahnhof Kirche Ufer Wald Feld Licht Stahl Kohle Bier Fußball Musik Kunst Geschichte Arbeit Familie Abend Morgen Sommer Winter Herbst Frühling Nacht Fest Konzert Führung Ausstellung Rundgang Aussicht Treppe Aufzug Eingang Weg Radweg Spielplatz Café Bäckerei Brunnen Denkmal Fenster Dach Wiese Teich Insel Tor Mauer Ofen Kran Schiff Zug Bus Haltestelle Linie Karte Plan Woche Jahr Tag Stunde Minute Gruppe Klasse Schule Hochschule Labor Werkstatt Büro Firma Handel Logistik Technik Forschung Gesundheit Sport Verein Stadion Tribüne Ball Tor Spiel Saison Besuch Gast Nachbar Bezirk Viertel Siedlung Grünzug Allee Promenade Hafenbecken Speicher Schacht Förderturm Maschinenhaus Kokerei Gasometer Brauerei Wasser Luft Wind Sonne Regen Schnee Weihnachten Laterne Blume Baum Vogel Wildpark'.split(' '),
  en: 'city harbour colliery park lake tower hall stage market bridge canal museum garden square street station church shore forest field light steel coal beer football music art history work family evening morning summer winter autumn spring night festival concert tour exhibition walk view stairs lift entrance path cycleway playground cafe bakery fountain memorial window roof meadow pond island gate wall furnace crane ship train bus stop line map plan week year day hour minute group class school university laboratory workshop office company trade logistics technology research health sport club stadium stand ball goal game season visit guest neighbour district quarter estate greenway avenue promenade basin warehouse shaft headframe enginehouse cokery gasholder brewery water air wind sun rain snow christmas lantern flower tree bird wildlife'.split(' '),
};
const verbs = {
  de: ['zeigt', 'verbindet', 'erzählt von', 'öffnet', 'liegt an', 'führt zu', 'erinnert an', 'bietet', 'sammelt', 'beleuchtet'],
  en: ['shows', 'links', 'tells of', 'opens', 'lies by', 'leads to', 'recalls', 'offers', 'collects', 'lights up'],
};

/** Small seeded generator (mulberry32): the same count gives the same content on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rnd, lang, n) {
  const w = words[lang];
  const pick = () => w[Math.floor(rnd() * w.length)];
  const subject = pick();
  const parts = [`${subject[0].toUpperCase()}${subject.slice(1)}`, verbs[lang][Math.floor(rnd() * verbs[lang].length)]];
  for (let i = 0; i < n; i++) parts.push(pick());
  return `${parts.join(' ')}.`;
}

const paragraph = (rnd, lang) => Array.from({ length: 5 }, () => sentence(rnd, lang, 6 + Math.floor(rnd() * 6))).join(' ');

function body(rnd, lang, kind, i) {
  const overview = lang === 'de' ? { place: '/erleben/', news: '/aktuelles/', event: '/veranstaltungen/' } : { place: '/en/visit/', news: '/en/news/', event: '/en/events/' };
  const more = lang === 'de' ? 'Mehr in der Übersicht' : 'More in the overview';
  return [
    `## ${sentence(rnd, lang, 2).slice(0, -1)}`,
    '',
    paragraph(rnd, lang),
    '',
    paragraph(rnd, lang),
    '',
    `- ${sentence(rnd, lang, 3)}`,
    `- ${sentence(rnd, lang, 3)}`,
    `- ${sentence(rnd, lang, 3)}`,
    '',
    `## ${lang === 'de' ? 'Gut zu wissen' : 'Good to know'}`,
    '',
    `${paragraph(rnd, lang)} [${more}](${overview[kind]}) · [${lang === 'de' ? 'Quelle' : 'Source'}](https://example.org/bench/${kind}/${i}).`,
    '',
  ].join('\n');
}

const yamlString = (s) => JSON.stringify(s);

function place(i, lang, rnd) {
  const key = `bench-place-${i}`;
  const title = lang === 'de' ? `Testort ${i} ${words.de[i % words.de.length]}` : `Test place ${i} ${words.en[i % words.en.length]}`;
  const description =
    lang === 'de'
      ? `Ein erzeugter Ort Nummer ${i} für den Build-Benchmark, nie veröffentlicht, mit genug Text für die Regeln der Redaktion.`
      : `A generated place number ${i} for the build benchmark, never published, with enough text for the editorial rules.`;
  const lat = (51.43 + ((i * 7919) % 1500) / 10000).toFixed(5);
  const lon = (7.34 + ((i * 104729) % 2800) / 10000).toFixed(5);
  const image =
    i % 10 === 0
      ? `image:\n  src: ../../../src/assets/art/${arts[i % arts.length]}.svg\n  alt: ${lang === 'de' ? 'Illustration eines Ortes in Dortmund' : 'Illustration of a place in Dortmund'}\n  credit: Amt für Marketing und Stadtkommunikation Dortmund\n  licence: CC-BY-4.0\n`
      : '';
  const front = `---
key: ${key}
title: ${yamlString(title)}
description: ${yamlString(description)}
owner: redaktion-tourismus
reviewed: 2026-11-26
kind: ${placeKinds[i % placeKinds.length]}
pillars: ${i % 3 === 0 ? '[visit, culture]' : '[visit]'}
district: ${districts[i % districts.length]}
coordinates: { lat: ${lat}, lon: ${lon} }
address: { street: "Teststraße ${i}", postalCode: "44${String(100 + (i % 300)).padStart(3, '0')}" }
${i % 2 ? `hours:\n  week: { mon: closed, tue: "10:00-18:00", wed: "10:00-18:00", thu: "10:00-18:00", fri: "10:00-18:00", sat: "10:00-18:00", sun: "10:00-18:00" }\n  holidays: as-sunday\n  asOf: 2026-11-01\n  source: https://example.org/bench/place/${i}\n` : ''}accessibility:
  - ${yamlString(lang === 'de' ? 'Der Eingang ist stufenlos erreichbar.' : 'The entrance is step-free.')}
transit: ${yamlString(lang === 'de' ? `Haltestelle Testplatz ${i} (U4${i % 10})` : `Stop Testplatz ${i} (U4${i % 10})`)}
${image}sources:
  - title: Generated for the build benchmark
    url: https://example.org/bench/place/${i}
---
`;
  return { key, slug: lang === 'de' ? key : `${key}-en`, text: front + body(rnd, lang, 'place', i) };
}

function news(i, lang, rnd) {
  const key = `bench-news-${i}`;
  const day = new Date(Date.UTC(2025, 0, 1 + (i % 690))).toISOString().slice(0, 10);
  const title = lang === 'de' ? `Testmeldung ${i}: ${words.de[(i * 7) % words.de.length]} und ${words.de[(i * 13) % words.de.length]}` : `Test news ${i}: ${words.en[(i * 7) % words.en.length]} and ${words.en[(i * 13) % words.en.length]}`;
  const description =
    lang === 'de'
      ? `Eine erzeugte Meldung Nummer ${i} für den Build-Benchmark, nie veröffentlicht, mit genug Text für die Regeln.`
      : `A generated news item number ${i} for the build benchmark, never published, with enough text for the rules.`;
  const image =
    i % 10 === 5
      ? `image:\n  src: ../../../src/assets/art/rathaus.svg\n  alt: ${lang === 'de' ? 'Illustration des Dortmunder Rathauses' : 'Illustration of Dortmund city hall'}\n  credit: Amt für Marketing und Stadtkommunikation Dortmund\n  licence: CC-BY-4.0\n`
      : '';
  const front = `---
key: ${key}
title: ${yamlString(title)}
description: ${yamlString(description)}
owner: pressestelle
reviewed: 2026-11-26
date: ${day}
kind: ${i % 4 === 0 ? 'press-release' : 'news'}
pillar: ${pillars[i % pillars.length]}
contact:
  name: Pressestelle, Amt für Marketing und Stadtkommunikation
  email: presse@dortmund.example
${image}sources:
  - title: Generated for the build benchmark
    url: https://example.org/bench/news/${i}
---
`;
  return { key, slug: lang === 'de' ? key : `${key}-en`, text: front + body(rnd, lang, 'news', i) };
}

function event(i, lang, rnd, venues) {
  const key = `bench-event-${i}`;
  const date = new Date(Date.UTC(2027, 0, 1 + (i % 360))).toISOString().slice(0, 10);
  const hour = String(10 + (i % 11)).padStart(2, '0');
  const title = lang === 'de' ? `Testveranstaltung ${i}: ${words.de[(i * 3) % words.de.length]}` : `Test event ${i}: ${words.en[(i * 3) % words.en.length]}`;
  const description =
    lang === 'de'
      ? `Eine erzeugte Veranstaltung Nummer ${i} für den Build-Benchmark, nie veröffentlicht, mit genug Text für die Regeln.`
      : `A generated event number ${i} for the build benchmark, never published, with enough text for the rules.`;
  const front = `---
key: ${key}
title: ${yamlString(title)}
description: ${yamlString(description)}
owner: redaktion-kultur
reviewed: 2026-11-26
start: "${date} ${hour}:00"
end: "${date} ${hour}:45"
venue: ${venues[i % venues.length]}
category: ${categories[i % categories.length]}
pillar: ${i % 2 ? 'culture' : 'events'}
price: { free: ${i % 3 === 0} }
organiser: { name: Benchmark }
sources:
  - title: Generated for the build benchmark
    url: https://example.org/bench/event/${i}
---
`;
  return { key, slug: lang === 'de' ? key : `${key}-en`, text: front + body(rnd, lang, 'event', i) };
}

/**
 * Copies the real content from `realContent` to `target` and adds `count` generated entries.
 * Returns how many of each kind were written and the paths of the generated Markdown files.
 */
export function generateContent(target, count, realContent = 'content') {
  cpSync(realContent, target, { recursive: true });
  const keys = Math.floor(count / 2);
  const places = Math.floor(keys / 3);
  const newsItems = Math.floor(keys / 3);
  const events = keys - places - newsItems;
  const realVenues = readdirSync(join(realContent, 'places/de')).map((f) => /^key: (.+)$/m.exec(readFileSync(join(realContent, 'places/de', f), 'utf8'))[1]);
  const venues = places > 0 ? Array.from({ length: places }, (_, i) => `bench-place-${i}`).concat(realVenues) : realVenues;
  const files = [];
  const write = (collection, lang, entry) => {
    const dir = join(target, collection, lang);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${entry.slug}.md`);
    writeFileSync(file, entry.text);
    files.push(file);
  };
  for (const lang of ['de', 'en']) {
    const rnd = random(lang === 'de' ? 1 : 2);
    for (let i = 0; i < places; i++) write('places', lang, place(i, lang, rnd));
    for (let i = 0; i < newsItems; i++) write('news', lang, news(i, lang, rnd));
    for (let i = 0; i < events; i++) write('events', lang, event(i, lang, rnd, venues));
  }
  return { places: places * 2, news: newsItems * 2, events: events * 2, files };
}

// ---- the calendar at a city's scale (issue 15) ---------------------------------------------------

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = 86_400_000;

/**
 * One generated calendar entry: a single event or a series whose expansion yields exactly `dates`
 * occurrences after the build time (the first one day after it). Series vary their rule (weekly,
 * every other week, daily), and some carry an EXDATE, a cancelled date, a moved date or the
 * tentative status, so that the finder, the day views and the feeds see every kind of occurrence.
 */
function calendarEntry(i, lang, rnd, venues, { series, dates, firstDay }) {
  const key = `bench-cal-${i}`;
  const hour = String(9 + (i % 12)).padStart(2, '0');
  const kind = i % 4; // 0 weekly, 1 weekly with EXDATE, 2 every other week, 3 daily (a festival's days)
  const step = kind === 2 ? 14 : kind === 3 ? 1 : 7;
  // Spread the first dates so that the last one still lies in the next 13 months.
  const span = series ? step * (dates + 1) : 0;
  const room = Math.max(1, 380 - span);
  const start = firstDay + (((i * 7919) % room) + 1) * dayMs;
  const date = isoDay(start);
  const weekday = weekdays[(new Date(start).getUTCDay() + 6) % 7];
  const n = Math.floor(i / 5); // the how-manieth series, for series
  const tentative = series ? n % 10 === 7 : i % 10 === 3;
  const lines = [];
  if (series) {
    const count = kind === 1 ? dates + 1 : dates;
    const rule =
      kind === 3 ? `FREQ=DAILY;COUNT=${count}` : `FREQ=WEEKLY;${kind === 2 ? 'INTERVAL=2;' : ''}BYDAY=${weekday};COUNT=${count}`;
    lines.push('recurrence:', `  rule: "${rule}"`);
    if (kind === 1) lines.push(`  except: ["${isoDay(start + 2 * step * dayMs)} ${hour}:00"]`);
    if (n % 3 === 0) {
      const moved = isoDay(start + 4 * step * dayMs);
      const later = String(Number(hour) + 2).padStart(2, '0');
      lines.push(
        '  exceptions:',
        `    - date: "${moved} ${hour}:00"`,
        '      status: moved',
        `      start: "${moved} ${later}:00"`,
        `      end: "${moved} ${later}:45"`,
        `      note: ${lang === 'de' ? '"Beginnt zwei Stunden später"' : '"Starts two hours later"'}`,
        `    - date: "${isoDay(start + 6 * step * dayMs)} ${hour}:00"`,
        '      status: cancelled',
      );
    }
  }
  const title =
    lang === 'de'
      ? `${series ? 'Testreihe' : 'Testtermin'} ${i}: ${words.de[(i * 3) % words.de.length]}`
      : `${series ? 'Test series' : 'Test date'} ${i}: ${words.en[(i * 3) % words.en.length]}`;
  const description =
    lang === 'de'
      ? `Ein erzeugter Kalendereintrag Nummer ${i} für den Kalender-Benchmark, nie veröffentlicht, mit genug Text für die Regeln.`
      : `A generated calendar entry number ${i} for the calendar benchmark, never published, with enough text for the rules.`;
  const place = i % 7 === 6 ? `location: { name: "Testplatz ${i % 40}" }` : `venue: ${venues[i % venues.length]}`;
  const front = `---
key: ${key}
title: ${yamlString(title)}
description: ${yamlString(description)}
owner: redaktion-kultur
reviewed: 2026-11-26
start: "${date} ${hour}:00"
end: "${date} ${hour}:45"
${place}
category: ${categories[i % categories.length]}
pillar: ${i % 2 ? 'culture' : 'events'}
price: { free: ${i % 3 === 0} }
organiser: { name: Benchmark }
${tentative ? 'status: tentative\n' : ''}${lines.length ? `${lines.join('\n')}\n` : ''}sources:
  - title: Generated for the calendar benchmark
    url: https://example.org/bench/calendar/${i}
---
`;
  return { key, slug: lang === 'de' ? key : `${key}-en`, text: front + body(rnd, lang, 'event', i) };
}

/**
 * Copies the real content to `target` and adds a city's calendar: `entries` events and series (keys,
 * each in German and English) with `occurrences` upcoming dates between them, all after `buildTime`.
 * A fifth of the keys are series; the rest are single events. Returns the counts actually written.
 */
export function generateCalendar(target, { entries = 1500, occurrences = 5000, buildTime = '2026-11-26T12:00:00Z' } = {}, realContent = 'content') {
  cpSync(realContent, target, { recursive: true });
  const seriesCount = Math.floor(entries / 5);
  const singles = entries - seriesCount;
  const perSeries = Math.floor((occurrences - singles) / seriesCount);
  const extra = occurrences - singles - perSeries * seriesCount; // the first series get one date more
  const firstDay = Date.parse(`${buildTime.slice(0, 10)}T00:00:00Z`);
  const venues = readdirSync(join(realContent, 'places/de')).map((f) => /^key: (.+)$/m.exec(readFileSync(join(realContent, 'places/de', f), 'utf8'))[1]);
  let dated = 0;
  for (const lang of ['de', 'en']) {
    const rnd = random(lang === 'de' ? 3 : 4);
    const dir = join(target, 'events', lang);
    mkdirSync(dir, { recursive: true });
    dated = 0;
    for (let i = 0; i < entries; i++) {
      const series = i % 5 === 0 && i / 5 < seriesCount;
      const dates = series ? perSeries + (i / 5 < extra ? 1 : 0) : 1;
      dated += dates;
      const entry = calendarEntry(i, lang, rnd, venues, { series, dates, firstDay });
      writeFileSync(join(dir, `${entry.slug}.md`), entry.text);
    }
  }
  return { entries, series: seriesCount, singles, occurrences: dated };
}
