/**
 * The places as open data: one record per place of a language with its position, opening hours,
 * admission and access facts (with their "Stand" and source) and the needs they meet. The GeoJSON file
 * carries the places that have coordinates, the CSV file all of them.
 */
import { stringify } from 'csv-stringify/sync';
import type { AccessNeed, Locale } from '../schemas/enums';
import type { Access } from '../schemas/placeFacts';
import { entriesIn, pathOf } from './entries';
import { needsOf } from './needs';
import { buildTime } from './buildTime';
import { plainHours, type PlainHours } from './openingHours';
import { isoDate } from './format';

/** Access facts as they are published: dates as ISO days, unknown facts as null. */
export interface AccessRecord {
  stepFree: boolean | 'partly' | null;
  lift: boolean | 'partly' | 'not-needed' | null;
  toilet: boolean | null;
  parking: boolean | null;
  hearingLoop: boolean | null;
  tactile: boolean | null;
  signLanguage: boolean | null;
  easyLanguage: boolean | null;
  certificate: { full: AccessNeed[]; partly: AccessNeed[]; validUntil: string; report: string } | null;
  asOf: string;
  source: string;
}

export interface PlaceRecord {
  key: string;
  name: string;
  kind: string;
  district: string;
  street: string;
  postalCode: string;
  locality: string;
  lat: number | null;
  lon: number | null;
  url: string;
  website: string | null;
  hours: PlainHours | null;
  admission: { free: boolean; prices: { label: string; eur: number }[]; reductions: string | null; freeEntry: string | null; note: string | null; asOf: string; source: string } | null;
  access: AccessRecord | null;
  /** Needs met by the sourced facts (src/lib/needs.ts) on the day the file was built. */
  needs: AccessNeed[];
}

export function accessRecord(a: Access | undefined): AccessRecord | null {
  if (!a) return null;
  return {
    stepFree: a.stepFree ?? null,
    lift: a.lift ?? null,
    toilet: a.toilet ?? null,
    parking: a.parking ?? null,
    hearingLoop: a.hearingLoop ?? null,
    tactile: a.tactile ?? null,
    signLanguage: a.signLanguage ?? null,
    easyLanguage: a.easyLanguage ?? null,
    certificate: a.certificate ? { full: a.certificate.full, partly: a.certificate.partly, validUntil: isoDate(a.certificate.validUntil), report: a.certificate.report } : null,
    asOf: isoDate(a.asOf),
    source: a.source,
  };
}

/** Every place of a language, alphabetically, as open-data records. */
export async function placeRecords(locale: Locale, site: URL): Promise<PlaceRecord[]> {
  const today = isoDate(buildTime());
  return (await entriesIn('places', locale))
    .map((p) => {
      const d = p.data;
      const a = d.admission;
      return {
        key: d.key,
        name: d.title,
        kind: d.kind,
        district: d.district,
        street: d.address.street,
        postalCode: d.address.postalCode,
        locality: d.address.locality,
        lat: d.coordinates?.lat ?? null,
        lon: d.coordinates?.lon ?? null,
        url: new URL(pathOf('places', p), site).href,
        website: d.website ?? null,
        hours: d.hours ? plainHours(d.hours) : null,
        admission: a ? { free: a.free, prices: a.prices ?? [], reductions: a.reductions ?? null, freeEntry: a.freeEntry ?? null, note: a.note ?? null, asOf: isoDate(a.asOf), source: a.source } : null,
        access: accessRecord(d.access),
        needs: needsOf(d.access, today),
      };
    })
    .sort((x, y) => x.name.localeCompare(y.name, locale));
}

const yesNo = (v: boolean | string | null) => (v === null ? '' : v === true ? 'yes' : v === false ? 'no' : v);

/**
 * The places as CSV (RFC 4180, UTF-8, header row): one row per place, access facts as yes, no, partly
 * or not-needed (empty where the source says nothing), needs separated by spaces. Opening hours are
 * too rich for a cell; they are in the GeoJSON file.
 */
export function placesCsv(records: PlaceRecord[]): string {
  return stringify(
    records.map((r) => ({
      key: r.key,
      name: r.name,
      kind: r.kind,
      district: r.district,
      street: r.street,
      postal_code: r.postalCode,
      locality: r.locality,
      lat: r.lat ?? '',
      lon: r.lon ?? '',
      url: r.url,
      website: r.website ?? '',
      free_admission: r.admission ? yesNo(r.admission.free) : '',
      prices: r.admission?.prices.map((p) => `${p.label}: ${p.eur}`).join('; ') ?? '',
      needs: r.needs.join(' '),
      step_free: yesNo(r.access?.stepFree ?? null),
      lift: yesNo(r.access?.lift ?? null),
      accessible_toilet: yesNo(r.access?.toilet ?? null),
      accessible_parking: yesNo(r.access?.parking ?? null),
      hearing_loop: yesNo(r.access?.hearingLoop ?? null),
      tactile_offers: yesNo(r.access?.tactile ?? null),
      sign_language: yesNo(r.access?.signLanguage ?? null),
      easy_language: yesNo(r.access?.easyLanguage ?? null),
      certificate_full: r.access?.certificate?.full.join(' ') ?? '',
      certificate_partly: r.access?.certificate?.partly.join(' ') ?? '',
      certificate_valid_until: r.access?.certificate?.validUntil ?? '',
      certificate_report: r.access?.certificate?.report ?? '',
      access_as_of: r.access?.asOf ?? '',
      access_source: r.access?.source ?? '',
    })),
    {
      header: true,
      columns: [
        'key', 'name', 'kind', 'district', 'street', 'postal_code', 'locality', 'lat', 'lon', 'url', 'website', 'free_admission', 'prices', 'needs',
        'step_free', 'lift', 'accessible_toilet', 'accessible_parking', 'hearing_loop', 'tactile_offers', 'sign_language', 'easy_language',
        'certificate_full', 'certificate_partly', 'certificate_valid_until', 'certificate_report', 'access_as_of', 'access_source',
      ],
    },
  );
}
