// Generates a corpus of statements for the benchmark: varied lengths, 2–6 points, built from the shipped
// statement's sentences so the text is realistic. Written to a folder of the caller's choosing, never committed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = readFileSync(path.join(root, 'content', 'iom-crime-prevention-2019.md'), 'utf8');
const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(seed.replace(/^---[\s\S]*?---/, '').replace(/^[#-].*$/gm, ''))]
  .map((s) => s.segment.replace(/\s+/g, ' ').trim())
  .filter((s) => s.split(' ').length > 8);
const themes = ['institutional', 'projector', 'print'];

/** A small deterministic generator, so two runs build the same corpus. */
function random(seedValue) {
  let state = seedValue >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function writeCorpus(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'content'), { recursive: true });
  const next = random(count);
  const pick = () => sentences[Math.floor(next() * sentences.length)];
  const words = (text, n) =>
    text
      .split(' ')
      .slice(0, n)
      .join(' ')
      .replace(/[,.:;]$/, '');
  // Within the budgets an editor keeps to (2–4 key messages of at most 15 words), and fewer per point in a long
  // statement, as a one-page briefing demands: every generated statement builds.
  const part = (heading, most = 4) => {
    const paragraphs = Array.from({ length: 1 + Math.floor(next() * 3) }, () => Array.from({ length: 2 + Math.floor(next() * 4) }, pick).join(' '));
    const messages = Array.from({ length: 2 + Math.floor(next() * (most - 1)) }, () => `- ${words(pick(), 6 + Math.floor(next() * 6))}`);
    return `${heading}\n\n## ${words(pick(), 4 + Math.floor(next() * 4))}\n\n${messages.join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
  };
  for (let i = 1; i <= count; i++) {
    const points = 2 + Math.floor(next() * 5);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const source = `---
title: Statement ${i} on ${words(pick(), 6)}
event: Session ${1 + (i % 12)} of the Standing Committee
organization: Organization ${1 + (i % 40)}
speaker: Speaker ${i}
role: Representative
venue: Conference Room ${1 + (i % 9)}
date: 2024-${String(1 + (i % 12)).padStart(2, '0')}-${day}
lang: en
theme: ${themes[i % themes.length]}
---

# Salutation

Excellencies, distinguished delegates, ladies and gentlemen,

${part('# Introduction', 3)}
# Points

${Array.from({ length: points }, () => part('', points > 4 ? 2 : 4).trimStart()).join('\n')}
${part('# Conclusion', 3)}
# Closing

I thank you.
`;
    writeFileSync(path.join(dir, 'content', `statement-${String(i).padStart(4, '0')}.md`), source);
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = path.join(root, 'bench', 'corpus'), count = '100'] = process.argv.slice(2);
  writeCorpus(path.resolve(dir), Number(count));
  console.log(`wrote ${count} statements to ${dir}/content`);
}
