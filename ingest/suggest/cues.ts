// What the wording of a sentence says about a claim: its status (hedge, denial, fear, plan, confirmation), who
// makes it (attribution: "volgens X", "X zegt", "according to X", "X told reporters") and when (dates in the text,
// else the article's publication date).
import type { CueStatus, Lexicon } from './lexicon.ts';
import { matchAny, type Phrase, type Token } from './phrases.ts';

/** Strongest first: a denial outweighs a hedge, a hedge outweighs a plan. */
const STATUS_ORDER: readonly CueStatus[] = ['denied', 'unconfirmed', 'estimated', 'alleged', 'planned', 'confirmed'];

export interface StatusCue {
  status: string;
  /** The lexicon phrase that decided it, for the rule. */
  cue?: string;
}

/** The claim status the sentence's wording gives; a hedge on a sentence with figures is an estimate. */
export function statusOf(toks: readonly Token[], lex: Lexicon, hasFigures: boolean): StatusCue {
  const found = new Map<CueStatus, string>();
  for (const s of lex.status) {
    const hit = matchAny(toks, s.phrases)[0];
    if (hit) found.set(s.status, hit.phrase.source);
  }
  for (const status of STATUS_ORDER) {
    const cue = found.get(status);
    if (cue === undefined) continue;
    if (status === 'alleged' && hasFigures) return { status: 'estimated', cue };
    return { status, cue };
  }
  return { status: 'reported' };
}

/** A mention inside a sentence, in token indexes. */
export interface TokenMention {
  entity: string;
  type: string;
  first: number;
  last: number;
  /** Named inside another entity's name ("Noord-Koreaanse" in "Noord-Koreaanse troepen"): never the claimant. */
  nested?: true;
}

const CLAIMANT_TYPES = new Set(['Person', 'Organization', 'Country']);
/** How far a claimant may stand from "volgens" / the verb, in tokens ("volgens de Zuid-Koreaanse inlichtingendienst"). */
const AFTER_WINDOW = 3;
const BEFORE_WINDOW = 10;

export interface Attribution {
  claimant: string;
  cue: string;
  /** The attribution points back to the sentence before ("Dat meldt John Kirby"). */
  anaphoric: boolean;
}

const speaker = (m: TokenMention) => CLAIMANT_TYPES.has(m.type) && !m.nested;

const firstAfter = (mentions: readonly TokenMention[], at: number, window: number) =>
  mentions.find((m) => speaker(m) && m.first >= at && m.first <= at + window);

/** The subject before a verb: the nearest person within the window, else the nearest organisation or country
 *  ("Een Noord-Koreaanse vertegenwoordiger bij de Verenigde Naties in New York noemde" → the representative). */
function lastBefore(mentions: readonly TokenMention[], at: number, window: number): TokenMention | undefined {
  const before = [...mentions].reverse().filter((m) => speaker(m) && m.last < at && m.last >= at - window);
  return before.find((m) => m.type === 'Person') ?? before[0];
}

function anaphoraBefore(toks: readonly Token[], verbAt: number, anaphora: readonly Phrase[]): boolean {
  return (
    matchAny(toks.slice(Math.max(0, verbAt - BEFORE_WINDOW), verbAt + 1), anaphora).length > 0 &&
    verbAt <= BEFORE_WINDOW
  );
}

/** The subject right after the verb, or after a determiner ("Dat meldt John Kirby", "zei de Britse zender", "said
 *  Kirby"), not the start of a clause or an object after it ("Rutte zegt dat Noord-Korea …", "bevestigt inzet …"). */
function inverted(
  toks: readonly Token[],
  mentions: readonly TokenMention[],
  end: number,
  lex: Lexicon,
): TokenMention | undefined {
  const m = firstAfter(mentions, end, 1);
  if (!m || m.first === end) return m;
  return matchAny(toks.slice(end, end + 1), lex.attribution.determiners).length ? m : undefined;
}

/** Who the sentence says makes the claim, or null. */
export function attributionOf(
  toks: readonly Token[],
  mentions: readonly TokenMention[],
  lex: Lexicon,
): Attribution | null {
  for (const p of matchAny(toks, lex.attribution.prepositions)) {
    const m = firstAfter(mentions, p.at + p.length, AFTER_WINDOW);
    if (m) return { claimant: m.entity, cue: p.phrase.source, anaphoric: false };
  }
  for (const v of matchAny(toks, lex.attribution.verbs)) {
    const end = v.at + v.length;
    // The subject right before the verb ("Rutte bevestigt"), else right after it ("Dat meldt John Kirby"), else the
    // nearest one before it.
    const m =
      lastBefore(mentions, v.at, 0) ?? inverted(toks, mentions, end, lex) ?? lastBefore(mentions, v.at, BEFORE_WINDOW);
    if (m)
      return {
        claimant: m.entity,
        cue: v.phrase.source,
        anaphoric: anaphoraBefore(toks, v.at, lex.attribution.anaphora),
      };
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export interface DateCue {
  date: string;
  cue: string;
}

/** The date a sentence gives, relative to publication (`published` as yyyy-mm-dd, yyyy-mm or yyyy). */
export function dateOf(toks: readonly Token[], lex: Lexicon, published: string): DateCue {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0];
  const pub = day ? new Date(`${day}T00:00:00Z`) : null;
  const year = Number(published.slice(0, 4));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!.text;
    const month = lex.dates.months.indexOf(t);
    if (month >= 0) {
      const before = Number(toks[i - 1]?.text);
      const after = Number(toks[i + 1]?.text);
      const y = after >= 1900 && after <= 2100 ? after : year;
      const d = before >= 1 && before <= 31 ? before : after >= 1 && after <= 31 ? after : 0;
      return { date: d ? `${y}-${pad(month + 1)}-${pad(d)}` : `${y}-${pad(month + 1)}`, cue: t };
    }
    const weekday = lex.dates.weekdays.indexOf(t);
    if (weekday >= 0 && pub) {
      const next = i > 0 && matchAny(toks.slice(i - 1, i), lex.dates.next).length > 0;
      const delta = ((weekday + 1) % 7) - pub.getUTCDay();
      const shift = next ? (delta <= 0 ? delta + 7 : delta) : delta > 0 ? delta - 7 : delta;
      return { date: iso(new Date(pub.getTime() + shift * 86_400_000)), cue: t };
    }
  }
  if (pub && matchAny(toks, lex.dates.yesterday).length)
    return { date: iso(new Date(pub.getTime() - 86_400_000)), cue: 'yesterday' };
  return { date: day ?? published.slice(0, 7), cue: 'published' };
}
