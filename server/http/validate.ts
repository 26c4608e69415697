// zod schemas shared by routes; a failed parse becomes a 400 with a readable message.
import { z } from 'zod';
import { ID_PATTERN } from '../../lib/model/domain.ts';
import { isNodeKey } from '../../lib/model/node-key.ts';
import { badRequest } from './errors.ts';

export const entityId = z.string().regex(ID_PATTERN, 'must be a lowercase id like "north-korea"');

/** A node key (lib/model/node-key.ts): a curated id, or `neo4j:<elementId>` for any node of any graph. */
export const nodeKey = z
  .string()
  .max(220, 'at most 220 characters')
  .refine(isNodeKey, 'must be an id like "north-korea" or a node key like "neo4j:4:…:12"');

/** Relationship type filter: validated, then passed as a list parameter. */
const RELTYPE = /^[A-Z][A-Z0-9_]*$/;

export const csv = (item: z.ZodType<string, string>, max: number) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    )
    .pipe(z.array(item).max(max, `at most ${max} values`));

export const relTypes = csv(z.string().regex(RELTYPE, 'relationship types look like SENDS_TROOPS_TO'), 100);

export const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min, `must be >= ${min}`).max(max, `must be <= ${max}`).default(fallback);

export function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : where;
  throw badRequest(`invalid ${field}: ${issue?.message ?? 'bad value'}`);
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2024-10-28');
const names = csv(z.string().min(1).max(200), 1000);

/** The claim filters of lib/model/filter.ts as query parameters (every list names what is hidden). */
export const claimFilterQuery = {
  hideStatuses: names.optional(),
  hideArticles: names.optional(),
  hideOutlets: names.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  undated: z.enum(['0', '1']).default('1'),
};

/** Claim filter query values → the parameters claims-*.cypher expect. */
export function claimFilterParams(q: {
  hideStatuses?: string[];
  hideArticles?: string[];
  hideOutlets?: string[];
  from?: string;
  to?: string;
  undated: '0' | '1';
}): Record<string, unknown> {
  const undated = q.undated === '1';
  const filtered = !!(
    q.hideStatuses?.length ||
    q.hideArticles?.length ||
    q.hideOutlets?.length ||
    q.from ||
    q.to ||
    !undated
  );
  return {
    filtered,
    hideStatuses: q.hideStatuses ?? [],
    hideArticles: q.hideArticles ?? [],
    hideOutlets: q.hideOutlets ?? [],
    from: q.from ?? null,
    to: q.to ?? null,
    undated,
  };
}
