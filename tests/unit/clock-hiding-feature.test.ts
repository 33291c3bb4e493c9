import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clockHidingFeature } from '../../utils/background/clock-hiding';
import type { ReconcileContext } from '../../utils/background/feature';
import { IDLE_STATE, type LiveState } from '../../utils/live-state';
import { FakeScripting } from './fakes/scripting';

function setUp() {
  const scripting = new FakeScripting();
  (fakeBrowser as any).scripting = scripting;
  // A spy, restored after each test: this worker's other files share fakeBrowser.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 1, url: 'https://news.example/' },
    { id: 2, url: 'chrome://settings/' },
    { id: 3, url: 'https://example.org/file.pdf' },
    { id: 4, url: 'http://localhost:8080/app' },
  ] as never);
  return scripting;
}

afterEach(() => vi.restoreAllMocks());

const apply = (live: Partial<LiveState>) =>
  clockHidingFeature.apply({ live: { ...IDLE_STATE, ...live } } as ReconcileContext);
const night: Partial<LiveState> = { phase: 'on', level: 1, clockHiding: true };

describe('clock-hiding feature', () => {
  it('registers the mask for all frames and injects it into open pages it may change', async () => {
    const scripting = setUp();
    await apply(night);
    expect(scripting.registered).toEqual([
      expect.objectContaining({
        id: 'qh-clock',
        js: ['/clock-mask.js'],
        allFrames: true,
        runAt: 'document_end',
      }),
    ]);
    expect(scripting.injected.map((i) => i.tabId)).toEqual([1, 4]);
    expect(scripting.injected.every((i) => i.allFrames)).toBe(true);
  });

  it('is idempotent: a second run during the same night changes nothing', async () => {
    const scripting = setUp();
    await apply(night);
    await apply({ ...night, phase: 'ramping', level: 0.5 });
    expect(scripting.registered).toHaveLength(1);
    expect(scripting.injected).toHaveLength(2);
  });

  it('registers nothing while clock hiding is off or the night is over', async () => {
    const scripting = setUp();
    await apply({ ...night, clockHiding: false });
    await apply({ phase: 'off' });
    expect(scripting.registered).toEqual([]);
    expect(scripting.injected).toEqual([]);
  });

  it('unregisters when the night ends, leaving other features\u2019 scripts alone', async () => {
    const scripting = setUp();
    await scripting.registerContentScripts([{ id: 'qh-dim', js: ['/dim.js'] }]);
    await apply(night);
    await apply({ phase: 'off' });
    expect(scripting.registered.map((s) => s.id)).toEqual(['qh-dim']);
  });
});
