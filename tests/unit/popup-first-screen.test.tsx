import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PopupApp } from '../../components/popup/PopupApp';
import { defaultSettings } from '../../utils/settings/schema';
import { saveSettings } from '../../utils/settings/store';
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

const NOTICE = /not allowed in private windows/;

async function openPopup(sites: string[], privateAllowed: boolean) {
  vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(privateAllowed);
  await saveSettings(
    { ...defaultSettings(), blocking: { ...defaultSettings().blocking, sites } },
    Date.now(),
  );
  render(<PopupApp />);
  await screen.findByRole('heading', { name: 'This page' });
  // Let the private-window answer and the stored "Got it" arrive.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

beforeEach(async () => {
  await clearStore();
  installFakeAction();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 3, url: 'https://example.com/' } as never,
  ]);
});
afterEach(() => vi.restoreAllMocks());

describe('popup: the private-window notice', () => {
  it('says nothing while no site is set to wait', async () => {
    await openPopup([], false);
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('says nothing when private windows are allowed', async () => {
    await openPopup(['youtube.com'], true);
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('shows when sites wait and private windows are not allowed, until "Got it", for good', async () => {
    await openPopup(['youtube.com'], false);
    expect(await screen.findByText(NOTICE)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByText(NOTICE)).toBeNull());
    cleanup();
    await openPopup(['youtube.com'], false);
    expect(screen.queryByText(NOTICE)).toBeNull();
  });
});

describe('popup: support from the first screen', () => {
  it('"Need someone to talk to?" opens the support section', async () => {
    await openPopup([], true);
    const details = document.querySelector('#qh-support details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(screen.getByRole('link', { name: 'Need someone to talk to?' }));
    expect(details.open).toBe(true);
  });
});
