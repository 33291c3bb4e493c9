import { describe, expect, it } from 'vitest';
import type { Browser } from '../../utils/browser';
import {
  diffRules,
  reconcileRules,
  type DynamicRulesApi,
} from '../../utils/blocking/reconcile-rules';
import { blockingRules, type DnrRule } from '../../utils/blocking/rules';
import { FakeDnr } from './fakes/dnr';

const PAGE = 'chrome-extension://id/blocked.html';
const wanted = (sites: string[], allowed: string[] = []) =>
  blockingRules(
    sites,
    allowed.map((site) => ({ site })),
    PAGE,
  );

/** Someone else's rule, outside the blocking ranges. */
const FOREIGN: DnrRule = {
  id: 7,
  priority: 1,
  condition: { regexFilter: '^https://ads\\.test/', resourceTypes: ['script'] },
  action: { type: 'block' },
};

const byId = (rules: DnrRule[]) => [...rules].sort((a, b) => a.id - b.id);

describe('reconcileRules', () => {
  it('adds every rule to an empty browser in one update', async () => {
    const dnr = new FakeDnr();
    const rules = wanted(['a.com', 'b.com'], ['b.com']);
    await reconcileRules(dnr, rules);
    expect(dnr.updates).toEqual([{ removeRuleIds: [], addRules: rules }]);
    expect(byId(await dnr.getDynamicRules())).toEqual(rules);
  });

  it('replaces a stale set, changing only the rules that differ', async () => {
    const dnr = new FakeDnr(wanted(['a.com', 'b.com', 'c.com'], ['a.com']));
    const rules = wanted(['a.com', 'x.com']);
    const update = await reconcileRules(dnr, rules);
    // 1000 (a.com) is kept; 1001 changes site; 1002 and the allowance go.
    expect(update).toEqual({ removeRuleIds: [1001, 1002, 2000], addRules: [rules[1]] });
    expect(byId(await dnr.getDynamicRules())).toEqual(rules);
  });

  it('never touches a rule outside its range', async () => {
    const dnr = new FakeDnr([FOREIGN, ...wanted(['old.com'])]);
    await reconcileRules(dnr, []);
    expect(await dnr.getDynamicRules()).toEqual([FOREIGN]);
    await reconcileRules(dnr, wanted(['new.com']));
    expect(byId(await dnr.getDynamicRules())).toEqual([FOREIGN, ...wanted(['new.com'])]);
    expect(dnr.updates.flatMap((u) => u.removeRuleIds)).not.toContain(FOREIGN.id);
  });

  it('makes no update the second time', async () => {
    const dnr = new FakeDnr([FOREIGN]);
    const rules = wanted(['a.com', 'news.example.org/live'], ['a.com']);
    expect(await reconcileRules(dnr, rules)).not.toBeNull();
    expect(await reconcileRules(dnr, rules)).toBeNull();
    expect(dnr.updates).toHaveLength(1);
  });

  it('makes no update when there is nothing to block and nothing was', async () => {
    const dnr = new FakeDnr([FOREIGN]);
    expect(await reconcileRules(dnr, [])).toBeNull();
    expect(dnr.updates).toEqual([]);
  });

  it('completes a set that a crash left half-written', async () => {
    const rules = wanted(['a.com', 'b.com', 'c.com', 'd.com'], ['c.com']);
    const dnr = new FakeDnr(rules.slice(0, 2));
    const update = await reconcileRules(dnr, rules);
    expect(update).toEqual({ removeRuleIds: [], addRules: rules.slice(2) });
    expect(byId(await dnr.getDynamicRules())).toEqual(rules);
    expect(await reconcileRules(dnr, rules)).toBeNull();
  });

  it('repairs a rule of ours that was changed behind its back', async () => {
    const rules = wanted(['a.com']);
    const tampered = structuredClone(rules);
    tampered[0]!.condition.resourceTypes = ['main_frame'];
    const dnr = new FakeDnr(tampered);
    expect(await reconcileRules(dnr, rules)).toEqual({ removeRuleIds: [1000], addRules: rules });
  });

  it('refuses to write a rule outside the range, before touching anything', async () => {
    const dnr = new FakeDnr([FOREIGN]);
    await expect(reconcileRules(dnr, [{ ...FOREIGN, priority: 3 }])).rejects.toThrow(RangeError);
    const [rule] = wanted(['a.com']);
    await expect(reconcileRules(dnr, [rule!, rule!])).rejects.toThrow(RangeError);
    expect(dnr.updates).toEqual([]);
  });

  it('takes the browser object itself', () => {
    // Compile-time check: the real API fits the interface reconcile asks for.
    const api: DynamicRulesApi = {} as Browser['declarativeNetRequest'];
    expect(api).toBeDefined();
  });
});

describe('diffRules', () => {
  it('sees rules as equal across key order, null fields and the default priority', () => {
    // Firefox hands rules back with every absent field as null.
    const [rule] = wanted(['a.com']);
    const asFirefoxReturnsIt = {
      action: { type: 'redirect', redirect: { url: null, ...rule!.action.redirect } },
      condition: { urlFilter: null, tabIds: null, ...rule!.condition },
      priority: 1,
      id: rule!.id,
    } as unknown as DnrRule;
    expect(diffRules([asFirefoxReturnsIt], [rule!])).toEqual({ removeRuleIds: [], addRules: [] });
    const { priority: _, ...withoutPriority } = rule!;
    expect(diffRules([withoutPriority], [rule!])).toEqual({ removeRuleIds: [], addRules: [] });
  });
});
