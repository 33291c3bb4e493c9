import { isBlockingRuleId, type DnrRule } from './rules';

/** The two dynamic-rule calls reconcile needs; `browser.declarativeNetRequest` fits it. */
export interface DynamicRulesApi {
  getDynamicRules(): Promise<DnrRule[]>;
  updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: DnrRule[] }): Promise<void>;
}

/** One atomic change to the dynamic rules: removals happen before additions. */
export interface RuleUpdate {
  removeRuleIds: number[];
  addRules: DnrRule[];
}

/**
 * The change that turns `current` into `wanted` within the IDs `owns` accepts: owned rules
 * that are unwanted or differ are removed, and missing or differing ones added. Rules outside
 * the range are left out of the change entirely.
 */
export function diffRules(
  current: readonly DnrRule[],
  wanted: readonly DnrRule[],
  owns: (id: number) => boolean = isBlockingRuleId,
): RuleUpdate {
  const wantedIds = new Set<number>();
  for (const rule of wanted) {
    // A wanted rule outside the range would overwrite someone else's rule.
    if (!owns(rule.id) || wantedIds.has(rule.id))
      throw new RangeError(`Rule ID ${rule.id} is not ours to set`);
    wantedIds.add(rule.id);
  }
  const have = new Map(current.filter((rule) => owns(rule.id)).map((rule) => [rule.id, rule]));
  const addRules = wanted.filter((rule) => {
    const existing = have.get(rule.id);
    return !existing || !sameRule(existing, rule);
  });
  const changed = new Set(addRules.map((rule) => rule.id));
  const removeRuleIds = [...have.keys()]
    .filter((id) => !wantedIds.has(id) || changed.has(id))
    .sort((a, b) => a - b);
  return { removeRuleIds, addRules };
}

/**
 * Makes our dynamic rules equal to `wanted` in at most one `updateDynamicRules` call, and in
 * none when they already are. Reads the browser's rules each time, so it repairs whatever a
 * crash, an update or an earlier version left behind. Returns the change made, or null.
 */
export async function reconcileRules(
  dnr: DynamicRulesApi,
  wanted: readonly DnrRule[],
  owns: (id: number) => boolean = isBlockingRuleId,
): Promise<RuleUpdate | null> {
  const update = diffRules(await dnr.getDynamicRules(), wanted, owns);
  if (update.removeRuleIds.length === 0 && update.addRules.length === 0) return null;
  await dnr.updateDynamicRules(update);
  return update;
}

/** Equal rules, ignoring key order, absent versus null fields and the default priority. */
function sameRule(a: DnrRule, b: DnrRule): boolean {
  const normal = (rule: DnrRule) => canonicalJson({ ...rule, priority: rule.priority ?? 1 });
  return normal(a) === normal(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
