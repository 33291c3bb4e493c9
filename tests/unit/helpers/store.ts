import { clearDb, readDb, writeDb, type DbKey } from '../../../utils/storage/db';

// The background's own database; tests reach into it to plant or read raw values.
export const clearStore = clearDb;
export const readRaw = (key: DbKey) => readDb(key);
export const writeRaw = (key: DbKey, value: unknown) => writeDb(key, value);
