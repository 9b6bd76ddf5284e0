/**
 * The only place the importer goes online: one GET with a time limit and a size limit. Used by the
 * import command for sources with a url and by the image download; never by the build, and never by
 * the tests (they read local files, or a server on 127.0.0.1 for the limits themselves).
 */

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Accepted media types (start of Content-Type), e.g. ["image/"]; any when empty. */
  accept?: string[];
}

export type FetchResult = { ok: true; bytes: Uint8Array; contentType: string } | { ok: false; reason: string };

export async function fetchLimited(url: string, limits: FetchLimits, fetchImpl: typeof fetch = fetch): Promise<FetchResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `"${url}" is not a web address` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, reason: `only http and https addresses are fetched, not ${parsed.protocol}` };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), limits.timeoutMs);
  try {
    const response = await fetchImpl(parsed, { signal: controller.signal, redirect: 'follow', headers: { 'user-agent': 'dortmund-portal-event-import/1 (+https://www.dortmund.de/)' } });
    if (!response.ok) return { ok: false, reason: `the server answered ${response.status} ${response.statusText}`.trim() };
    const contentType = response.headers.get('content-type') ?? '';
    if (limits.accept?.length && !limits.accept.some((a) => contentType.toLowerCase().startsWith(a))) {
      return { ok: false, reason: `content type "${contentType}" is not one of ${limits.accept.join(', ')}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > limits.maxBytes) return { ok: false, reason: `${declared} bytes announced, more than the limit of ${limits.maxBytes}` };
    const reader = response.body?.getReader();
    if (!reader) return { ok: false, reason: 'empty answer' };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        return { ok: false, reason: `larger than the limit of ${limits.maxBytes} bytes (stopped at byte ${size})` };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.byteLength;
    }
    return { ok: true, bytes, contentType };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, reason: `no complete answer within ${limits.timeoutMs / 1000} s (timeout)` };
    return { ok: false, reason: `could not be fetched: ${(error as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}
