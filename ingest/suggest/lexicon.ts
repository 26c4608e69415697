// The suggester's lexicons: one data file per language (data/lexicon/<lang>.yaml) and the relation signatures shared
// by all languages (data/lexicon/relations.yaml). Read and checked here; a bad file is reported with file:line.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ENTITY_TYPE_IDS, FIGURE_KEY_PATTERN, REL_TYPE_PATTERN } from '../../lib/model/domain.ts';
import { compilePhrase, type Phrase } from './phrases.ts';

export const SUGGEST_STATUSES = ['denied', 'confirmed', 'unconfirmed', 'alleged', 'estimated', 'planned'] as const;
export type CueStatus = (typeof SUGGEST_STATUSES)[number];
export const QUALIFIERS = ['at-least', 'at-most', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const words = z.array(z.string().min(1));
const entityType = z.enum(ENTITY_TYPE_IDS as [string, ...string[]]);
const LanguageFile = z.strictObject({
  language: z.string().regex(/^[a-z]{2}$/),
  abbreviations: words,
  numbers: z.strictObject({
    decimal: z.string().length(1),
    thousands: z.string().length(1),
    multipliers: z.record(z.string(), z.number()),
    words: z.record(z.string(), z.number()),
    qualifiers: z.strictObject({ 'at-least': words, 'at-most': words, about: words }),
    units: z.record(z.string().regex(FIGURE_KEY_PATTERN), words),
  }),
  status: z.strictObject(
    Object.fromEntries(SUGGEST_STATUSES.map((s) => [s, words])) as Record<CueStatus, typeof words>,
  ),
  attribution: z.strictObject({ prepositions: words, verbs: words, anaphora: words, determiners: words }),
  dates: z.strictObject({
    months: words.length(12),
    weekdays: words.length(7),
    today: words,
    yesterday: words,
    next: words,
  }),
  entityCues: z.partialRecord(entityType, words),
  relations: z.record(z.string().regex(REL_TYPE_PATTERN), words),
  reversed: z.record(z.string().regex(REL_TYPE_PATTERN), words),
  conjunctions: words,
});
const SignatureFile = z.strictObject({
  relations: z.record(
    z.string().regex(REL_TYPE_PATTERN),
    z.strictObject({
      from: z.array(entityType).min(1),
      to: z.array(entityType).min(1),
      figures: z.array(z.string().regex(FIGURE_KEY_PATTERN)).optional(),
      needs: z.string().regex(FIGURE_KEY_PATTERN).optional(),
      claimant: z.boolean().optional(),
      nested: z.boolean().optional(),
      fact: z.boolean().optional(),
      maxGap: z.number().int().min(0).optional(),
      absorbs: z.array(z.enum(SUGGEST_STATUSES)).optional(),
      as: z.record(z.string().regex(FIGURE_KEY_PATTERN), z.string().regex(FIGURE_KEY_PATTERN)).optional(),
    }),
  ),
});

export interface Lexicon {
  language: string;
  abbreviations: ReadonlySet<string>;
  numbers: {
    decimal: string;
    thousands: string;
    multipliers: ReadonlyMap<string, number>;
    words: ReadonlyMap<string, number>;
    qualifiers: readonly { qualifier: Qualifier; phrases: Phrase[] }[];
    units: readonly { key: string; phrases: Phrase[] }[];
  };
  status: readonly { status: CueStatus; phrases: Phrase[] }[];
  attribution: { prepositions: Phrase[]; verbs: Phrase[]; anaphora: Phrase[]; determiners: Phrase[] };
  dates: { months: string[]; weekdays: string[]; today: Phrase[]; yesterday: Phrase[]; next: Phrase[] };
  entityCues: readonly { type: string; phrases: Phrase[] }[];
  triggers: ReadonlyMap<string, Phrase[]>;
  reversed: ReadonlyMap<string, Phrase[]>;
  conjunctions: ReadonlySet<string>;
}

export interface RelationSignature {
  type: string;
  from: readonly string[];
  to: readonly string[];
  figures: readonly string[];
  needs?: string;
  /** The sentence's claimant may be one end (speech acts, roles). */
  claimant: boolean;
  /** Proposed for an entity named inside another's name ("Amerikaanse ministerie"), once per article. */
  nested: boolean;
  /** Figures of one key counted as another by this type (soldiers killed are casualties). */
  as: ReadonlyMap<string, string>;
  /** A standing fact: reported, no claimant. */
  fact: boolean;
  /** Most words between the two names, when a trigger alone proposes it. */
  maxGap?: number;
  /** Statuses the type itself expresses: its claim is reported. */
  absorbs: readonly string[];
}

export interface Lexicons {
  byLanguage: ReadonlyMap<string, Lexicon>;
  relations: readonly RelationSignature[];
}

export class LexiconError extends Error {}

const phrases = (list: readonly string[]) => list.map(compilePhrase);

function parseFile<T>(file: string, schema: z.ZodType<T>): T {
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new LexiconError(`${file}:${lc.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  }
  const r = schema.safeParse(doc.toJS());
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number] } | undefined;
  const line = node?.range ? lc.linePos(node.range[0]).line : 1;
  throw new LexiconError(`${file}:${line}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

function toLexicon(f: z.infer<typeof LanguageFile>): Lexicon {
  return {
    language: f.language,
    abbreviations: new Set(f.abbreviations.map((a) => a.toLowerCase())),
    numbers: {
      decimal: f.numbers.decimal,
      thousands: f.numbers.thousands,
      multipliers: new Map(Object.entries(f.numbers.multipliers)),
      words: new Map(Object.entries(f.numbers.words)),
      qualifiers: QUALIFIERS.map((q) => ({ qualifier: q, phrases: phrases(f.numbers.qualifiers[q]) })),
      units: Object.entries(f.numbers.units).map(([key, list]) => ({ key, phrases: phrases(list) })),
    },
    status: SUGGEST_STATUSES.map((s) => ({ status: s, phrases: phrases(f.status[s]) })),
    attribution: {
      prepositions: phrases(f.attribution.prepositions),
      verbs: phrases(f.attribution.verbs),
      anaphora: phrases(f.attribution.anaphora),
      determiners: phrases(f.attribution.determiners),
    },
    dates: {
      months: f.dates.months.map((m) => m.toLowerCase()),
      weekdays: f.dates.weekdays.map((d) => d.toLowerCase()),
      today: phrases(f.dates.today),
      yesterday: phrases(f.dates.yesterday),
      next: phrases(f.dates.next),
    },
    entityCues: Object.entries(f.entityCues).map(([type, list]) => ({ type, phrases: phrases(list ?? []) })),
    triggers: new Map(Object.entries(f.relations).map(([type, list]) => [type, phrases(list)])),
    reversed: new Map(Object.entries(f.reversed).map(([type, list]) => [type, phrases(list)])),
    conjunctions: new Set(f.conjunctions.map((c) => c.toLowerCase())),
  };
}

export const LEXICON_DIR = path.resolve(import.meta.dirname, '../../data/lexicon');

/** Reads every <lang>.yaml of the folder and its relations.yaml; triggers must name a type relations.yaml knows. */
export function loadLexicons(dir = LEXICON_DIR): Lexicons {
  const sigFile = path.join(dir, 'relations.yaml');
  const sigs = parseFile(sigFile, SignatureFile);
  const relations: RelationSignature[] = Object.entries(sigs.relations).map(([type, s]) => ({
    type,
    from: s.from,
    to: s.to,
    figures: s.figures ?? [],
    ...(s.needs ? { needs: s.needs } : {}),
    claimant: s.claimant ?? false,
    nested: s.nested ?? false,
    as: new Map(Object.entries(s.as ?? {})),
    fact: s.fact ?? false,
    ...(s.maxGap !== undefined ? { maxGap: s.maxGap } : {}),
    absorbs: s.absorbs ?? [],
  }));
  const byLanguage = new Map<string, Lexicon>();
  for (const name of readdirSync(dir).sort()) {
    if (!/^[a-z]{2}\.yaml$/.test(name)) continue;
    const file = path.join(dir, name);
    const lex = toLexicon(parseFile(file, LanguageFile));
    if (`${lex.language}.yaml` !== name)
      throw new LexiconError(`${file}:1: language "${lex.language}" must match the file name`);
    for (const type of [...lex.triggers.keys(), ...lex.reversed.keys()])
      if (!relations.some((r) => r.type === type))
        throw new LexiconError(`${file}:1: relation type ${type} has triggers but no signature in ${sigFile}`);
    byLanguage.set(lex.language, lex);
  }
  return { byLanguage, relations };
}
