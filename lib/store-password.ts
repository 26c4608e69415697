// The embedded store's password: random on first start, kept next to the store in a file only its
// owner can read. Every command of the product reads it from there, so no password is well known.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PASSWORD_FILE = 'password';

export function storePasswordFile(homeDir: string): string {
  return path.join(homeDir, PASSWORD_FILE);
}

export function readStorePassword(homeDir: string): string | undefined {
  try {
    const pw = readFileSync(storePasswordFile(homeDir), 'utf8').trim();
    return pw === '' ? undefined : pw;
  } catch {
    return undefined;
  }
}

/** Returns the store's password, creating it (mode 600, folder 700) if there is none yet. */
export function ensureStorePassword(homeDir: string): string {
  const existing = readStorePassword(homeDir);
  if (existing) return existing;
  mkdirSync(homeDir, { recursive: true, mode: 0o700 });
  chmodSync(homeDir, 0o700);
  const pw = randomBytes(24).toString('base64url');
  try {
    // 'wx': when two commands start at once, the first file wins and the other reads it.
    writeFileSync(storePasswordFile(homeDir), `${pw}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const winner = readStorePassword(homeDir);
    if (!winner) throw new Error(`${storePasswordFile(homeDir)} exists but is empty`, { cause: err });
    return winner;
  }
  return pw;
}
