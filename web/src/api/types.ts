// The wire types live in lib/model/wire.ts (one definition for server, web and figure CLI); this
// re-exports them for the web app and adds the types only the web app uses.
export type * from '../../../lib/model/wire.ts';

export interface SavedViewInfo {
  name: string;
  updated?: string;
}
