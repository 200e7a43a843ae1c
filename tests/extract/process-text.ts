import type { Format } from '../../schemas/document.ts';
import { processBytes } from '../../pipeline/process.ts';
import { describeSource } from '../../pipeline/source.ts';

/** The whole pipeline (reader, extraction) over a document written in a test; throws when it cannot be read. */
export async function processText(name: string, text: string, format: Format = 'txt') {
  const bytes = new TextEncoder().encode(text);
  const result = await processBytes(describeSource(`/docs/${name}`, bytes, format), bytes);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/** A record's text on one line, for comparing with text written in the test. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
