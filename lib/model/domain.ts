// The domain vocabulary shared by ingest, server and web. Registries, not switches.

export const ENTITY_TYPES = [
  { id: 'Person', label: 'Person' },
  { id: 'Organization', label: 'Organisation' },
  { id: 'Country', label: 'Country' },
  { id: 'Place', label: 'Region or city' },
  { id: 'ArmedForce', label: 'Armed force or unit' },
  { id: 'Weapon', label: 'Weapon or material' },
  { id: 'Event', label: 'Event' },
  { id: 'Agreement', label: 'Agreement' },
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number]['id'];
export const ENTITY_TYPE_IDS: readonly string[] = ENTITY_TYPES.map((t) => t.id);

/** `colour`: the status's colour wherever claims are drawn by status (timeline, figure table, badges in styles.css). */
export const CLAIM_STATUSES = [
  { id: 'reported', dashed: false, colour: '#1864ab' },
  { id: 'confirmed', dashed: false, colour: '#2b8a3e' },
  { id: 'estimated', dashed: false, colour: '#5f3dc4' },
  { id: 'planned', dashed: false, colour: '#862e9c' },
  { id: 'alleged', dashed: true, colour: '#d9480f' },
  { id: 'unconfirmed', dashed: true, colour: '#e67700' },
  { id: 'denied', dashed: true, colour: '#c92a2a' },
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]['id'];
export const CLAIM_STATUS_IDS: readonly string[] = CLAIM_STATUSES.map((s) => s.id);

/** Relationship types that are not claims between entities. */
export const MENTIONS = 'MENTIONS';

/** Claim relationship properties that a figure key may not overwrite. */
export const RESERVED_CLAIM_KEYS = [
  'id',
  'status',
  'date',
  'dateText',
  'claimantId',
  'claimantName',
  'articleId',
  'quote',
  'figureKeys',
  'figureQualifiers',
  'source',
  'contentHash',
] as const;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const REL_TYPE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
export const FIGURE_KEY_PATTERN = /^[a-z][A-Za-z0-9]*$/;
