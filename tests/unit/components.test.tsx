import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { FieldError } from '../../components/FieldError';
import { Guidance } from '../../components/Guidance';
import { LevelSlider } from '../../components/LevelSlider';
import { SiteListEditor } from '../../components/SiteListEditor';
import { SupportLinks, type SupportLinksProps } from '../../components/SupportLinks';
import { TimeRangeInput } from '../../components/TimeRangeInput';
import type { Contact } from '../../utils/settings/schema';
import { REGIONS } from '../../utils/support/regions';

const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;
// Node's path, not `new URL(...)`: under happy-dom `URL` is the DOM's, which fs refuses.
const componentsDir = join(import.meta.dirname, '../../components');
const supportDataDir = join(import.meta.dirname, '../../utils/support');
const catalogue = messages as Record<string, { message: string }>;

const contacts: Contact[] = [
  { name: 'My sponsor', phone: '+1 (555) 010-0199', url: '' },
  { name: 'Dr. Lee', phone: '', url: 'https://www.clinic.example.org/night' },
  { name: 'Sam', phone: '555 0123', url: 'https://sam.example.net/' },
];

function noop() {}

/** The support list as someone in the United States sees it by day. */
function UsSupport(props: Omit<SupportLinksProps, 'region' | 'atNight'>) {
  return <SupportLinks region="US" atNight={false} {...props} />;
}

/** Every component, rendered with errors so each error slot shows. */
function renderEverything() {
  return render(
    <main>
      <Guidance />
      <UsSupport contacts={contacts} />
      <LevelSlider id="dim" label="Dim pages" value={40} onInput={noop} error="Too bright." />
      <TimeRangeInput
        id="hours"
        legend="Quiet hours"
        start="22:00"
        end="07:00"
        onStartInput={noop}
        onEndInput={noop}
        startError="Choose a start."
        endError="Choose an end."
      />
      <SiteListEditor
        id="sites"
        label="Sites to pause"
        value={'youtube.com\nreddit.com'}
        onInput={noop}
        error="One of these is not a site."
        suggestions={['youtube.com', 'news.ycombinator.com']}
      />
      <FieldError id="loose" message="Something to fix." />
    </main>,
  );
}

describe('Guidance', () => {
  it('shows the expectations first, with the other sections folded in <details>', () => {
    const { container } = render(<Guidance />);
    const section = container.querySelector('section')!;
    const heading = section.firstElementChild!;
    expect(heading.tagName).toBe('H2');
    expect(heading.textContent).toBe(catalogue.guide_expect_heading!.message);

    const expectations = heading.nextElementSibling!;
    expect(expectations.tagName).not.toBe('DETAILS');
    expect(expectations.closest('details')).toBeNull();
    expect(expectations.textContent).toContain(catalogue.guide_expect_1!.message);
    expect(expectations.textContent).toContain(catalogue.guide_expect_4!.message);

    const folds = [...section.querySelectorAll('details')];
    expect(folds.map((d) => d.querySelector('summary')!.textContent)).toEqual([
      catalogue.guide_helps_heading!.message,
      catalogue.guide_not_yet_heading!.message,
      catalogue.guide_more_heading!.message,
    ]);
    for (const fold of folds) expect(fold.open).toBe(false);
    expect(folds[0]!.textContent).toContain(catalogue.guide_helps_1!.message);
    expect(folds[2]!.textContent).toContain(catalogue.guide_more_intro!.message);
    // Everything but the heading and the expectations is inside a fold.
    expect([...section.children].slice(2).every((el) => el.tagName === 'DETAILS')).toBe(true);
  });

  it('shows only the chosen sections, and only the expectations when given none', () => {
    const { container, unmount } = render(<Guidance sections={['moreSupport']} />);
    expect(container.querySelectorAll('details')).toHaveLength(1);
    expect(container.querySelector('summary')!.textContent).toBe(
      catalogue.guide_more_heading!.message,
    );
    unmount();

    const bare = render(<Guidance sections={[]} headingLevel={3} />);
    expect(bare.container.querySelectorAll('details')).toHaveLength(0);
    expect(bare.container.querySelector('h3')!.textContent).toBe(
      catalogue.guide_expect_heading!.message,
    );
    expect(bare.container.textContent).toContain(catalogue.guide_expect_2!.message);
  });
});

