/**
 * The README is the package's page on the registry, where relative links lead nowhere: every link
 * and image is absolute, the links into the project's repository name files that exist, and the
 * README opens with the command CI runs exactly as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Every link target of a Markdown text: inline links and images, reference definitions, HTML attributes. */
function linkTargets(text: string): string[] {
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!);
  const references = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!);
  const html = [...text.matchAll(/\b(?:src|href|srcset)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!);
  return [...inline, ...references, ...html];
}

/** The repository path a link into the project's repository names (`blob/main/…`, raw files). */
function repositoryPath(url: string): string | undefined {
  const match =
    /^https:\/\/github\.com\/clean-station\/clean-station\/(?:blob|raw|tree)\/main\/([^#?]+)/.exec(url) ??
    /^https:\/\/raw\.githubusercontent\.com\/clean-station\/clean-station\/(?:refs\/heads\/)?main\/([^#?]+)/.exec(url);
  return match?.[1];
}

describe('the README as the registry shows it', () => {
  it('finds the links, images and references a Markdown text can hold', () => {
    const sample =
      '[a](docs/a.md) ![b](img.png "t")\n[c]: ../c.md\n[d]: <https://x.org/d>\n<img src="e.png"> <a href=\'#f\'>';
    expect(linkTargets(sample)).toEqual(['docs/a.md', 'img.png', '../c.md', 'https://x.org/d', 'e.png', '#f']);
  });

  it('has no relative link or image', () => {
    const targets = linkTargets(README);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((target) => !/^(?:https:|mailto:|#)/.test(target))).toEqual([]);
  });

  it("links only to files that exist in the project's repository", () => {
    const paths = linkTargets(README).flatMap((target) => repositoryPath(target) ?? []);
    expect(paths).toContain('docs/images/report.png');
    expect(paths.filter((path) => !existsSync(join(ROOT, decodeURIComponent(path))))).toEqual([]);
  });

  it('shows its screenshot from the raw file, which the registry can display', () => {
    const images = [...README.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(/^https:\/\/raw\.githubusercontent\.com\//);
  });

  it('opens with the two commands, and CI runs the first exactly as written', () => {
    const blocks = [...README.matchAll(/```sh\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    expect(README.startsWith(`# clean-station\n\n\`\`\`sh\n${blocks[0]}\n\`\`\`\n\n\`\`\`sh\nnpm test\n\`\`\`\n`)).toBe(
      true,
    );
    expect(blocks[0]).toBe('npm ci && npm run build && npx clean-station evaluate examples/station-with-lapses.json');
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8').split('\n');
    expect(ci).toContain(blocks[0]);
  });
});
