/**
 * The accessibility feedback form composes a message in the visitor's browser; nothing is sent by
 * the page itself. The visitor sends it by post (always possible), or by e-mail once the office has
 * published an address for it (`email` in content/contacts/stadt-dortmund-pressestelle.yaml).
 */

export interface FeedbackFields {
  /** Address of the page with the barrier, as the visitor wrote it. */
  page: string;
  /** What went wrong: the only required field. */
  problem: string;
  /** Assistive technology, browser, device. */
  tools: string;
  /** How the office can answer: e-mail, phone or postal address. */
  reply: string;
}

export interface FeedbackLabels {
  subject: string;
  greeting: string;
  intro: string;
  page: string;
  problem: string;
  tools: string;
  reply: string;
  closing: string;
}

export interface Recipient {
  lines: string[];
  email?: string;
}

/** Parameter that a link to the form can carry to prefill the page field: ?seite=/erleben/ */
export const pageParam = 'seite';

/** The page the visitor came from, if it is a page of this portal (no other hosts, no schemes). */
export function pageFromQuery(search: string, origin: string): string {
  const value = new URLSearchParams(search).get(pageParam) ?? '';
  if (!value.startsWith('/') || value.startsWith('//')) return '';
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? url.href : '';
  } catch {
    return '';
  }
}

/** Fields with surrounding white space removed; the problem is missing when it is empty. */
export function checkFeedback(fields: FeedbackFields): { fields: FeedbackFields; missing: (keyof FeedbackFields)[] } {
  const trimmed = {
    page: fields.page.trim(),
    problem: fields.problem.trim(),
    tools: fields.tools.trim(),
    reply: fields.reply.trim(),
  };
  return { fields: trimmed, missing: trimmed.problem ? [] : ['problem'] };
}

/** The letter as plain text: recipient, subject, greeting, the visitor's answers, closing. */
export function composeFeedback(fields: FeedbackFields, labels: FeedbackLabels, recipient: Recipient): { subject: string; text: string; mailto?: string } {
  const { fields: f } = checkFeedback(fields);
  const parts = [
    recipient.lines.join('\n'),
    labels.subject,
    labels.greeting,
    labels.intro,
    ...(f.page ? [`${labels.page}:\n${f.page}`] : []),
    `${labels.problem}:\n${f.problem}`,
    ...(f.tools ? [`${labels.tools}:\n${f.tools}`] : []),
    ...(f.reply ? [`${labels.reply}:\n${f.reply}`] : []),
    labels.closing,
  ];
  const text = parts.join('\n\n');
  // Mail programs get the message without the postal address block.
  const mailBody = parts.slice(2).join('\n\n');
  const mailto = recipient.email
    ? `mailto:${recipient.email}?subject=${encodeURIComponent(labels.subject)}&body=${encodeURIComponent(mailBody)}`
    : undefined;
  return { subject: labels.subject, text, mailto };
}
