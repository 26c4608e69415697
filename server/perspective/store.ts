// Stored perspectives: one JSON file per database in PERSPECTIVES_DIR, `<database id>.json` =
// {database, updated, perspective}. Writes are atomic and serialised like saved views' (server/views/store.ts).
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Perspective } from '../../lib/model/perspective.ts';
import { HttpError } from '../http/errors.ts';
import { jsonTooDeep, MAX_JSON_DEPTH } from '../http/json-depth.ts';
import { serialised, writeAtomically } from '../views/store.ts';
import { perspectiveSchema } from './schema.ts';

/** Databases with a stored perspective; overwriting one is always allowed. */
export const MAX_PERSPECTIVE_FILES = 100;

/** Database ids as file names: the store id is hex; a fallback id is `h-<hex>` (identity.ts). */
export const DATABASE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export type StoredPerspective = { ok: true; perspective: Perspective; updated: string } | { ok: false; error: string };

export interface PerspectiveStore {
  /** undefined: none stored; ok false: a file that is not a valid perspective (the answer says so). */
  get(database: string): Promise<StoredPerspective | undefined>;
  put(database: string, perspective: Perspective): Promise<{ updated: string }>;
  remove(database: string): Promise<boolean>;
}

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';
const quotaReached = () =>
  new HttpError(409, 'PerspectiveQuota', `at most ${MAX_PERSPECTIVE_FILES} databases may have a stored perspective`);

async function count(dir: string): Promise<number> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.')).length;
  } catch (err) {
    if (isMissing(err)) return 0;
    throw err;
  }
}

/** A file's text → the stored perspective, or why it is not one (hand-edited files get the body's checks). */
function decode(text: string): StoredPerspective {
  if (jsonTooDeep(text, MAX_JSON_DEPTH)) return { ok: false, error: 'nests too deep' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const o = (data ?? {}) as { perspective?: unknown; updated?: unknown };
  const parsed = perspectiveSchema.safeParse(o.perspective);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, perspective: parsed.data, updated: typeof o.updated === 'string' ? o.updated : '' };
}

export function createPerspectiveStore(dir: string): PerspectiveStore {
  const key = path.resolve(dir);
  const file = (database: string) => {
    if (!DATABASE_ID.test(database)) throw new Error(`invalid database id "${database}"`);
    return path.join(dir, `${database}.json`);
  };
  const exists = (f: string) =>
    stat(f).then(
      () => true,
      (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
    );
  return {
    async get(database) {
      try {
        return decode(await readFile(file(database), 'utf8'));
      } catch (err) {
        if (isMissing(err)) return undefined;
        throw err;
      }
    },
    put: (database, perspective) =>
      serialised(key, async () => {
        const target = file(database);
        await mkdir(dir, { recursive: true });
        if (!(await exists(target)) && (await count(dir)) >= MAX_PERSPECTIVE_FILES) throw quotaReached();
        const updated = new Date().toISOString();
        await writeAtomically(dir, target, `${JSON.stringify({ database, updated, perspective }, null, 2)}\n`);
        return { updated };
      }),
    remove: (database) =>
      serialised(key, () =>
        rm(file(database)).then(
          () => true,
          (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
        ),
      ),
  };
}