describe('SupportLinks', () => {
  it('links the helplines with tel:, sms: and https addresses', () => {
    const { container } = render(<UsSupport contacts={[]} />);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'tel:18006624357',
        'tel:18004874889',
        'sms:435748',
        'https://www.samhsa.gov/find-help/helplines/national-helpline',
        'https://findtreatment.gov/',
        'tel:988',
        'sms:988',
        'https://988lifeline.org/',
      ]),
    );
    expect(screen.getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe(
      'tel:18006624357',
    );
    expect(screen.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
  });

  it('somewhere else, links Find A Helpline', () => {
    const { container } = render(<SupportLinks contacts={[]} region="other" atNight={false} />);
    expect(container.querySelector('a[href="https://findahelpline.com/"]')).not.toBeNull();
  });

  it('opens every web link in a new tab, without opener or referrer', () => {
    const { container } = render(
      <>
        {[...REGIONS, 'other' as const].map((region) => (
          <SupportLinks key={region} contacts={contacts} region={region} atNight={false} />
        ))}
      </>,
    );
    const web = [...container.querySelectorAll('a')].filter((a) =>
      /^https?:/.test(a.getAttribute('href') ?? ''),
    );
    expect(web.length).toBeGreaterThanOrEqual(6);
    for (const link of web) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    for (const link of container.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
      expect(link.hasAttribute('target')).toBe(false);
    }
  });

  it("lists the user's own contacts with tel: and https links", () => {
    const { container } = render(<UsSupport contacts={contacts} />);
    expect(container.textContent).toContain(catalogue.support_contacts_heading!.message);

    const sponsor = screen.getByText('My sponsor').closest('li')!;
    const call = within(sponsor).getByRole('link', { name: 'Call +1 (555) 010-0199' });
    expect(call.getAttribute('href')).toBe('tel:+15550100199');
    expect(within(sponsor).getAllByRole('link')).toHaveLength(1);

    const doctor = screen.getByText('Dr. Lee').closest('li')!;
    const site = within(doctor).getByRole('link', { name: /Open clinic\.example\.org/ });
    expect(site.getAttribute('href')).toBe('https://www.clinic.example.org/night');
    expect(site.getAttribute('target')).toBe('_blank');

    const sam = screen.getByText('Sam').closest('li')!;
    expect(
      within(sam)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['tel:5550123', 'https://sam.example.net/']);
  });

  it('never links a contact address that is not http(s)', () => {
    const { container } = render(
      <UsSupport contacts={[{ name: 'Odd', phone: '555 0100', url: 'javascript:alert(1)' }]} />,
    );
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(screen.getByText('Odd')).toBeTruthy();
  });

  it('leaves the contacts heading out when there are none', () => {
    const { container } = render(<UsSupport contacts={[]} />);
    expect(container.textContent).not.toContain(catalogue.support_contacts_heading!.message);
  });

  it('says once, at the end, that this is not medical advice', () => {
    const { container } = render(<UsSupport contacts={contacts} />);
    const line = catalogue.support_not_advice!.message;
    expect(container.textContent!.split(line)).toHaveLength(2);
    const section = container.querySelector('section')!;
    expect(section.lastElementChild!.textContent).toBe(line);
  });

  it('can fold the whole list into a closed <details>', () => {
    const { container } = render(<UsSupport contacts={[]} folded />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe(catalogue.support_heading!.message);
    expect(details.querySelector('a[href="tel:988"]')).not.toBeNull();
  });
});

describe('no clock times', () => {
  it('no component shows a time of day in its text', () => {
    const { container } = renderEverything();
    // Open every fold so its contents count too.
    for (const details of container.querySelectorAll('details')) details.open = true;
    const text = container.textContent ?? '';
    expect(text.length).toBeGreaterThan(500);
    expect(text).not.toMatch(CLOCK_TIME);
    for (const el of container.querySelectorAll('[aria-label], [aria-valuetext], [title]')) {
      for (const attr of ['aria-label', 'aria-valuetext', 'title']) {
        expect(el.getAttribute(attr) ?? '').not.toMatch(CLOCK_TIME);
      }
    }
  });

  it('none of the guide_, support_ or ui_ messages names a time or raises its voice', () => {
    const ours = Object.entries(catalogue).filter(([key]) => /^(guide|support|ui)_/.test(key));
    expect(ours.length).toBeGreaterThan(40);
    for (const [key, { message }] of ours) {
      expect(message, key).not.toMatch(CLOCK_TIME);
      expect(message, key).not.toContain('!');
    }
  });
});

