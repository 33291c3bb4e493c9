/** What the clock-hiding feature uses of `browser.scripting`, kept in memory. */
export interface FakeScripting {
  registered: Array<{ id: string; js?: string[]; allFrames?: boolean; runAt?: string }>;
  injected: Array<{ tabId: number; allFrames?: boolean; files?: string[] }>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<FakeScripting['registered']>;
  registerContentScripts(scripts: FakeScripting['registered']): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  executeScript(injection: {
    target: { tabId: number; allFrames?: boolean };
    files?: string[];
  }): Promise<unknown[]>;
}

/** A scripting API that refuses duplicate ids, as the browsers do. */
export function fakeScripting(): FakeScripting {
  const api: FakeScripting = {
    registered: [],
    injected: [],
    async getRegisteredContentScripts(filter) {
      return api.registered.filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async registerContentScripts(scripts) {
      for (const script of scripts) {
        if (api.registered.some((s) => s.id === script.id))
          throw new Error(`Duplicate script ID '${script.id}'`);
        api.registered.push(script);
      }
    },
    async unregisterContentScripts({ ids }) {
      api.registered = api.registered.filter((s) => !ids.includes(s.id));
    },
    async executeScript({ target, files }) {
      api.injected.push({ tabId: target.tabId, allFrames: target.allFrames, files });
      return [];
    },
  };
  return api;
}
