import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBytes, formatDuration, publicFileBytes } from './videoFiles';

describe('self-hosted video facts', () => {
  it('reads the size of a file below public/ and names file and field when it is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'video-'));
    mkdirSync(join(dir, 'medien/videos'), { recursive: true });
    writeFileSync(join(dir, 'medien/videos/a.mp4'), Buffer.alloc(2_345_678));
    expect(publicFileBytes('/medien/videos/a.mp4', 'videos[0].file', 'content/pages/de/x.md', dir)).toBe(2_345_678);
    expect(() => publicFileBytes('/medien/videos/b.mp4', 'videos[0].file', 'content/pages/de/x.md', dir)).toThrow(
      'content/pages/de/x.md: videos[0].file: the file public/medien/videos/b.mp4 does not exist',
    );
  });

  it('writes size and length for people, in each language', () => {
    expect(formatBytes('de', 2_345_678)).toBe('2,3 MB');
    expect(formatBytes('en', 2_345_678)).toBe('2.3 MB');
    expect(formatBytes('de', 4_200)).toBe('4 KB');
    expect(formatDuration('de', 125)).toBe('2:05 Minuten');
    expect(formatDuration('en', 45)).toBe('45 seconds');
  });
});
