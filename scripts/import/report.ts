/**
 * Reports of an import run: the JSON object of the dry run (created, updated, unchanged, flagged,
 * rejected) and the Markdown review report for the editors (doc/editing.md, "Importierte Termine prüfen").
 */
import type { Plan, ReportItem } from './plan';

export function jsonReport(plan: Plan) {
  return {
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.unchanged,
    flagged: plan.flagged,
    rejected: plan.rejected,
  };
}

const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

function list(items: ReportItem[], detail: (i: ReportItem) => string | undefined): string {
  if (!items.length) return '_keine_\n';
  return (
    items
      .map((i) => {
        const d = detail(i);
        return `- **${esc(i.title || '(ohne Titel)')}**${i.start ? ` – ${i.start}${i.allDay ? ' (ganztägig)' : ''}` : ''} (Quelle: ${esc(i.source)}${i.key ? `, Eintrag \`${i.key}\`` : ''}${i.position ? `, ${esc(i.position)}` : ''})${d ? `  \n  ${esc(d)}` : ''}`;
      })
      .join('\n') + '\n'
  );
}

/** The review report in Markdown (German, for the office's editors). */
export function markdownReport(plan: Plan, meta: { today: string; sources: string[]; dryRun: boolean }): string {
  const counts = `${plan.created.length} neu, ${plan.updated.length} geändert, ${plan.unchanged.length} unverändert, ${plan.flagged.length} zu prüfen, ${plan.rejected.length} abgelehnt`;
  return [
    `# Import von Veranstaltungen – Prüfbericht ${meta.today}`,
    '',
    `Quellen: ${meta.sources.join(', ') || '–'}${meta.dryRun ? ' (Probelauf: nichts wurde geschrieben)' : ''}.`,
    '',
    `**${counts}.**`,
    '',
    'Neue und geänderte Einträge haben `review: pending` und erscheinen erst auf der Website, wenn eine Redakteurin oder ein Redakteur sie auf `review: approved` setzt (doc/editing.md).',
    '',
    '## Neu',
    list(plan.created, () => undefined),
    '## Geändert',
    list(plan.updated, (i) => (i.fields?.length ? `geänderte Felder: ${i.fields.join(', ')}` : undefined)),
    '## Abgesagt',
    list(plan.review.cancelled, (i) => i.reason),
    '## Aus dem Feed verschwunden',
    list(plan.review.vanished, (i) => i.reason),
    '## Doppelt',
    list(plan.review.duplicated, (i) => i.reason),
    '## Abgelehnt',
    list(plan.rejected, (i) => i.reason),
    '## Orte ohne Zuordnung',
    list(plan.review.unmatchedVenues, (i) => (i.reason ? `Ort im Feed: ${i.reason}` : undefined)),
    '## Übersetzung fehlt',
    list(plan.review.untranslated, (i) => i.reason),
    '## Weitere Hinweise',
    list(
      plan.flagged.filter((f) => !plan.review.vanished.includes(f)),
      (i) => i.reason,
    ),
  ].join('\n');
}
