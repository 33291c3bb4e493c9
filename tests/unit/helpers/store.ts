import { clear, createStore, get, set } from 'idb-keyval';

// The same named store the background opens; tests reach into it to plant or read raw values.
const raw = () => createStore('quiet-hours', 'kv');

export const clearStore = () => clear(raw());
export const readRaw = (key: string) => get(key, raw());
export const writeRaw = (key: string, value: unknown) => set(key, value, raw());
