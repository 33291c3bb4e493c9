import type { DimScripting } from '../../../utils/background/dimming';
import type { DimRegistration } from '../../../utils/dimming/registration';

/** A script run in a tab with `executeScript`. */
export interface Injection {
  tabId: number;
  allFrames?: boolean;
  files?: string[];
}

/**
 * An in-memory `browser.scripting` for the features that use it (dimming, clock hiding):
 * content-script registrations, inserted CSS and injected scripts, strict where the browser is
 * (duplicate ids, updating or unregistering unknown ids) and keeping each tab's inserted sheets
 * in order, so tests can say what a page would show.
 */
export class FakeScripting implements DimScripting {
  /** Every call that changed something, in order: `register qh-dim`, `insert 3`, … */
  readonly calls: string[] = [];
  /** Every script run in a tab, in order. */
  readonly injected: Injection[] = [];
  private scripts = new Map<string, DimRegistration>();
  private sheets = new Map<number, string[]>();

  constructor(initial: DimRegistration[] = []) {
    for (const script of initial) this.scripts.set(script.id, structuredClone(script));
  }

  async getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<DimRegistration[]> {
    return [...this.scripts.values()]
      .filter((s) => !filter?.ids || filter.ids.includes(s.id))
      .map((s) => structuredClone(s));
  }

  async registerContentScripts(scripts: DimRegistration[]): Promise<void> {
    for (const s of scripts)
      if (this.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    for (const s of scripts) {
      this.scripts.set(s.id, structuredClone(s));
      this.calls.push(`register ${s.id}`);
    }
  }

  async updateContentScripts(scripts: DimRegistration[]): Promise<void> {
    for (const s of scripts) {
      const have = this.scripts.get(s.id);
      if (!have) throw new Error(`No script with ID '${s.id}'`);
      this.scripts.set(s.id, { ...have, ...structuredClone(s) });
      this.calls.push(`update ${s.id}`);
    }
  }

  async unregisterContentScripts(filter?: { ids?: string[] }): Promise<void> {
    const ids = filter?.ids ?? [...this.scripts.keys()];
    for (const id of ids) if (!this.scripts.has(id)) throw new Error(`No script with ID '${id}'`);
    for (const id of ids) {
      this.scripts.delete(id);
      this.calls.push(`unregister ${id}`);
    }
  }

  async insertCSS({ target, css }: { target: { tabId: number }; css: string }): Promise<void> {
    this.sheets.set(target.tabId, [...this.inserted(target.tabId), css]);
    this.calls.push(`insert ${target.tabId}`);
  }

  async removeCSS({ target, css }: { target: { tabId: number }; css: string }): Promise<void> {
    const list = this.inserted(target.tabId);
    const at = list.indexOf(css);
    // Like the browser, removing a sheet that is not there is no error.
    if (at >= 0) list.splice(at, 1);
    this.sheets.set(target.tabId, list);
    this.calls.push(`remove ${target.tabId}`);
  }

  async executeScript({
    target,
    files,
  }: {
    target: { tabId: number; allFrames?: boolean };
    files?: string[];
  }): Promise<unknown[]> {
    this.injected.push({ tabId: target.tabId, allFrames: target.allFrames, files });
    this.calls.push(`execute ${target.tabId}`);
    return [];
  }

  /** The scripts registered now, in the order they were registered. */
  get registered(): DimRegistration[] {
    return [...this.scripts.values()].map((s) => structuredClone(s));
  }

  /** The sheets inserted into a tab, oldest first (the last one wins a tie). */
  inserted(tabId: number): string[] {
    return [...(this.sheets.get(tabId) ?? [])];
  }
}
