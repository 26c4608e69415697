// Saved views as JSON files in one folder: `<viewsDir>/<name>.json` = {name, updated, view}.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
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
  put(name: string, view: Record<string, unknown>): Promise<ViewSummary>;
  remove(name: string): Promise<boolean>;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function createViewStore(dir: string): ViewStore {
  const file = (name: string) => {
    if (!isViewName(name)) throw new Error(`invalid view name "${name}"`);
    return path.join(dir, `${name}.json`);
  };

  async function read(name: string): Promise<StoredView | undefined> {
    let text: string;
    try {
      text = await readFile(file(name), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    const data: unknown = JSON.parse(text);
    // Files written by hand (or by other tools) may hold the bare view.
    if (isObject(data) && isObject(data.view)) {
      const updated = typeof data.updated === 'string' ? data.updated : (await stat(file(name))).mtime.toISOString();
      return { name, updated, view: data.view };
    }
    if (isObject(data)) return { name, updated: (await stat(file(name))).mtime.toISOString(), view: data };
    throw new Error(`saved view "${name}" is not a JSON object`);
  }

  return {
    async list() {
      let entries: string[];
      try {
        entries = await readdir(dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
      }
      const names = entries
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .filter(isViewName);
      const out: ViewSummary[] = [];
      for (const name of names) {
        const v = await read(name).catch(() => undefined);
        if (v) out.push({ name: v.name, updated: v.updated });
      }
      return out.sort((a, b) => a.name.localeCompare(b.name));
    },
    get: read,
    async put(name, view) {
      const target = file(name);
      await mkdir(dir, { recursive: true });
      const updated = new Date().toISOString();
      // Temp file + rename: readers never see a half-written view.
      const tmp = path.join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      await writeFile(tmp, `${JSON.stringify({ name, updated, view }, null, 2)}\n`, 'utf8');
      try {
        await rename(tmp, target);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      return { name, updated };
    },
    async remove(name) {
      try {
        await rm(file(name));
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw err;
      }
    },
  };
}
