/**
 * Which access needs a place meets, derived only from its sourced access facts (`access` in the
 * entry). A need is met when a valid "Reisen für Alle" certificate rates the place fully accessible for
 * it, or when the facts listed here are all confirmed (true) by the source. An unknown fact never
 * counts: nothing is called accessible without a source.
 *
 * - wheelchair: step-free entrance, lift (or everything on one level) and a wheelchair-accessible toilet
 * - walking:    step-free entrance and lift (or one level)
 * - seeing:     tactile or audio offers for blind and partially sighted visitors
 * - hearing:    an induction loop or offers in German Sign Language
 * - learning:   offers in Leichte Sprache or picture guides
 */
import { accessNeeds, type AccessNeed } from '../schemas/enums';
import type { Access } from '../schemas/placeFacts';

/** Whether the certificate is still valid on a day (ISO "YYYY-MM-DD"; valid through its last day). */
export function certificateValid(access: Pick<Access, 'certificate'>, day: string): boolean {
  return !!access.certificate && access.certificate.validUntil.toISOString().slice(0, 10) >= day;
}

const byFacts: Record<AccessNeed, (a: Access) => boolean> = {
  walking: (a) => a.stepFree === true && (a.lift === true || a.lift === 'not-needed'),
  wheelchair: (a) => byFacts.walking(a) && a.toilet === true,
  seeing: (a) => a.tactile === true,
  hearing: (a) => a.hearingLoop === true || a.signLanguage === true,
  learning: (a) => a.easyLanguage === true,
};

/** The needs a place meets on a day, in the order of `accessNeeds`; none without access facts. */
export function needsOf(access: Access | undefined, day: string): AccessNeed[] {
  if (!access) return [];
  const certified = certificateValid(access, day) ? access.certificate!.full : [];
  return accessNeeds.filter((need) => certified.includes(need) || byFacts[need](access));
}
