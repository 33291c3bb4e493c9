/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (each exports `run(): Promise<string[]>`)
 * against the built extension and prints all their result lines together, last.
 * Benchmarks measure; they never fail a build. Targets are in the README.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
const lines: string[] = [];
for (const file of files) {
  const { run } = (await import(`./${file}`)) as { run: () => Promise<string[]> };
  console.error(`bench: ${file}`);
  lines.push(...(await run()));
}
console.log(lines.join('\n'));
