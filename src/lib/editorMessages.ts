/**
 * The build's validation messages (English, in src/schemas/) in German, for the web editor: an editor
 * sees the same rule in the editor as the build would report it. src/lib/editorConfig.test.ts fails
 * when a schema gains a message that has no German version here.
 */

/** Exact messages of the schemas. */
const exact: Record<string, string> = {
  'is missing': 'fehlt',
  'is missing: both language versions need the same key, e.g. "zeche-zollern"':
    'fehlt: beide Sprachfassungen brauchen denselben Schlüssel, z. B. „zeche-zollern“',
  'may only contain a–z, 0–9 and single hyphens, e.g. "zeche-zollern"': 'darf nur a–z, 0–9 und einzelne Bindestriche enthalten, z. B. „zeche-zollern“',
  'is too short (at least 3 characters)': 'ist zu kurz (mindestens 3 Zeichen)',
  'is too long (at most 90 characters)': 'ist zu lang (höchstens 90 Zeichen)',
  'is missing: write one or two sentences for teasers and search engines': 'fehlt: ein oder zwei Sätze für Anrisstexte und Suchmaschinen',
  'is too short: write at least 40 characters': 'ist zu kurz: mindestens 40 Zeichen',
  'is too long: keep it under 200 characters so search engines show it whole':
    'ist zu lang: unter 200 Zeichen bleiben, damit Suchmaschinen den Text ganz zeigen',
  'must be a date written as YYYY-MM-DD, for example 2025-10-14': 'muss ein Datum in der Form JJJJ-MM-TT sein, z. B. 2025-10-14',
  'is missing: list where the facts come from': 'fehlt: nennen Sie, woher die Fakten stammen',
  'needs at least one source': 'braucht mindestens eine Quelle',
  'every source needs a title': 'jede Quelle braucht einen Titel',
  'must be a full web address starting with https://': 'muss eine vollständige Webadresse sein, die mit https:// beginnt',
  'must be a local time in quotes, e.g. "2026-04-30 20:00", or a date in quotes, e.g. "2026-04-30"':
    'muss eine Ortszeit wie „2026-04-30 20:00“ oder ein Datum wie „2026-04-30“ sein',
  'must look like "2026-04-30 20:00" (local time in Dortmund) or "2026-04-30" (all day)':
    'muss wie „2026-04-30 20:00“ (Ortszeit in Dortmund) oder „2026-04-30“ (ganztägig) aussehen',
  'street and number are missing': 'Straße und Hausnummer fehlen',
  'postal code is missing (write it in quotes, e.g. "44388")': 'die Postleitzahl fehlt (z. B. „44388“)',
  'must be a Dortmund postal code of five digits starting with 44': 'muss eine Dortmunder Postleitzahl mit fünf Ziffern sein, die mit 44 beginnt',
  'must be an RRULE value in quotes, e.g. "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271218"':
    'muss eine Wiederholungsregel (RRULE) sein, z. B. „FREQ=WEEKLY;BYDAY=SA;UNTIL=20271218“',
  'is missing: describe what the image shows': 'fehlt: beschreiben Sie, was das Bild zeigt',
  'is too short: describe what the image shows': 'ist zu kurz: beschreiben Sie, was das Bild zeigt',
  'is missing: name who made the image': 'fehlt: nennen Sie, wer das Bild gemacht hat',
  'latitude must be a number such as 51.5178': 'die Breite muss eine Zahl sein, z. B. 51.5178',
  'latitude lies south of Dortmund: check the value': 'die Breite liegt südlich von Dortmund: bitte prüfen',
  'latitude lies north of Dortmund: check the value': 'die Breite liegt nördlich von Dortmund: bitte prüfen',
  'longitude must be a number such as 7.3347': 'die Länge muss eine Zahl sein, z. B. 7.3347',
  'longitude lies west of Dortmund: check the value': 'die Länge liegt westlich von Dortmund: bitte prüfen',
  'longitude lies east of Dortmund: check the value': 'die Länge liegt östlich von Dortmund: bitte prüfen',
  'write always: true, or leave it out and give week or seasons': '„immer geöffnet“ ankreuzen oder leer lassen und eine Woche oder Saisons angeben',
  'is missing: write the hours of every day (mon, tue, wed, thu, fri, sat, sun), "closed" where closed':
    'fehlt: die Zeiten jedes Tages angeben (Mo bis So), „closed“ an Schließtagen',
  'must be "closed" or times like "10:00-18:00" (several: "10:00-13:00, 14:00-17:00")':
    'muss „closed“ oder Zeiten wie „10:00-18:00“ sein (mehrere: „10:00-13:00, 14:00-17:00“)',
  'needs at least one season': 'braucht mindestens eine Saison',
  'needs at least one rule': 'braucht mindestens eine Regel',
  'must be 1, 2, 3, 4 or -1 (the last of the month)': 'muss 1, 2, 3, 4 oder -1 (der letzte im Monat) sein',
  'is missing: the hours of that day, like "11:00-17:00"': 'fehlt: die Zeiten dieses Tages, z. B. „11:00-17:00“',
  'must be times like "10:00-18:00" (several: "10:00-13:00, 14:00-17:00")': 'muss Zeiten wie „10:00-18:00“ enthalten (mehrere: „10:00-13:00, 14:00-17:00“)',
  'is missing: name the season, e.g. "Sommer (April bis Oktober)"': 'fehlt: benennen Sie die Saison, z. B. „Sommer (April bis Oktober)“',
  'must be a day of the year written as MM-DD, for example 04-01 for 1 April': 'muss ein Tag im Jahr in der Form MM-TT sein, z. B. 04-01 für den 1. April',
  'must be the minutes before each performance or event at which the venue opens, like 60':
    'muss die Minuten vor jeder Vorstellung oder Veranstaltung sein, zu denen das Haus öffnet, z. B. 60',
  'must be whole minutes, like 60': 'muss ganze Minuten angeben, z. B. 60',
  'must be at least 5 minutes': 'muss mindestens 5 Minuten sein',
  'must be at most 360 minutes (6 hours)': 'darf höchstens 360 Minuten (6 Stunden) sein',
  'must be the full web address of the source (also listed under sources)':
    'muss die vollständige Webadresse der Quelle sein (auch unter Quellen aufgeführt)',
  'is missing: write free: true when entry is free for everyone, else free: false and the prices':
    'fehlt: „Eintritt frei“ ankreuzen, wenn der Eintritt für alle frei ist, sonst die Preise angeben',
  'is missing: who pays this price, e.g. "Erwachsene"': 'fehlt: wer zahlt diesen Preis, z. B. „Erwachsene“',
  'must be the price in euros as a number, e.g. 8 or 4.5': 'muss der Preis in Euro als Zahl sein, z. B. 8 oder 4.5',
  'must be true, false or partly': 'muss ja, nein oder teilweise sein',
  'must be true, false, partly or not-needed': 'muss ja, nein, teilweise oder nicht nötig sein',
  'must be true or false': 'muss ja oder nein sein',
  'must be the full web address of the test report': 'muss die vollständige Webadresse des Prüfberichts sein',
  'needs at least one accessibility fact': 'braucht mindestens eine Angabe zur Barrierefreiheit',
  'is missing: name the nearest stop and its lines': 'fehlt: nennen Sie die nächste Haltestelle und ihre Linien',
  'must be an e-mail address': 'muss eine E-Mail-Adresse sein',
  'must be an MP4 file in public/medien/videos/, e.g. "/medien/videos/portal-erklaert.mp4"':
    'muss eine MP4-Datei in public/medien/videos/ sein, z. B. „/medien/videos/portal-erklaert.mp4“',
  'must be a WebVTT file in public/medien/videos/, e.g. "/medien/videos/portal-erklaert.vtt"':
    'muss eine WebVTT-Datei in public/medien/videos/ sein, z. B. „/medien/videos/portal-erklaert.vtt“',
  'must be the length in seconds, e.g. 95': 'muss die Länge in Sekunden sein, z. B. 95',
  'must be a whole number, e.g. 1': 'muss eine ganze Zahl sein, z. B. 1',
  'must be a number without thousands separators, e.g. 614495': 'muss eine Zahl ohne Tausenderpunkte sein, z. B. 614495',
  'must be a full web address': 'muss eine vollständige Webadresse sein',
  'write it in international form, e.g. "+49 231 50-0"': 'in internationaler Form schreiben, z. B. „+49 231 50-0“',
  'a route needs at least two stops': 'eine Tour braucht mindestens zwei Stationen',
};

/** Messages that list an enumeration: the list stays as it is (the values are what the files hold). */
const rules: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must be one of the 12 Stadtbezirke: (.+)$/, (m) => `muss einer der 12 Stadtbezirke sein: ${m[1]}`],
  [/^must be one of: (.+)$/, (m) => `muss einer dieser Werte sein: ${m[1]}`],
];

/** The German version of a build message, or undefined when there is none yet. */
export function germanMessage(english: string): string | undefined {
  if (exact[english]) return exact[english];
  for (const [pattern, render] of rules) {
    const m = pattern.exec(english);
    if (m) return render(m);
  }
  return undefined;
}

/** German messages for checks that carry no message of their own in the schema. */
export const generic = {
  required: 'fehlt',
  minLength: (n: number) => `ist zu kurz (mindestens ${n} Zeichen)`,
  maxLength: (n: number) => `ist zu lang (höchstens ${n} Zeichen)`,
  pattern: 'hat nicht die verlangte Form',
  url: 'muss eine vollständige Webadresse sein',
  email: 'muss eine E-Mail-Adresse sein',
  minItems: (n: number) => `braucht mindestens ${n} ${n === 1 ? 'Eintrag' : 'Einträge'}`,
};
