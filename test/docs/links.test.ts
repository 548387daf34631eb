import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('docs', 'api') ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The relative link targets of a Markdown text (no URLs, no anchors). */
function relativeLinks(text: string): string[] {
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  return links.filter((link) => !/^[a-z]+:/.test(link) && !link.startsWith('#')).map((link) => link.split('#')[0]!);
}

const files = ['README.md', 'CHANGELOG.md', ...markdownFiles('docs')];

describe('links between the documents', () => {
  it.each(files)('every relative link in %s points to a file that exists', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const broken = relativeLinks(text).filter((link) => !existsSync(join(ROOT, dirname(file), link)));
    expect(broken.map((link) => relative(ROOT, join(ROOT, dirname(file), link)))).toEqual([]);
  });
});
