// Checks of single values as the model's schemas make them (shared/model.ts: idSchema, instantSchema, a string's
// max length), without zod: the hand-written checks that run where zod costs too much (entryCheck.ts for every stored
// entry, the CLI's check of a running host's answers to status) build on these.

// The limits of instantSchema and idSchema.
const MAX_INSTANT = 8.64e15;
const MAX_ID = 64;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && isText(value, MAX_ID);
}

export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_INSTANT;
}

export function isText(value: unknown, max: number): value is string {
  // zod measures a string in code points; a code point is one or two UTF-16 units, so only a long string needs counting.
  return typeof value === 'string' && (value.length <= max || codePoints(value) <= max);
}

/** Code points as zod counts them: a high surrogate followed by a low one is one, any other unit (lone ones too) one. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}
