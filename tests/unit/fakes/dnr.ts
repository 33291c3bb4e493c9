import type { DnrActionType, DnrRule } from '../../../utils/blocking/rules';
import type { DynamicRulesApi } from '../../../utils/blocking/reconcile-rules';

/** What the fake browser does with a request: the winning rule, and where a redirect goes. */
export type DnrOutcome =
  | { action: 'none' }
  | { action: Exclude<DnrActionType, 'redirect'>; ruleId: number }
  | { action: 'redirect'; ruleId: number; url: string };

/** Order among actions of equal priority, as Chromium documents it (first wins). */
const ACTION_ORDER: DnrActionType[] = [
  'allow',
  'allowAllRequests',
  'block',
  'upgradeScheme',
  'redirect',
  'modifyHeaders',
];

/** Syntax RE2 refuses and JavaScript accepts: lookarounds and backreferences. */
const NOT_RE2 = /\(\?<?[=!]|\\[1-9]|\\k</;

/**
 * An in-memory stand-in for `declarativeNetRequest`'s dynamic rules, strict where the browser
 * is (duplicate IDs, non-RE2 regexes) and able to say what a URL would do, so tests exercise
 * the regexes themselves. Every rule going in or out is a copy, as across the real API.
 */
export class FakeDnr implements DynamicRulesApi {
  /** Every successful `updateDynamicRules` call, in order. */
  readonly updates: { removeRuleIds: number[]; addRules: DnrRule[] }[] = [];
  private rules = new Map<number, DnrRule>();

  constructor(initial: DnrRule[] = []) {
    for (const rule of initial) this.rules.set(rule.id, structuredClone(rule));
  }

  async getDynamicRules(): Promise<DnrRule[]> {
    return [...this.rules.values()].map((rule) => structuredClone(rule));
  }

  async updateDynamicRules(options: {
    removeRuleIds?: number[];
    addRules?: DnrRule[];
  }): Promise<void> {
    const removeRuleIds = options.removeRuleIds ?? [];
    const addRules = options.addRules ?? [];
    const next = new Map(this.rules);
    for (const id of removeRuleIds) next.delete(id);
    for (const rule of addRules) {
      // All or nothing, like the browser: one bad rule rejects the whole update.
      const problem = validate(rule, next);
      if (problem) throw new Error(`Rule with id ${rule.id} ${problem}`);
      next.set(rule.id, structuredClone(rule));
    }
    this.rules = next;
    this.updates.push(structuredClone({ removeRuleIds, addRules }));
  }

  /** What a request of `resourceType` to `url` would meet: highest priority, then action order. */
  evaluate(url: string, resourceType = 'main_frame'): DnrOutcome {
    const hits = [...this.rules.values()]
      .map((rule) => ({ rule, match: matchRule(rule, url, resourceType) }))
      .filter((hit): hit is { rule: DnrRule; match: RegExpExecArray } => hit.match !== null)
      .sort(
        (a, b) =>
          (b.rule.priority ?? 1) - (a.rule.priority ?? 1) ||
          ACTION_ORDER.indexOf(a.rule.action.type) - ACTION_ORDER.indexOf(b.rule.action.type),
      );
    const winner = hits[0];
    if (!winner) return { action: 'none' };
    const { rule, match } = winner;
    if (rule.action.type !== 'redirect') return { action: rule.action.type, ruleId: rule.id };
    return { action: 'redirect', ruleId: rule.id, url: substitute(url, match, rule) };
  }
}

function validate(rule: DnrRule, rules: Map<number, DnrRule>): string | null {
  if (!Number.isInteger(rule.id) || rule.id < 1) return 'has an invalid id';
  if (rules.has(rule.id)) return 'does not have a unique ID';
  const regex = rule.condition.regexFilter;
  if (regex !== undefined) {
    if (NOT_RE2.test(regex)) return 'has a regexFilter that RE2 cannot compile';
    try {
      new RegExp(regex);
    } catch {
      return 'has an invalid regexFilter';
    }
  }
  const redirect = rule.action.redirect;
  if (rule.action.type === 'redirect' && !redirect) return 'is a redirect with no target';
  if (redirect?.regexSubstitution !== undefined && regex === undefined) {
    return 'has a regexSubstitution without a regexFilter';
  }
  return null;
}

function matchRule(rule: DnrRule, url: string, resourceType: string): RegExpExecArray | null {
  const { regexFilter, resourceTypes, isUrlFilterCaseSensitive } = rule.condition;
  if (resourceTypes && !resourceTypes.includes(resourceType)) return null;
  // The fake only knows regex conditions; a rule without one matches nothing rather than everything.
  if (regexFilter === undefined) return null;
  return new RegExp(regexFilter, isUrlFilterCaseSensitive ? '' : 'i').exec(url);
}

/** The browsers replace the first match in the URL with the substitution (`\0`–`\9`, `\\`). */
function substitute(url: string, match: RegExpExecArray, rule: DnrRule): string {
  const pattern = rule.action.redirect?.regexSubstitution ?? '';
  const replacement = pattern.replace(/\\(\d|\\)/g, (_, ref: string) =>
    ref === '\\' ? '\\' : (match[Number(ref)] ?? ''),
  );
  return url.slice(0, match.index) + replacement + url.slice(match.index + match[0].length);
}
