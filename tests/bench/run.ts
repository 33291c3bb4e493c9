/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (each exports `run(): Promise<string[]>`)
 * against the built extension and prints all their result lines together, last.
 * Benchmarks measure; they never fail a build. Targets are in the README.
 *
 * `node --import tsx tests/bench/run.ts clock` runs only the files whose names start with
 * `clock` (what `npm run bench:clock` does, with fewer loads through `QH_BENCH_SCALE`).
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2] ?? '';
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts') && f.startsWith(only))
  .sort();
const lines: string[] = [];
for (const file of files) {
  const { run } = (await import(`./${file}`)) as { run: () => Promise<string[]> };
  console.error(`bench: ${file}`);
  lines.push(...(await run()));
}
console.log(lines.join('\n'));