describe('form controls', () => {
  it('gives every input an accessible label', () => {
    const { container } = renderEverything();
    const fields = [...container.querySelectorAll('input, textarea, select')];
    expect(fields).toHaveLength(4);
    for (const field of fields) {
      const label = container.querySelector(`label[for="${field.id}"]`);
      expect(label, `label for #${field.id}`).not.toBeNull();
      expect(label!.textContent!.trim()).not.toBe('');
      expect(screen.getByLabelText(label!.textContent!)).toBe(field);
    }
    expect(screen.getByLabelText('Start').getAttribute('type')).toBe('time');
    expect(screen.getByLabelText('End').getAttribute('type')).toBe('time');
  });

  it('links each error to its field with aria-describedby and aria-invalid', () => {
    const { container } = renderEverything();
    const cases: Array<[string, string]> = [
      ['dim', 'Too bright.'],
      ['hours-start', 'Choose a start.'],
      ['hours-end', 'Choose an end.'],
      ['sites', 'One of these is not a site.'],
    ];
    for (const [id, message] of cases) {
      const field = container.querySelector(`#${id}`)!;
      expect(field.getAttribute('aria-invalid'), id).toBe('true');
      const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ');
      const errorLine = screen.getByText(message);
      expect(describedBy).toContain(errorLine.id);
      expect(errorLine.getAttribute('role')).toBeNull();
      // The error sits right after its own field, not elsewhere on the page.
      expect(errorLine.parentElement).toBe(field.parentElement);
    }
  });

  it('leaves fields unmarked when there is no error', () => {
    const { container } = render(
      <>
        <LevelSlider id="warm" label="Warmth" value={0} onInput={noop} />
        <TimeRangeInput id="t" start="" end="" onStartInput={noop} onEndInput={noop} />
        <SiteListEditor id="s" label="Sites" value="" onInput={noop} />
        <FieldError id="none" message="" />
      </>,
    );
    for (const field of container.querySelectorAll('input, textarea')) {
      expect(field.hasAttribute('aria-invalid')).toBe(false);
      expect(field.getAttribute('aria-describedby') ?? '').not.toMatch(/error/);
    }
    expect(container.querySelector('.qh-field-error')).toBeNull();
  });

  it('shows the level as a word or a percentage, and reports moves as numbers', () => {
    const onInput = vi.fn();
    const { container, rerender } = render(
      <LevelSlider id="dim" label="Dim" value={0} onInput={onInput} />,
    );
    const slider = screen.getByLabelText('Dim') as HTMLInputElement;
    expect(slider.type).toBe('range');
    expect(slider.min).toBe('0');
    expect(slider.max).toBe('100');
    expect(container.textContent).toContain('Off');
    expect(slider.getAttribute('aria-valuetext')).toBe('Off');

    rerender(<LevelSlider id="dim" label="Dim" value={35} onInput={onInput} />);
    expect(container.textContent).toContain('35%');
    expect(slider.getAttribute('aria-valuetext')).toBe('35%');

    fireEvent.input(slider, { target: { value: '60' } });
    expect(onInput).toHaveBeenCalledWith(60);
  });

  it('reports typed times from each time input', () => {
    const onStart = vi.fn();
    const onEnd = vi.fn();
    render(<TimeRangeInput id="t" start="" end="" onStartInput={onStart} onEndInput={onEnd} />);
    fireEvent.input(screen.getByLabelText('Start'), { target: { value: '21:30' } });
    fireEvent.input(screen.getByLabelText('End'), { target: { value: '06:45' } });
    expect(onStart).toHaveBeenCalledWith('21:30');
    expect(onEnd).toHaveBeenCalledWith('06:45');
  });
});

describe('SiteListEditor suggestions', () => {
  function Harness({ initial, onChange }: { initial: string; onChange: (v: string) => void }) {
    const [value, setValue] = useState(initial);
    return (
      <SiteListEditor
        id="sites"
        label="Sites to pause"
        value={value}
        onInput={(next) => {
          setValue(next);
          onChange(next);
        }}
        suggestions={['youtube.com', 'reddit.com']}
      />
    );
  }

  it('appends a suggested site once, however often it is clicked', async () => {
    const onChange = vi.fn();
    render(<Harness initial={'news.example.org\n'} onChange={onChange} />);
    const textarea = screen.getByLabelText('Sites to pause') as HTMLTextAreaElement;

    const button = screen.getByRole('button', { name: 'Add youtube.com' });
    fireEvent.click(button);
    await screen.findByRole('button', { name: 'youtube.com is on the list' });
    expect(textarea.value).toBe('news.example.org\nyoutube.com');

    fireEvent.click(button);
    fireEvent.click(button);
    expect(textarea.value).toBe('news.example.org\nyoutube.com');
    expect(textarea.value.match(/youtube\.com/g)).toHaveLength(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('treats a site already typed another way as present', () => {
    const onChange = vi.fn();
    render(<Harness initial="https://www.YouTube.com/" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /youtube\.com/ }));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Add reddit.com' }));
    expect(onChange).toHaveBeenCalledWith('https://www.YouTube.com/\nreddit.com');
  });

  it('starts an empty list with the site alone', () => {
    const onChange = vi.fn();
    render(<Harness initial="" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add reddit.com' }));
    expect(onChange).toHaveBeenCalledWith('reddit.com');
  });
});

describe('messages used by the components', () => {
  // The shared components, the support list's parts and the support lines data.
  const sources = [componentsDir, join(componentsDir, 'support'), supportDataDir].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );

  it('every t(...) key in components/ exists in messages.json', () => {
    const used = new Set<string>();
    for (const { name, text } of sources) {
      for (const match of text.matchAll(/\bt\(\s*(['"`])([^'"`]+)\1/g)) used.add(match[2]!);
      // Every call must name its key literally, so this check sees all of them.
      const calls = text.match(/\bt\(/g) ?? [];
      const literal = text.match(/\bt\(\s*['"`]/g) ?? [];
      expect(literal.length, `${name}: t() with a computed key`).toBe(calls.length);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
  });

  it('every guide_ and support_ message is used by a component', () => {
    const all = sources.map((s) => s.text).join('\n');
    const unused = Object.keys(catalogue).filter(
      (key) => /^(guide|support)_/.test(key) && !all.includes(`'${key}'`),
    );
    expect(unused).toEqual([]);
  });
});
