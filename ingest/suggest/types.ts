// What the suggester reads and what it proposes (also the shape of `npm run suggest -- --json`).
import type { Figure } from './numbers.ts';

export interface SuggestArticle {
  id: string;
  language: string;
  /** As in the front matter: 2024-10-23T22:24, 2024-10-23 or 2024-10. */
  published: string;
  text: string;
}

export interface SuggestEntity {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[];
}

/** A curated claim of another article: what the suggester may learn from. */
export interface KnownClaim {
  from: string;
  type: string;
  to: string;
}

export interface Candidate {
  id: string;
  from: string;
  type: string;
  to: string;
  status: string;
  /** yyyy-mm-dd or yyyy-mm. */
  date: string;
  claimant: string | null;
  figures: Figure[];
  article: string;
  /** The article's own sentence, verified with the ingest quote matcher. */
  quote: string;
  confidence: number;
  /** How the candidate was found: trigger, status, claimant and date cues. */
  rule: string;
}

export interface NewEntity {
  id: string;
  name: string;
  /** Guessed from a cue word ("president", "regio", "*dienst") or the shape of the name. */
  type: string;
  mentions: number;
  rule: string;
  /** The first sentence that names it. */
  quote: string;
}

export interface Suggestions {
  candidates: Candidate[];
  newEntities: NewEntity[];
  /** Sentences whose text the quote matcher did not find back (expected 0). */
  unverified: number;
}
