// Saved views as JSON files in one folder: `<viewsDir>/<name>.json` = {name, updated, view}.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ViewsConfig } from '../../lib/config.ts';
import { HttpError } from '../http/errors.ts';
import { jsonTooDeep, MAX_JSON_DEPTH } from '../http/json-depth.ts';
import { isViewName } from './names.ts';

export interface ViewSummary {
  name: string;
  updated: string;
}

export interface StoredView extends ViewSummary {
  view: Record<string, unknown>;
}

export interface ViewStore {
  list(): Promise<ViewSummary[]>;
  get(name: string): Promise<StoredView | undefined>;
  /** Over the quota (a new name when maxViews exist, or too many bytes) throws an HttpError. */
  put(name: string, view: Record<string, unknown>): Promise<ViewSummary>;
  remove(name: string): Promise<boolean>;
}

export type ViewQuota = Pick<ViewsConfig, 'maxViews' | 'maxViewBytes'>;

export const viewQuotaReached = (max: number) =>
  new HttpError(409, 'ViewQuota', `at most ${max} saved views; delete one first`);
export const viewTooLarge = (bytes: number, max: number) =>
  new HttpError(413, 'ViewTooLarge', `saved view of ${bytes} bytes is over the limit of ${max}`);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/** One chain of writes per folder in this process, so a quota check and its write are never interleaved. */
const writeChains = new Map<string, Promise<unknown>>();

export function serialised<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const run = (writeChains.get(dir) ?? Promise.resolve()).then(work, work);
  writeChains.set(
    dir,
    run.catch(() => undefined),
  );
  return run;
}

/** View names with a file in the folder (no reading: counting is for the quota). */
async function storedNames(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (err) {
    if (isMissing(err)) return [];
    throw err;
  }
  return entries
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter(isViewName);
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
  );

/** Temp file + rename: readers never see a half-written view. */
export async function writeAtomically(dir: string, target: string, text: string): Promise<void> {
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(tmp, text, 'utf8');
  try {
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export function createViewStore(dir: string, quota: ViewQuota): ViewStore {
  const key = path.resolve(dir);
  const file = (name: string) => {
    if (!isViewName(name)) throw new Error(`invalid view name "${name}"`);
    return path.join(dir, `${name}.json`);
  };

  async function read(name: string): Promise<StoredView | undefined> {
    let text: string;
    try {
      text = await readFile(file(name), 'utf8');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
    // Files written by hand get the same depth limit as bodies: answering one would overflow the stack.
    if (jsonTooDeep(text, MAX_JSON_DEPTH)) throw new Error(`saved view "${name}" nests too deep`);
    const data: unknown = JSON.parse(text);
    // Files written by hand (or by other tools) may hold the bare view.
    if (isObject(data) && isObject(data.view)) {
      const updated = typeof data.updated === 'string' ? data.updated : (await stat(file(name))).mtime.toISOString();
      return { name, updated, view: data.view };
    }
    if (isObject(data)) return { name, updated: (await stat(file(name))).mtime.toISOString(), view: data };
    throw new Error(`saved view "${name}" is not a JSON object`);
  }

  async function put(name: string, view: Record<string, unknown>): Promise<ViewSummary> {
    const target = file(name);
    const bytes = Buffer.byteLength(JSON.stringify(view));
    if (bytes > quota.maxViewBytes) throw viewTooLarge(bytes, quota.maxViewBytes);
    return serialised(key, async () => {
      await mkdir(dir, { recursive: true });
      if (!(await exists(target)) && (await storedNames(dir)).length >= quota.maxViews) {
        throw viewQuotaReached(quota.maxViews);
      }
      const updated = new Date().toISOString();
      await writeAtomically(dir, target, `${JSON.stringify({ name, updated, view }, null, 2)}\n`);
      return { name, updated };
    });
  }

  return {
    async list() {
      const out: ViewSummary[] = [];
      for (const name of await storedNames(dir)) {
        const v = await read(name).catch(() => undefined);
        if (v) out.push({ name: v.name, updated: v.updated });
      }
      return out.sort((a, b) => a.name.localeCompare(b.name));
    },
    get: read,
    put,
    remove: (name) =>
      serialised(key, () =>
        rm(file(name)).then(
          () => true,
          (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
        ),
      ),
  };
}
