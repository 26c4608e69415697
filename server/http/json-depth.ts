// A nesting limit for JSON request bodies. JSON.parse copes with any depth, but what comes after it (zod,
// the Cypher parameter conversion, JSON.stringify of a saved view) recurses and overflows the stack near a few
// thousand levels: a 500 for the client, a stall for everyone. So deep text is refused before it is parsed.
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.ts';

/** Levels of arrays/objects a body may nest. Saved views and Cypher parameters need well under 20. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether JSON text nests arrays/objects more than `max` levels. One pass over the characters, no recursion,
 * no allocation; brackets inside strings do not count. Exact for valid JSON (invalid JSON fails to parse).
 */
export function jsonTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return false;
}

export const tooDeep = (max: number) =>
  new HttpError(400, 'TooDeep', `JSON body nests deeper than ${max} levels of arrays and objects`);

/** Replaces Fastify's JSON parser with one that checks the depth first, then parses exactly as before. */
export function installJsonDepthLimit(app: FastifyInstance, max = MAX_JSON_DEPTH): void {
  const { onProtoPoisoning = 'error', onConstructorPoisoning = 'error' } = app.initialConfig;
  const parseJson = app.getDefaultJsonParser(onProtoPoisoning, onConstructorPoisoning);
  app.removeContentTypeParser('application/json');
  // Routes' own bodyLimit still applies: Fastify passes the route limit to every parser.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body as string;
    if (jsonTooDeep(text, max)) {
      done(tooDeep(max), undefined);
      return;
    }
    parseJson(req, text, done);
  });
}
