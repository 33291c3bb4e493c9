import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClockMask } from '../../utils/clock-mask/mask';
import { fakeHighlightApi, installDomFakes, manualFrames, maskedTexts } from './fakes/highlights';

// What the clock mask costs a page: nothing visible on a page without times, a huge page masked
// from its top down in slices, and bursts of changes followed without rescanning everything.

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

let undoFakes: () => void;
beforeEach(() => {
  undoFakes = installDomFakes();
  document.title = 'Page';
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});
afterEach(() => undoFakes());

function maskPage() {
  const highlights = fakeHighlightApi();
  const frames = manualFrames();
  const mask = new ClockMask({ doc: document, highlights, maskTitle: false, frames });
  const frame = async () => {
    await settle();
    frames.run();
  };
  return { mask, highlights, frame, masked: () => maskedTexts(highlights).sort() };
}

describe('a page without times of day', () => {
  it('gets no style sheet and no highlight until a reading appears', async () => {
    document.body.innerHTML = '<p>Ratio 16:9, version 2.3.1, page 4 of 12</p><div id="feed"></div>';
    const { mask, highlights, frame, masked } = maskPage();
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(highlights.registry.size).toBe(0);
    const item = document.createElement('p');
    item.textContent = 'Posted at 23:10';
    document.getElementById('feed')!.append(item);
    await frame();
    expect(masked()).toEqual(['23:10']);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(highlights.registry.size).toBe(1);
    mask.stop();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('a huge page', () => {
  it('is masked from its top down, in slices that leave the page its turn', async () => {
    const log = document.createElement('div');
    const readings: Node[] = [];
    for (let i = 0; i < 7000; i++) {
      const message = document.createElement('div');
      message.innerHTML = `<b>Ana</b><span>${String(i % 24).padStart(2, '0')}:15</span><i>see you</i>`;
      readings.push(message.querySelector('span')!.firstChild!);
      log.append(message);
    }
    document.body.append(log);
    const { mask, highlights } = maskPage();
    /** How many readings are masked, checking they are the first ones on the page. */
    const maskedFromTop = () => {
      const [highlight] = highlights.registry.values();
      const starts = new Set([...(highlight ?? [])].map((range) => range.startContainer));
      const count = starts.size;
      expect(readings.slice(0, count).every((node) => starts.has(node))).toBe(true);
      return count;
    };
    // The scan handed the page back before it was done.
    expect(maskedFromTop()).toBeLessThan(7000);
    let slices = 0;
    while (mask.maskedCount === 0) await settle();
    maskedFromTop();
    while (mask.maskedCount < 7000 && slices++ < 5000) await settle();
    expect(maskedFromTop()).toBe(7000);
    expect(slices).toBeGreaterThan(1);
    mask.stop();
  }, 30_000);
});

describe('a huge page the page changes while it is masked', () => {
  it('still masks every reading when the message the scan was about to read is taken out', async () => {
    const log = document.createElement('div');
    const messages: HTMLElement[] = [];
    // Over 20,000 elements, so the first scan goes in slices.
    for (let i = 0; i < 5500; i++) {
      const message = document.createElement('div');
      message.innerHTML = `<b>Ana</b><span>${String(i % 24).padStart(2, '0')}:15</span><i>ok</i>`;
      messages.push(message);
      log.append(message);
    }
    document.body.append(log);
    const { mask, frame } = maskPage();
    // The first slice has masked the first messages; the next one to read goes away.
    const next = messages[mask.maskedCount]!;
    next.remove();
    let slices = 0;
    while (mask.maskedCount < 5499 && slices++ < 5000) await frame();
    expect(mask.maskedCount).toBe(5499);
    mask.stop();
  }, 30_000);
});

describe('a burst of changes', () => {
  it('keeps every reading masked while 1,500 text nodes change in every frame', async () => {
    const cells: Text[] = [];
    const table = document.createElement('div');
    for (let i = 0; i < 1500; i++) {
      const cell = table.appendChild(document.createElement('span'));
      cells.push(cell.appendChild(document.createTextNode('')));
    }
    document.body.append(table);
    const { mask, frame, masked } = maskPage();
    for (let tick = 1; tick <= 3; tick++) {
      cells.forEach((cell, i) => {
        cell.data =
          i % 100 === 7 ? `22:${String(tick + (i % 50)).padStart(2, '0')}` : `${i * tick}.5`;
      });
      await frame();
      expect(masked()).toEqual(
        cells
          .filter((_, i) => i % 100 === 7)
          .map((cell) => cell.data)
          .sort(),
      );
    }
    mask.stop();
  });
});
