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

export const CLAIM_STATUSES = [
  { id: 'reported', dashed: false },
  { id: 'confirmed', dashed: false },
  { id: 'estimated', dashed: false },
  { id: 'planned', dashed: false },
  { id: 'alleged', dashed: true },
  { id: 'unconfirmed', dashed: true },
  { id: 'denied', dashed: true },
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
