// Parsed input, before validation. Every item remembers where it came from.
import type { FigureQualifier } from '../lib/model/figures.ts';

export interface Where {
  file: string;
  line: number;
}

export interface Problem extends Where {
  message: string;
}

export interface EntityInput {
  at: Where;
  /** Line of each field, for precise messages. */
  fieldLines: Record<string, number>;
  id: unknown;
  name: unknown;
  type: unknown;
  aliases: unknown;
  description: unknown;
}

export interface RelationInput {
  at: Where;
  fieldLines: Record<string, number>;
  id: unknown;
  from: unknown;
  type: unknown;
  to: unknown;
  status: unknown;
  date: unknown;
  claimant: unknown;
  figures: unknown;
  article: unknown;
  quote: unknown;
}

export interface ArticleInput {
  at: Where;
  fieldLines: Record<string, number>;
  id: unknown;
  title: unknown;
  outlet: unknown;
  published: unknown;
  language: unknown;
  url: unknown;
  /** The body, unchanged. */
  text: string;
}

export interface ParsedInput {
  entities: EntityInput[];
  relations: RelationInput[];
  articles: ArticleInput[];
  problems: Problem[];
  files: string[];
}

// Validated, ready to write.
export interface Entity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  description: string | null;
}

export interface PartialDate {
  /** As written: 2024, 2024-10 or 2024-10-28 (articles may add a time). */
  text: string;
  year: number;
  month: number;
  day: number;
}

export interface Claim {
  id: string;
  from: string;
  type: string;
  to: string;
  status: string;
  date: PartialDate | null;
  claimant: string | null;
  figures: Record<string, number>;
  /** Figures that are bounds ("at least 1500"); empty when all are exact. */
  figureQualifiers: Record<string, FigureQualifier>;
  article: string;
  quote: string;
}

export interface Article {
  id: string;
  title: string;
  outlet: string;
  published: PartialDate;
  language: string;
  /** The article's address (front matter `url:`), shown in the reader and in figure source footers. */
  url: string | null;
  text: string;
}

export interface ValidInput {
  entities: Entity[];
  claims: Claim[];
  articles: Article[];
}
