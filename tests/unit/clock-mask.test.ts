import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClockMask } from '../../utils/clock-mask/mask';
import { BatchedObserver, BURST_LIMIT, type Batch } from '../../utils/clock-mask/observer';
import { maskCss } from '../../utils/clock-mask/style';
import { maskTitleText, TITLE_MASK } from '../../utils/clock-mask/title';
import { masksPage } from '../../utils/clock-mask/wanted';
import { IDLE_STATE, type LiveState } from '../../utils/live-state';
import { fakeHighlightApi, installDomFakes, manualFrames, maskedTexts } from './fakes/highlights';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let undoFakes: () => void;
beforeEach(() => {
  undoFakes = installDomFakes();
  document.title = 'Departures';
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});
afterEach(() => undoFakes());

/** Sets the page's body and masks it. */
function start(html: string, maskTitle = true) {
  document.body.innerHTML = html;
  return maskPage(maskTitle);
}

/** Masks the page as it stands. */
function maskPage(maskTitle = true) {
  const highlights = fakeHighlightApi();
  const frames = manualFrames();
  const mask = new ClockMask({ doc: document, highlights, maskTitle, frames });
  /** Lets the observer deliver, then runs the frame it asked for. */
  const frame = async () => {
    await settle();
    frames.run();
  };
  return { mask, highlights, frames, frame, masked: () => maskedTexts(highlights).sort() };
}

