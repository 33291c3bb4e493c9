import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page as PlaywrightPage } from 'playwright-core';

const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));

/** axe-core's source, to evaluate in a page before `seriousViolations`. */
export function axeSource(): Promise<string> {
  return readFile(AXE, 'utf8');
}

/** axe's serious and critical findings on the page (axe already injected), in words. */
export async function seriousViolations(page: PlaywrightPage): Promise<string[]> {
  return page.evaluate(async () => {
    type Result = {
      violations: Array<{
        id: string;
        impact: string;
        nodes: Array<{ target: unknown; failureSummary?: string }>;
      }>;
    };
    const axe = (globalThis as unknown as { axe: { run(): Promise<Result> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`),
      );
  });
}
