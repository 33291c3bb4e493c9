import {
  MAX_SITE_PATTERN_LENGTH,
  parseSitePattern,
  serverPath,
  type SitePattern,
} from '../site-pattern';

/** The rule actions declarativeNetRequest knows, in Chromium and Firefox. */
export type DnrActionType =
  'block' | 'redirect' | 'allow' | 'upgradeScheme' | 'modifyHeaders' | 'allowAllRequests';

/**
 * The part of a declarativeNetRequest rule this extension reads and writes. Local, so the
 * code depends on neither browser's type package; the browser's own rules fit it.
 */
export interface DnrRule {
  id: number;
  priority?: number;
  condition: {
    regexFilter?: string;
    isUrlFilterCaseSensitive?: boolean;
    resourceTypes?: string[];
  };
  action: { type: DnrActionType; redirect?: { regexSubstitution?: string } };
}

/** A site opened for a while from the pause page; only `site` (a canonical pattern) matters here. */
export interface Allowance {
  site: string;
}

/** Rule IDs reserved for pause-page redirects, one per blocked site. */
export const BLOCK_RULE_IDS = { first: 1000, last: 1999 } as const;
/** Rule IDs reserved for temporary allowances, one per allowed site. */
export const ALLOW_RULE_IDS = { first: 2000, last: 2999 } as const;
/** Priority of redirects to the pause page. */
export const BLOCK_PRIORITY = 1;
/** Priority of allowances: above the redirects, so an allowed site opens. */
export const ALLOW_PRIORITY = 2;

/** Whether a rule ID belongs to blocking (so reconcile may change it). */
export function isBlockingRuleId(id: number): boolean {
  return (
    (id >= BLOCK_RULE_IDS.first && id <= BLOCK_RULE_IDS.last) ||
    (id >= ALLOW_RULE_IDS.first && id <= ALLOW_RULE_IDS.last)
  );
}

/**
 * The regex for every http(s) URL under a site, written for RE2 (no
 * lookarounds) and to stay small: Chromium refuses a rule whose regex compiles past 2 KB.
 * It covers the whole URL so that `\0` in a substitution is the full original address
 * (checked by hand in Chromium 156 and Firefox 153, fragment included).
 */
export function siteRegex({ host, path }: SitePattern): string {
  // The prefix ends at `.` (a subdomain) or `@` (user info), so `notyoutube.com` stays out;
  // the host must end the authority, so `youtube.com.evil.test` stays out; `\.?` catches
  // the `youtube.com.` spelling; a path ends at a segment, `;` parameter, query or fragment.
  const end = path ? '[/?#;]' : '[/?#]';
  return `^https?://(?:[^/?#]*[@.])?${escapeRegex(host)}\\.?(?::\\d+)?${pathRegex(host, path)}(?:${end}.*)?$`;
}

/**
 * A listed path as servers read it (`serverPath`), with each slash standing for a run of them
 * (`//live` is `/live`) while the regex stays within what Chromium compiles: each `/+` costs
 * about one pattern character, and patterns up to `MAX_SITE_PATTERN_LENGTH` are known to fit.
 * Percent-encoded letters would cost several characters each, so the tab check catches those.
 */
function pathRegex(host: string, path: string): string {
  const read = serverPath(path);
  let spare = MAX_SITE_PATTERN_LENGTH - host.length - read.length;
  return escapeRegex(read).replace(/\//g, () => (spare-- > 0 ? '/+' : '/'));
}

/**
 * One redirect rule per site pattern, sending navigations (the tab's and its frames') to the
 * pause page with the original URL after `#`. `pageUrl` is `browser.runtime.getURL('/blocked.html')`.
 */
export function blockRules(patterns: readonly string[], pageUrl: string): DnrRule[] {
  // A backslash would start a group reference in the substitution.
  const target = pageUrl.replace(/\\/g, '\\\\') + '#\\0';
  return sitesIn(patterns, BLOCK_RULE_IDS).map((site, index) => ({
    id: BLOCK_RULE_IDS.first + index,
    priority: BLOCK_PRIORITY,
    condition: siteCondition(site),
    action: { type: 'redirect', redirect: { regexSubstitution: target } },
  }));
}

/** One allow rule per allowed site, outranking the redirects. */
export function allowRules(allowances: readonly Allowance[]): DnrRule[] {
  const sites = allowances.map((allowance) => allowance.site);
  return sitesIn(sites, ALLOW_RULE_IDS).map((site, index) => ({
    id: ALLOW_RULE_IDS.first + index,
    priority: ALLOW_PRIORITY,
    condition: siteCondition(site),
    action: { type: 'allow' },
  }));
}

/** Every blocking rule for the night: redirects for the sites, allowances over them. */
export function blockingRules(
  patterns: readonly string[],
  allowances: readonly Allowance[],
  pageUrl: string,
): DnrRule[] {
  return [...blockRules(patterns, pageUrl), ...allowRules(allowances)];
}

function siteCondition(site: SitePattern): DnrRule['condition'] {
  // Explicit, because Chromium before 118 matched case-sensitively by default.
  return {
    regexFilter: siteRegex(site),
    isUrlFilterCaseSensitive: false,
    // Frames too: a listed site embedded in another page is a side door otherwise. The pause
    // page knows when it is in a frame and shows its small frame view there.
    resourceTypes: ['main_frame', 'sub_frame'],
  };
}

/**
 * The distinct sites among canonical patterns, in order. Settings hold only patterns that
 * parsed; anything else names no site, so no rule is written for it.
 */
function sitesIn(
  patterns: readonly string[],
  range: { first: number; last: number },
): SitePattern[] {
  const sites = new Map<string, SitePattern>();
  for (const pattern of patterns) {
    const parsed = parseSitePattern(pattern);
    if (parsed.ok && !sites.has(parsed.value)) sites.set(parsed.value, parsed);
  }
  if (sites.size > range.last - range.first + 1) {
    throw new RangeError(`${sites.size} sites do not fit rule IDs ${range.first}–${range.last}`);
  }
  return [...sites.values()];
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