describe('scanning a page', () => {
  it('masks readings in text, tables and <time>, and nothing else', () => {
    const { masked, mask } = start(`
      <p>Leaves at 11:42 pm from platform 4, ratio 16:9, version 2.3.1.</p>
      <table><tr><td>Oslo</td><td>22:15</td></tr></table>
      <p>Posted <time datetime="2026-11-27T23:05">23:<span>05</span></time></p>
      <script>const at = "10:30";</script>
      <style>/* 09:00 */</style>
      <textarea>Note 06:00</textarea>
      <div contenteditable="true">Draft for 08:15</div>`);
    expect(masked()).toEqual(['11:42 pm', '22:15', '23:05']);
    mask.stop();
    expect(masked()).toEqual([]);
  });

  it('finds shadow roots and adopts the mask style into them', () => {
    document.body.innerHTML = '<p>Top 07:00</p>';
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow <b>21:30</b></p>';
    document.body.append(host);
    const { mask, masked } = maskPage(false);
    expect(masked()).toEqual(['07:00', '21:30']);
    expect(host.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
    mask.stop();
    expect(host.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
  });

  it('reads a time split over sibling text nodes, as frameworks render {hours}:{minutes}', () => {
    document.body.innerHTML = '<p id="clock"></p>';
    const clock = document.getElementById('clock')!;
    clock.append('11', ':', '42', ' tonight');
    const { mask, masked } = maskPage(false);
    expect(masked()).toEqual(['11:42']);
    mask.stop();
  });

  it('finds every reading in long flat lists and deep wrappers, past comments and scripts', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      i % 7 === 3
        ? `<div><span>Row ${i}</span> <span>moved to ${10 + (i % 12)}:${String(i).padStart(2, '0')}</span></div>`
        : `<div><span>Row ${i}</span> <span>ratio 16:9, page ${i} of 60</span></div><!-- 12:34 -->`,
    ).join('\n');
    const { masked, mask } = start(`
      <section><article><div><div>${rows}<script>const x = 1;</script></div> Noted at 06:45.</div></article></section>
      <script>const late = "22:22";</script>
      <p>Last word at <b>23:59</b>.</p>`);
    const expected = [3, 10, 17, 24, 31, 38, 45, 52, 59].map(
      (i) => `${10 + (i % 12)}:${String(i).padStart(2, '0')}`,
    );
    expect(masked()).toEqual([...expected, '06:45', '23:59'].sort());
    mask.stop();
  });

  it("masks a non-editable part of an editor, and not the user's own typing", () => {
    const { masked, mask } = start(`
      <div contenteditable="true">
        <p>Draft for 08:15</p>
        <p contenteditable="false">Sent at 09:30</p>
        <p contenteditable="nonsense">Still a draft, 10:45</p>
      </div>
      <div contenteditable="false"><p>Read only 11:20</p></div>`);
    expect(masked()).toEqual(['09:30', '11:20']);
    mask.stop();
  });

  it("masks custom elements' shadow roots at once on an ordinary page", () => {
    document.body.innerHTML = '<p>Top 07:00</p><live-clock></live-clock>';
    const host = document.querySelector('live-clock')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>22:10</span>';
    const { mask, masked } = maskPage(false);
    expect(masked()).toEqual(['07:00', '22:10']);
    mask.stop();
  });

  it('on a very large page, masks the text at once and shadow roots when the page is idle', async () => {
    const filler = '<i>row</i>'.repeat(3100);
    document.body.innerHTML = `<p>Top 07:00</p>${filler}<div id="a"></div><live-clock></live-clock>`;
    document.getElementById('a')!.attachShadow({ mode: 'open' }).innerHTML = '<b>21:30</b>';
    document.querySelector('live-clock')!.attachShadow({ mode: 'open' }).innerHTML = '<b>22:10</b>';
    const { mask, masked } = maskPage(false);
    expect(masked()).toEqual(['07:00']);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(masked()).toEqual(['07:00', '21:30', '22:10']);
    mask.stop();
  });

  it('leaves the page text and elements exactly as they were', () => {
    const html = '<p>Leaves at <b>11:42 pm</b> today</p><time>23:05</time>';
    const { mask } = start(html);
    expect(document.body.innerHTML).toBe(html);
    mask.stop();
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('live pages', () => {
  it('keeps a ticking clock masked, one update per frame', async () => {
    const { frame, masked, frames } = start('<p>Now <span id="t">23:00:00</span></p>');
    const clock = document.getElementById('t')!;
    for (let s = 1; s <= 10; s++) {
      clock.textContent = `23:00:${String(s).padStart(2, '0')}`;
      await settle();
      expect(frames.pending()).toBe(1);
      await frame();
      expect(masked()).toEqual([clock.textContent]);
    }
  });

  it('follows text edited in place, nodes added and removed', async () => {
    const { frame, masked } = start('<p id="a">Meet at 10:00</p><div id="list"></div>');
    (document.getElementById('a')!.firstChild as Text).data = 'Meet at 10:30, not 10:00';
    const item = document.createElement('p');
    item.innerHTML = 'New <time>21:45</time>';
    document.getElementById('list')!.append(item);
    await frame();
    expect(masked()).toEqual(['10:00', '10:30', '21:45']);
    item.remove();
    document.getElementById('a')!.textContent = 'No time now';
    await frame();
    expect(masked()).toEqual([]);
  });

  it('rescans once after a burst of thousands of changes', async () => {
    const { frame, masked, frames } = start('<div id="feed"></div>');
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 3000; i++) {
      const p = document.createElement('p');
      p.textContent = i % 1000 === 0 ? `Posted 0${i / 1000}:15` : `Item ${i}`;
      feed.append(p);
    }
    await settle();
    expect(frames.pending()).toBe(1);
    await frame();
    expect(masked()).toEqual(['00:15', '01:15', '02:15']);
    expect(frames.pending()).toBe(0);
  });
});

describe('BatchedObserver', () => {
  it('delivers one batch per frame, "all" past the burst limit, and nothing it was told to discard', async () => {
    const frames = manualFrames();
    const batches: Batch[] = [];
    const observer = new BatchedObserver(window as never, (b) => batches.push(b), frames);
    const root = document.createElement('div');
    document.body.append(root);
    observer.observe(root);
    root.append('a');
    root.append('b');
    await settle();
    frames.run();
    expect(batches).toHaveLength(1);
    expect((batches[0] as MutationRecord[]).length).toBe(2);
    for (let i = 0; i <= BURST_LIMIT; i++) root.append(String(i));
    await settle();
    frames.run();
    expect(batches[1]).toBe('all');
    root.append('mine');
    observer.discard();
    await settle();
    expect(frames.pending()).toBe(0);
    observer.disconnect();
  });
});

describe('the tab title', () => {
  it('replaces each reading and nothing else', () => {
    expect(maskTitleText('(3) Chat – 23:42 – last seen 11 pm')).toBe(
      `(3) Chat – ${TITLE_MASK} – last seen ${TITLE_MASK}`,
    );
    expect(maskTitleText('Inbox (16:9 video)')).toBeNull();
  });

  it('masks the title, follows the page changing it, and puts it back exactly', async () => {
    document.title = '  Flight  BA117 boards 22:40  ';
    const title = document.querySelector('title')!;
    const raw = title.textContent;
    const { mask, frame, frames } = start('<p>x</p>');
    expect(title.textContent).toBe(`  Flight  BA117 boards ${TITLE_MASK}  `);
    await settle();
    expect(frames.pending()).toBe(0); // its own write was not taken for a change
    document.title = 'Boarding 22:45';
    await frame();
    expect(document.title).toBe(`Boarding ${TITLE_MASK}`);
    document.title = raw!;
    await frame();
    mask.stop();
    expect(document.querySelector('title')!.textContent).toBe(raw);
  });

  it('is left alone in frames', () => {
    document.title = 'At 22:40';
    const { mask } = start('<p>x</p>', false);
    expect(document.title).toBe('At 22:40');
    mask.stop();
  });
});

describe('stopping', () => {
  it('undoes everything: highlight, style, title, observer', async () => {
    document.title = 'Now 23:42';
    const { mask, highlights, frames } = start('<p id="p">At 11:42 pm</p>');
    const [name] = highlights.registry.keys();
    expect(name).toMatch(/^[a-z]{10}$/);
    expect(highlights.registry.has(name!)).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    mask.stop();
    expect(highlights.registry.has(name!)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.title).toBe('Now 23:42');
    document.getElementById('p')!.textContent = 'At 11:43 pm';
    await settle();
    expect(frames.pending()).toBe(0);
    expect(highlights.registry.size).toBe(0);
  });

  it('keeps a page-adopted sheet and puts its own back if the page replaces the list', async () => {
    const pageSheet = new CSSStyleSheet();
    const { mask, frame } = start('<p id="p">At 11:42 pm</p>');
    document.adoptedStyleSheets = [pageSheet];
    document.getElementById('p')!.textContent = 'At 11:43 pm';
    await frame();
    expect(document.adoptedStyleSheets).toHaveLength(2);
    mask.stop();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('the style turns the reading into a block of its own text colour', () => {
    expect(maskCss('bcdfg')).toMatch(/::highlight\(bcdfg\)/);
    expect(maskCss('bcdfg')).toMatch(/background-color: currentcolor/);
  });

  it('each mask has its own neutral highlight name, and its sheet names only that', () => {
    const first = start('<p>At 11:42 pm</p>');
    const [one] = first.highlights.registry.keys();
    first.mask.stop();
    const second = start('<p>At 11:42 pm</p>');
    const [two] = second.highlights.registry.keys();
    const sheet = [...document.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('');
    second.mask.stop();
    expect(one).not.toBe(two);
    for (const name of [one!, two!]) expect(name).not.toMatch(/qh|quiet|clock|dim|warm/i);
    expect(sheet).not.toMatch(/qh|quiet|clock|dim|warm/i);
  });
});

describe('which pages are masked', () => {
  const on: LiveState = { ...IDLE_STATE, phase: 'on', level: 1, clockHiding: true };
  it('only during the night, with clock hiding on, outside never-touched sites', () => {
    expect(masksPage(on, ['https://news.example/'])).toBe(true);
    expect(masksPage({ ...on, phase: 'ramping' }, ['https://news.example/'])).toBe(true);
    expect(masksPage({ ...on, clockHiding: false }, ['https://news.example/'])).toBe(false);
    expect(masksPage({ ...on, phase: 'off' }, ['https://news.example/'])).toBe(false);
    const excluded = { ...on, neverTouch: ['news.example'] };
    expect(masksPage(excluded, ['https://m.news.example/live'])).toBe(false);
    // A frame inside a never-touched page is left alone too.
    expect(masksPage(excluded, ['https://widgets.other/', 'https://news.example/'])).toBe(false);
  });
});
