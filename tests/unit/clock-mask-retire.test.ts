import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LIVENESS_MS, runClockMask } from '../../utils/clock-mask/page';
import { IDLE_STATE, type LiveState } from '../../utils/live-state';
import { LIVE_STATE } from '../../utils/storage/local';
import { FakeHighlight, installDomFakes } from './fakes/highlights';

const NIGHT: LiveState = { ...IDLE_STATE, phase: 'on', level: 1, clockHiding: true };
const g = window as any;
let undo: () => void;
let registry: Map<string, FakeHighlight>;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  undo = installDomFakes();
  registry = new Map();
  g.CSS = { ...g.CSS, highlights: registry };
  g.Highlight = FakeHighlight;
  document.title = 'Now 23:42';
  document.body.innerHTML = '<p id="p">At 11:42 pm</p>';
  await LIVE_STATE.set(NIGHT);
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  // The messaging library allows one listener per context: the copy left running goes first.
  g[Symbol.for('quiet-hours.clock-mask')]?.retire();
  delete g[Symbol.for('quiet-hours.clock-mask')];
  delete g.Highlight;
  document.adoptedStyleSheets = [];
  undo();
});

describe('a clock mask left running by an update or reload', () => {
  it('notices its extension is gone and undoes everything; the new version takes over', async () => {
    const old = runClockMask(window);
    await old.refresh();
    expect(old.state).toBe('masking');
    expect(registry.size).toBe(1);
    expect(document.title).toBe('Now ··:··');

    // The extension is reloaded: this copy's context is dead, as Chromium leaves it.
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    vi.advanceTimersByTime(LIVENESS_MS);
    expect(old.state).toBe('idle');
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.title).toBe('Now 23:42');
    // Its observer is off: a new reading stays as it is, nothing is masked again.
    document.getElementById('p')!.textContent = 'At 11:43 pm';
    await settle();
    expect(registry.size).toBe(0);

    // The new version injects its copy into the page: it does not reuse the dead one.
    id.mockRestore();
    const fresh = runClockMask(window);
    await fresh.refresh();
    expect(fresh).not.toBe(old);
    expect(fresh.state).toBe('masking');
    expect(old.state).toBe('idle');
    expect(document.title).toBe('Now ··:··');
  });

  it('a copy whose storage fails retires instead of masking on', async () => {
    const mask = runClockMask(window);
    await mask.refresh();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    await mask.refresh();
    expect(mask.state).toBe('idle');
    expect(registry.size).toBe(0);
    expect(document.title).toBe('Now 23:42');
  });
});
