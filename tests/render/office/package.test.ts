// deck.pptx and briefing.docx as packages Office opens: every part has a content type, every relationship points at
// a part that is there. LibreOffice forgives both; Word and PowerPoint refuse a file that breaks either.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOutputs, type BuiltOutputs } from '../../helpers/outputs.js';
import { fixtureProject, type TestProject } from '../../helpers/project.js';
import { bytesOf, unzip, type Zip } from './read.js';

let project: TestProject;
let built: BuiltOutputs;
beforeAll(async () => {
  // Statements with an SVG logo and a PNG one: the packages with the most kinds of part.
  project = fixtureProject('logo');
  built = await buildOutputs(project);
});
afterAll(() => project.remove());

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));

/** `rels` for `_rels/.rels` too, which path.extname takes for a name without one. */
const extensionOf = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/** Each part's content type, as [Content_Types].xml gives it: by an override for its name, or by its extension. */
function contentTypes(zip: Zip): Map<string, string | undefined> {
  const types = zip.get('[Content_Types].xml') ?? '';
  const defaults = new Map([...types.matchAll(/<Default [^>]*>/g)].map(([tag]) => attributes(tag)).map((d) => [d.Extension!.toLowerCase(), d.ContentType]));
  const overrides = new Map([...types.matchAll(/<Override [^>]*>/g)].map(([tag]) => attributes(tag)).map((o) => [o.PartName!, o.ContentType]));
  const parts = [...zip.keys()].filter((name) => name !== '[Content_Types].xml');
  return new Map(parts.map((name) => [name, overrides.get(`/${name}`) ?? defaults.get(extensionOf(name))]));
}

/** Every internal relationship's target, resolved to a part name, with the .rels part that names it. */
function relationshipTargets(zip: Zip): { rels: string; target: string }[] {
  return [...zip.keys()]
    .filter((name) => name.endsWith('.rels'))
    .flatMap((rels) => {
      // `word/_rels/document.xml.rels` speaks for `word/document.xml`: its targets are relative to `word/`.
      const base = path.posix.dirname(path.posix.dirname(rels));
      return [...zip.get(rels)!.matchAll(/<Relationship [^>]*>/g)]
        .map(([tag]) => attributes(tag))
        .filter((relationship) => relationship.TargetMode !== 'External')
        .map((relationship) => ({
          rels,
          target: path.posix.normalize(relationship.Target!.startsWith('/') ? relationship.Target!.slice(1) : path.posix.join(base, relationship.Target!)),
        }));
    });
}

describe.each(['with-logo', 'theme-logo'])('%s', (slug) => {
  describe.each(['deck.pptx', 'briefing.docx'])('%s', (file) => {
    const zip = () => unzip(bytesOf(built, `${slug}/${file}`));

    test('gives every part a content type', () => {
      const untyped = [...contentTypes(zip())].filter(([, type]) => !type).map(([name]) => name);
      expect(untyped).toEqual([]);
    });

    test('points every relationship at a part in the package', () => {
      const parts = new Set(zip().keys());
      const dangling = relationshipTargets(zip()).filter(({ target }) => !parts.has(target));
      expect(dangling).toEqual([]);
    });
  });
});
