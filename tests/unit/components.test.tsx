import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { FieldError } from '../../components/FieldError';
import { Guidance } from '../../components/Guidance';
import { LevelSlider } from '../../components/LevelSlider';
import { SiteListEditor } from '../../components/SiteListEditor';
import { SupportLinks } from '../../components/SupportLinks';
import { TimeRangeInput } from '../../components/TimeRangeInput';
import { catalogue, contacts, noop } from './helpers/component-fixtures';

const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;

/** Every component, rendered with errors so each error slot shows. */
function renderEverything() {
  return render(
    <main>
      <Guidance />
      <SupportLinks contacts={contacts} region="US" atNight={false} />
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
});
