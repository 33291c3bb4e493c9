import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsApp } from '../../components/options/OptionsApp';
import { SupportLinks } from '../../components/SupportLinks';
import { defaultSettings } from '../../utils/settings/schema';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { SUPPORT_LINES } from '../../utils/support/lines';
import { REGIONS, type Region } from '../../utils/support/regions';
import { installFakeAction } from './fakes/action';
import { clearStore } from './helpers/store';

vi.mock('../../utils/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: (await import('./helpers/page-messages')).sendToHandlers,
}));
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

const everyRegion: Region[] = [...REGIONS, 'other'];
const shownLines = (container: Element) =>
  [...container.querySelectorAll('[data-line]')].map((li) => li.getAttribute('data-line'));
const withLanguage = (tag: string) => (fakeBrowser.i18n.getUILanguage = () => tag);

describe('support lines for where the person is', () => {
  it.each(everyRegion)('%s lists its own lines and no other region’s', (region) => {
    const { container } = render(<SupportLinks contacts={[]} region={region} atNight />);
    expect(shownLines(container)).toEqual(SUPPORT_LINES[region].lines.map((line) => line.id));
  });

  it('puts the person’s own contacts first and the emergency line last, before the quiet note', () => {
    const { container } = render(
      <SupportLinks
        contacts={[{ name: 'Ana', phone: '55 1234 5678', url: '' }]}
        region="MX"
        atNight
      />,
    );
    const text = container.textContent!;
    expect(text.indexOf('Ana')).toBeLessThan(text.indexOf('Línea de la Vida'));
    const paragraphs = [...container.querySelectorAll('section > p')];
    const emergency = paragraphs.at(-2)!;
    expect(emergency.textContent).toContain('If you are in danger right now');
    expect(emergency.querySelector('a')!.getAttribute('href')).toBe('tel:911');
    expect(container.querySelector('a[href="tel:8009112000"]')).not.toBeNull();
  });

  it('a line closed at night says it opens in the morning at night, and when it answers by day', () => {
    const night = render(<SupportLinks contacts={[]} region="IE" atNight />);
    const hse = () => night.container.querySelector('[data-line="ie-hse"]')!.textContent!;
    expect(hse()).toContain('Not open at night: it opens in the morning on weekdays.');
    night.unmount();
    const day = render(<SupportLinks contacts={[]} region="IE" atNight={false} />);
    expect(day.container.querySelector('[data-line="ie-hse"]')!.textContent).toContain(
      'A daytime line',
    );
    expect(day.container.textContent).not.toMatch(/\d{1,2}(:\d{2})?\s*(am|pm)\b|\d:\d{2}/i);
  });

  it('follows the browser’s language until chosen: en-GB shows the UK lines', () => {
    withLanguage('en-GB');
    const { container } = render(<SupportLinks contacts={[]} region="auto" atNight />);
    expect(shownLines(container)).toEqual(['gb-samaritans', 'gb-frank', 'gb-nhs111']);
    expect(container.textContent).toContain('Helplines for United Kingdom.');
  });

  it('a language without a country asks where the person is and shows Find A Helpline', () => {
    withLanguage('es');
    const { container } = render(<SupportLinks contacts={[]} region="auto" atNight />);
    expect(shownLines(container)).toEqual(['findahelpline']);
    const ask = screen.getByRole('link', { name: /Choose where you are/ });
    expect(ask.getAttribute('href')).toMatch(/\/options\.html#where$/);
  });
});

describe('"Where you are" on the settings page', () => {
  beforeEach(async () => {
    await clearStore();
    installFakeAction();
    vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(true);
  });
  afterEach(() => vi.restoreAllMocks());

  /** The settings page with the defaults stored, and its "Where you are" select. */
  async function openPicker(): Promise<HTMLSelectElement> {
    await saveSettings(defaultSettings(), Date.now());
    render(<OptionsApp />);
    // The page draws once the background answers; the machine may be busy.
    return (await screen.findByRole(
      'combobox',
      { name: 'Where you are' },
      { timeout: 5000 },
    )) as HTMLSelectElement;
  }

  it('shows the region the browser’s language names, and saves the one picked', async () => {
    withLanguage('en-GB');
    const picker = await openPicker();
    expect(picker.value).toBe('GB');
    expect(picker.querySelector('option[value="auto"]')).toBeNull();

    fireEvent.change(picker, { target: { value: 'MX' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect((await loadSettings()).settings.region).toBe('MX');
  });

  it('says "Not chosen yet" when the language names no country, and keeps it until picked', async () => {
    withLanguage('es');
    const picker = await openPicker();
    expect(picker.value).toBe('auto');
    expect(picker.selectedOptions[0]!.textContent).toBe('Not chosen yet');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    await waitFor(async () => expect((await loadSettings()).settings.region).toBe('auto'));
  });
});
