// zod schemas shared by routes; a failed parse becomes a 400 with a readable message.
import { z } from 'zod';
import { ID_PATTERN } from '../../lib/model/domain.ts';
import { badRequest } from './errors.ts';

export const entityId = z.string().regex(ID_PATTERN, 'must be a lowercase id like "north-korea"');

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
