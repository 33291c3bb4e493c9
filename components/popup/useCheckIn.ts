import { useEffect, useState } from 'preact/hooks';
import type { CheckIn } from '../../utils/nights/check-in';
import { sendMessage } from '../../utils/protocol';

// Issue 17. The popup's check-in parts (the lead, the question, the offer, the support section)
// share one answer from the background per popup opening, and see an answer's effect together.
let current: Promise<CheckIn | null> | null = null;
const listeners = new Set<(checkIn: CheckIn | null) => void>();

/** Asks the background once per popup opening; a failure shows nothing rather than an error. */
function load(): Promise<CheckIn | null> {
  current ??= sendMessage('getCheckIn').catch(() => null);
  return current;
}

/** Shares the background's answer after an action with every part of the popup that shows it. */
export function publishCheckIn(checkIn: CheckIn): void {
  current = Promise.resolve(checkIn);
  listeners.forEach((listener) => listener(checkIn));
}

/** The morning check-in as the background last told the popup; null until it has answered. */
export function useCheckIn(): CheckIn | null {
  const [checkIn, setCheckIn] = useState<CheckIn | null>(null);
  useEffect(() => {
    listeners.add(setCheckIn);
    void load().then(setCheckIn);
    return () => {
      listeners.delete(setCheckIn);
      // Once the whole popup is gone, the next opening asks the background afresh.
      if (listeners.size === 0) current = null;
    };
  }, []);
  return checkIn;
}
