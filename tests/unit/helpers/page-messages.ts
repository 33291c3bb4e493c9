import type { ProtocolMap } from '../../../utils/protocol';

/**
 * A `sendMessage` for unit tests of the extension's pages: answers with the real background
 * handlers (over fake-indexeddb and the fake browser), as the browser would after its sender
 * check. Use from a `vi.mock` of utils/protocol.
 */
export async function sendToHandlers<K extends keyof ProtocolMap>(
  type: K,
  data?: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const { HANDLERS } = await import('../../../utils/background/handlers');
  const handler = HANDLERS[type] as (data: unknown) => Promise<ReturnType<ProtocolMap[K]>>;
  return handler(data);
}
