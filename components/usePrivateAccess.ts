import { useEffect, useState } from 'preact/hooks';
import { browser } from '../utils/browser';

/**
 * Whether the browser lets the extension run in private windows: `undefined` until it has
 * said, and for good where it cannot say.
 */
export function usePrivateAccess(): boolean | undefined {
  const [allowed, setAllowed] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    browser.extension
      ?.isAllowedIncognitoAccess?.()
      .then((yes) => setAllowed(yes))
      .catch(() => undefined);
  }, []);
  return allowed;
}
