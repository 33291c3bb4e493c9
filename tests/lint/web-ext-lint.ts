// Runs Mozilla's add-on linter (web-ext lint) on the Firefox build, as the add-ons store does.
// Passes with no errors and no warnings, except those named in web-ext-allowed.json, each
// with its reason. An allowed warning that no longer appears fails too, so the list stays true.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { FIREFOX_BUILD } from '../e2e/harness/paths';

interface Finding {
  code: string;
  message: string;
  file?: string;
  description?: string;
}
interface Allowed {
  code: string;
  /** The file in the build, `*` standing for a content hash. */
  file: string;
  reason: string;
}

const WEB_EXT = fileURLToPath(new URL('../../node_modules/.bin/web-ext', import.meta.url));
const ALLOWED = new URL('./web-ext-allowed.json', import.meta.url);

/** Whether `file` is the build file `pattern` names (`*` matches within one path segment). */
function fileMatches(pattern: string, file: string | undefined): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return file !== undefined && new RegExp(`^${escaped}$`).test(file);
}

async function main(): Promise<number> {
  const allowed = JSON.parse(await readFile(ALLOWED, 'utf8')) as Allowed[];
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(
    WEB_EXT,
    ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout) as { errors: Finding[]; warnings: Finding[] };
  const used = new Set<Allowed>();
  const unexpected = report.warnings.filter((warning) => {
    const entry = allowed.find((a) => a.code === warning.code && fileMatches(a.file, warning.file));
    if (entry) used.add(entry);
    return !entry;
  });
  const stale = allowed.filter((entry) => !used.has(entry));
  const line = (f: Finding) => `  ${f.code} in ${f.file ?? '?'}: ${f.description ?? f.message}`;
  for (const error of report.errors) console.error(`error:${line(error)}`);
  for (const warning of unexpected) console.error(`warning:${line(warning)}`);
  for (const entry of stale)
    console.error(`allowed but not found (remove it): ${entry.code} in ${entry.file}`);
  const failed = report.errors.length + unexpected.length + stale.length;
  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
      `(${report.warnings.length - unexpected.length} allowed in third-party code)`,
  );
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
