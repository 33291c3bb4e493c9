import { describe, expect, it } from 'vitest';
import {
  ALLOW_PRIORITY,
  ALLOW_RULE_IDS,
  BLOCK_PRIORITY,
  BLOCK_RULE_IDS,
  blockingRules,
  blockRules,
  isBlockingRuleId,
  siteRegex,
} from '../../utils/blocking/rules';
import { parseSitePattern, siteMatches } from '../../utils/site-pattern';
import { FakeDnr } from './fakes/dnr';

const PAGE = 'chrome-extension://abcdefghijklmnop/blocked.html';

async function dnrWith(patterns: string[], allowed: string[] = []): Promise<FakeDnr> {
  const dnr = new FakeDnr();
  const rules = blockingRules(
    patterns,
    allowed.map((site) => ({ site })),
    PAGE,
  );
  await dnr.updateDynamicRules({ addRules: rules });
  return dnr;
}

/** Per pattern: URLs that must reach the pause page, and URLs that must load. */
const CASES: { pattern: string; blocked: string[]; open: string[] }[] = [
  {
    pattern: 'youtube.com',
    blocked: [
      'http://youtube.com/',
      'https://youtube.com/',
      'https://youtube.com',
      'https://WWW.YouTube.com/watch?v=abc&t=1',
      'https://m.youtube.com/feed',
      'https://a.b.youtube.com/',
      'https://youtube.com:8443/x',
      'https://youtube.com./',
      'https://user:pw@youtube.com/',
      'https://youtube.com?x=1',
    ],
    open: [
      'https://notyoutube.com/',
      'https://youtube.com.evil.test/',
      'https://youtube.community/',
      'https://youtube.com@evil.test/',
      'https://youtube.com:443@evil.test/',
      'https://evil.test/youtube.com',
      'https://evil.test/?next=https://youtube.com/',
      'https://youtubeXcom/',
      'ftp://youtube.com/',
      'chrome-extension://abcdefghijklmnop/blocked.html#https://youtube.com/',
      `${PAGE}#https://youtube.com/`,
    ],
  },
  {
    pattern: 'news.example.org/live',
    blocked: [
      'https://news.example.org/live',
      'http://news.example.org/live/',
      'https://www.news.example.org/live/today',
      'https://news.example.org:8080/live?x=1#y',
      'https://news.example.org/LIVE/x',
      'https://edition.news.example.org/live?x=1',
      // Read the way servers read them: runs of slashes, `;` parameters.
      'https://news.example.org//live',
      'https://news.example.org///live//today',
      'https://news.example.org/live;jsessionid=1',
    ],
    open: [
      'https://news.example.org/',
      'https://news.example.org/lively',
      'https://news.example.org/other/live',
      'https://news.example.org/?live',
      'https://news.example.org/live%2Fx',
      'https://example.org/live',
      'https://othernews.example.org/live',
    ],
  },
  {
    pattern: 'xn--bcher-kva.de',
    blocked: ['https://xn--bcher-kva.de/', 'https://www.xn--bcher-kva.de/kategorie?seite=2'],
    open: ['https://bcher.de/', 'https://xn--bcher-kva.de.evil.test/'],
  },
  {
    pattern: 'example.org/a+b(c)[d]$e^f|g',
    blocked: ['https://example.org/a+b(c)[d]$e^f|g', 'https://example.org/a+b(c)[d]$e^f|g/h'],
    open: ['https://example.org/aab(c)[d]$e^f|g', 'https://example.org/a+bc'],
  },
  {
    pattern: '127.0.0.1',
    blocked: ['http://127.0.0.1/', 'http://127.0.0.1:3000/app'],
    open: ['http://127.0.0.10/', 'http://127.0.0.1.evil.test/', 'http://127a0b0c1/'],
  },
];

