import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PrivateWindowNotice } from '../../components/PrivateWindowNotice';

function allowIncognito(allowed: boolean) {
  (fakeBrowser as unknown as { extension: object }).extension = {
    isAllowedIncognitoAccess: async () => allowed,
  };
}

describe('private window notice', () => {
  it('says plainly when private windows are not covered', async () => {
    allowIncognito(false);
    render(<PrivateWindowNotice />);
    expect(await screen.findByText(/not allowed in private windows/)).toBeTruthy();
  });

  it('says nothing when they are', async () => {
    allowIncognito(true);
    const { container } = render(<PrivateWindowNotice />);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(container.textContent).toBe('');
  });
});
