// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SOURCES = ['entrypoints', 'components', 'utils'];
/** WXT's aliases for the project root. */
const ALIASES = ['~~/', '@@/', '~/', '@/'];

/** Every TypeScript file under `dir`, as paths relative to the project root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project file an import specifier names, or null for a package. */
function resolveImport(from: string, specifier: string, exists: (path: string) => boolean) {
  const alias = ALIASES.find((prefix) => specifier.startsWith(prefix));
  if (!alias && !specifier.startsWith('.')) return null;
  const base = alias
    ? specifier.slice(alias.length)
    : relative(ROOT, resolve(ROOT, dirname(from), specifier));
  const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => base + end);
  return candidates.find((path) => /\.tsx?$/.test(path) && exists(path)) ?? null;
}

/** Who imports whom, type-only imports and re-exports included. */
function importGraph(
  files: string[],
  read: (path: string) => string,
  exists: (path: string) => boolean,
): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(read(file), true, true);
      const targets = importedFiles
        .map(({ fileName }) => resolveImport(file, fileName, exists))
        .filter((target): target is string => target !== null);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Each circle in the graph once, as the files around it (`a → b → a`). */
function findCircles(graph: Map<string, string[]>): string[] {
  const circles: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      circles.push([...path.slice(at), file].join(' → '));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return circles;
}

describe('imports', () => {
  const files = SOURCES.flatMap(sourceFiles);
  const graph = importGraph(
    files,
    (path) => readFileSync(join(ROOT, path), 'utf8'),
    (path) => existsSync(join(ROOT, path)),
  );

  it('form no circle in entrypoints/, components/ and utils/, type-only imports included', () => {
    // The scan sees the project as it is: every file, and the imports between them.
    expect(files.length).toBeGreaterThan(80);
    expect(graph.get('utils/background/features.ts')).toContain('utils/background/badge.ts');
    expect(findCircles(graph)).toEqual([]);
  });

  it('a circle made of type-only imports is found', () => {
    const sources: Record<string, string> = {
      'utils/a.ts': "import type { B } from './b';\nexport type A = B[];",
      'utils/b.tsx': "import { c } from '@/utils/c';\nexport type B = string;",
      'utils/c.ts': "export type { A } from './a';\nexport const c = 1;",
      'utils/d.ts': "import { c } from './c';\nimport x from 'preact';",
    };
    const fake = importGraph(
      Object.keys(sources),
      (path) => sources[path]!,
      (path) => path in sources,
    );
    expect(findCircles(fake)).toEqual(['utils/a.ts → utils/b.tsx → utils/c.ts → utils/a.ts']);
  });
});
