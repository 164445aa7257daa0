import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;

let loaded: Nlp | undefined;

/**
 * compromise, loaded the first time a sentence needs reading: most pages
 * never need it, and loading it costs about a quarter of a second, which a
 * check of one file would otherwise always pay. Its one-file CommonJS build
 * loads faster than its ES modules, and `require` keeps the callers
 * synchronous.
 */
export function nlp(text: string): ReturnType<Nlp> {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded(text);
}
