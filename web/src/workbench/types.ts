// Wire types of the console API (server/routes/cypher.ts) as the UI sees them; the shared ones live in
// lib/model/console.ts (type-only import: nothing from lib/ reaches the bundle through here).
import type { ErrorPosition } from '../../../lib/model/console.ts';

export type { ConsoleResult, ErrorPosition, PlainObject, SavedQuery } from '../../../lib/model/console.ts';
export type { Plain } from '../../../lib/neo4j/values.ts';

export interface ConsoleError {
  code: string;
  message: string;
  reason?: string;
  position?: ErrorPosition;
}
