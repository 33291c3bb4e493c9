import { describe, expect, it } from 'vitest';
import { previewFilter } from '../../components/options/EffectsFields';
import { BASE_CSS, effectCss, exactCss } from '../../utils/dimming/css';
import { DIM_NAMES } from '../../utils/dimming/names';
import { strengthsNow } from '../../utils/dimming/strength';
import type { Effects } from '../../utils/settings/schema';

/**
 * The filter a page's root ends up with under `css`, found the way the browser finds it: the
 * root's `filter` names the composed property, whose `var(--…, fallback)` pieces take the value
 * the effect rules set, or their fallback (the property names are this build's `DIM_NAMES`).
 */
function resolvedRootFilter(css: string): string {
  const props = new Map<string, string>();
  for (const [, name, value] of css.matchAll(/(--[a-z]+):([^!;{}]+)!important/g))
    props.set(name!, value!);
  expect(css).toContain(`html{${DIM_NAMES.filter}:`);
  expect(css).toContain(`filter:var(${DIM_NAMES.filter})!important`);
  const composed = props.get(DIM_NAMES.filter) ?? '';
  const piece = /var\((--[a-z]+),((?:[^()]|\([^()]*\))*)\)/g;
  return composed.replace(
    piece,
    (_, name: string, fallback: string) => props.get(name) ?? fallback,
  );
}

const fullNight = (effects: Effects) =>
  strengthsNow({
    phase: 'on',
    level: 1,
    effects,
    clockHiding: false,
    neverTouch: [],
    undimmed: [],
    zone: '',
  });

describe('the options preview swatch', () => {
  it.each<Effects>([
    { dim: 30, warmth: 40, grayscale: 0 },
    { dim: 100, warmth: 100, grayscale: 100 },
    { dim: 0, warmth: 0, grayscale: 0 },
    { dim: 0, warmth: 75, grayscale: 50 },
    { dim: 55, warmth: 0, grayscale: 20 },
  ])('shows the filter a page gets at full strength for %j', (effects) => {
    // Tabs already open get the exact strengths; new pages get the whole-percent files.
    const exact = resolvedRootFilter(exactCss(fullNight(effects)));
    const registered = resolvedRootFilter(
      BASE_CSS +
        (['dim', 'warmth', 'grayscale'] as const)
          .filter((name) => effects[name] > 0)
          .map((name) => effectCss(name, effects[name]))
          .join(''),
    );
    expect(previewFilter(effects)).toBe(exact);
    expect(previewFilter(effects)).toBe(registered);
  });

  it('goes as dark and as warm as a page does, gray before the tint', () => {
    const full = previewFilter({ dim: 100, warmth: 100, grayscale: 100 });
    // The most dimming a page gets (0.2), warmth's red-keeping brightness, gray applied first.
    expect(full).toBe('grayscale(1) brightness(0.7402) sepia(1) brightness(0.2)');
  });
});