describe('blocking rules, evaluated as the browser would', () => {
  describe.each(CASES)('$pattern', ({ pattern, blocked, open }) => {
    it.each(blocked)('sends %s to the pause page with its full URL', async (url) => {
      const dnr = await dnrWith([pattern]);
      expect(dnr.evaluate(url)).toEqual({
        action: 'redirect',
        ruleId: BLOCK_RULE_IDS.first,
        url: `${PAGE}#${url}`,
      });
      // The rule and the matcher the content side uses agree.
      expect(siteMatches(pattern, url)).toBe(true);
    });

    it.each(open)('lets %s load', async (url) => {
      const dnr = await dnrWith([pattern]);
      expect(dnr.evaluate(url)).toEqual({ action: 'none' });
    });
  });

  it("redirects the tab and its frames (an embed is a side door), not the page's own requests", async () => {
    const dnr = await dnrWith(['youtube.com']);
    expect(dnr.evaluate('https://youtube.com/embed/x', 'sub_frame')).toEqual({
      action: 'redirect',
      ruleId: BLOCK_RULE_IDS.first,
      url: `${PAGE}#https://youtube.com/embed/x`,
    });
    expect(dnr.evaluate('https://youtube.com/api', 'xmlhttprequest')).toEqual({ action: 'none' });
    expect(dnr.evaluate('https://youtube.com/s.js', 'script')).toEqual({ action: 'none' });
  });

  it('lets an allowed site through in frames too', async () => {
    const dnr = await dnrWith(['youtube.com'], ['youtube.com']);
    expect(dnr.evaluate('https://youtube.com/embed/x', 'sub_frame')).toMatchObject({
      action: 'allow',
    });
  });

  it('lets an allowed site through, even under a blocked parent', async () => {
    const dnr = await dnrWith(['reddit.com', 'youtube.com'], ['old.reddit.com', 'youtube.com']);
    expect(dnr.evaluate('https://old.reddit.com/r/x')).toEqual({
      action: 'allow',
      ruleId: ALLOW_RULE_IDS.first,
    });
    expect(dnr.evaluate('https://youtube.com/')).toEqual({
      action: 'allow',
      ruleId: ALLOW_RULE_IDS.first + 1,
    });
    expect(dnr.evaluate('https://www.reddit.com/')).toMatchObject({ action: 'redirect' });
  });
});

describe('blockingRules', () => {
  it('gives each site one rule in the reserved ranges, allowances above redirects', () => {
    const rules = blockingRules(['a.com', 'b.com', 'a.com'], [{ site: 'b.com' }], PAGE);
    expect(rules.map((r) => [r.id, r.priority, r.action.type])).toEqual([
      [BLOCK_RULE_IDS.first, BLOCK_PRIORITY, 'redirect'],
      [BLOCK_RULE_IDS.first + 1, BLOCK_PRIORITY, 'redirect'],
      [ALLOW_RULE_IDS.first, ALLOW_PRIORITY, 'allow'],
    ]);
    expect(ALLOW_PRIORITY).toBeGreaterThan(BLOCK_PRIORITY);
    expect(rules.every((r) => isBlockingRuleId(r.id))).toBe(true);
    expect(rules.every((r) => r.condition.isUrlFilterCaseSensitive === false)).toBe(true);
  });

  it('has nothing to add for no sites', () => {
    expect(blockingRules([], [], PAGE)).toEqual([]);
  });

  it('owns exactly its two ranges', () => {
    expect([999, 1000, 1999, 2000, 2999, 3000].map(isBlockingRuleId)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('refuses more sites than its ID range holds', () => {
    const sites = Array.from({ length: 1001 }, (_, i) => `site${i}.com`);
    expect(() => blockRules(sites, PAGE)).toThrow(RangeError);
  });

  it('escapes backslashes in the page address so they are not read as group references', () => {
    const [rule] = blockRules(['a.com'], 'x-ext://id/a\\1.html');
    expect(rule?.action.redirect?.regexSubstitution).toBe('x-ext://id/a\\\\1.html#\\0');
  });

  it('keeps a site with no path to its host: `;` after the host is no boundary', async () => {
    const dnr = await dnrWith(['youtube.com']);
    expect(dnr.evaluate('https://youtube.com;x.evil.test/')).toEqual({ action: 'none' });
  });

  it('lets each slash stand for a run of them only while the regex stays as small as a full-length pattern', () => {
    const site = (pattern: string) => {
      const parsed = parseSitePattern(pattern);
      if (!parsed.ok) throw new Error(`${pattern} is not a site`);
      return parsed;
    };
    expect(siteRegex(site('a.com/b/c'))).toContain('/+b/+c');
    const crowded = `a.com${'/b'.repeat(33)}`; // 71 characters: one slash to spare
    expect(siteRegex(site(crowded)).match(/\/\+/g)).toHaveLength(1);
  });

  it('writes regexes RE2 accepts and that stay small', () => {
    const longest = `${'a'.repeat(60)}.com/x`.padEnd(72, 'y');
    const host = `${'a'.repeat(60)}.com`;
    expect(parseSitePattern(longest)).toEqual({
      ok: true,
      value: longest,
      host,
      path: longest.slice(host.length),
    });
    const slashes = `a.com${'/b'.repeat(33)}`;
    for (const pattern of ['youtube.com', 'news.example.org/live', '[::1]', longest, slashes]) {
      const site = parseSitePattern(pattern);
      if (!site.ok) throw new Error(`${pattern} is not a site`);
      const regex = siteRegex(site);
      expect(regex).not.toMatch(/\(\?<?[=!]|\\[1-9]/);
      // Measured on Chromium 156: this shape fits up to 78 pattern characters in 2 KB.
      expect(regex.length - pattern.length).toBeLessThan(70);
    }
  });
});
