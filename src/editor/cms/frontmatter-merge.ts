import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair } from 'yaml';

/**
 * Merges the YAML an editor saved into the YAML that was in the file, so the
 * file keeps its own formatting (folded text, `[a, b]` lists, comments, key
 * order) and only the fields whose values changed are rewritten, inside
 * nested objects and lists of objects too. A value the form leaves empty
 * (an unfilled optional field) is left out of the file.
 */

type Value = unknown;

/** True for what an unfilled optional form field gives: nothing is written for it. */
function isEmpty(value: Value): boolean {
  if (value === null || value === undefined || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}

/** The value without its empty parts (see `isEmpty`); undefined when nothing is left. */
export function withoutEmpty(value: Value): Value {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return isEmpty(value) ? undefined : value;
}

/** Dates compare by the day they name, whether YAML read them as dates or as strings. */
function normalise(value: Value): Value {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item)]));
  }
  if (typeof value === 'string') return value.trim();
  return value;
}

function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** `key: value` as YAML, without a final newline. */
function entryText(key: string, value: Value): string {
  return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where a top-level entry's text ends, not counting the line break after it. */
function entryEnd(text: string, valueEnd: number): number {
  let end = valueEnd;
  while (end > 0 && text[end - 1] === '\n') end -= 1;
  return end;
}

/** A plain object (not a list or a date). */
function isRecord(value: Value): value is Record<string, Value> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** The column a position is at, for indenting a rewritten nested entry. */
function columnOf(text: string, position: number): number {
  return position - (text.lastIndexOf('\n', position - 1) + 1);
}

/**
 * Edits inside a block map whose keys all stay (only values change), so a
 * field changed in a nested object, e.g. `hero.src`, leaves its neighbours'
 * text as it was. False when that cannot be done: the caller rewrites the
 * whole entry.
 */
function nestedEdits(
  text: string,
  node: unknown,
  before: Value,
  after: Value,
  edits: Edit[],
): boolean {
  if (isMap(node) && !node.flow && isRecord(before) && isRecord(after)) {
    const pairs = node.items as Pair[];
    const keys = pairs.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined));
    const same =
      keys.every((key) => key !== undefined && key in after) &&
      Object.keys(after).length === keys.length;
    if (!same) return false;
    const mine: Edit[] = [];
    for (const pair of pairs) {
      const key = String((pair.key as Node & { value: unknown }).value);
      if (sameValue(before[key], after[key])) continue;
      if (nestedEdits(text, pair.value, before[key], after[key], mine)) continue;
      const range = (pair.key as Node).range;
      if (!range) return false;
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
      const end = entryEnd(text, valueRange ? valueRange[1] : range[2]);
      const indent = ' '.repeat(columnOf(text, range[0]));
      mine.push({
        start: range[0],
        end,
        text: entryText(key, after[key]).replaceAll('\n', `\n${indent}`),
      });
    }
    edits.push(...mine);
    return true;
  }
  if (isSeq(node) && !node.flow && Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return false;
    const mine: Edit[] = [];
    for (const [index, item] of node.items.entries()) {
      if (sameValue(before[index], after[index])) continue;
      if (!nestedEdits(text, item, before[index], after[index], mine)) return false;
    }
    edits.push(...mine);
    return true;
  }
  return false;
}

/**
 * The YAML `saved` describes, written into `original` with as few changes as
 * possible. With no original (a new entry), the saved YAML without its empty
 * values.
 */
export function mergeYaml(original: string | undefined, saved: string): string {
  const savedData = withoutEmpty(parseDocument(saved).toJS()) ?? {};
  if (typeof savedData !== 'object' || Array.isArray(savedData)) {
    throw new Error('the editor saved YAML that is not a map of fields');
  }
  const wanted = savedData as Record<string, Value>;
  if (original === undefined || original.trim() === '') {
    return stringify(wanted, { lineWidth: 0 });
  }
  const document = parseDocument(original);
  if (!isMap(document.contents)) return stringify(wanted, { lineWidth: 0 });
  const originalData = document.toJS() as Record<string, Value>;
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const pair of document.contents.items as Pair[]) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    seen.add(key);
    const start = pair.key.range[0];
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
    const end = entryEnd(original, valueRange ? valueRange[1] : pair.key.range[2]);
    if (!(key in wanted)) {
      // The whole entry goes, with its line break.
      edits.push({ start, end: original[end] === '\n' ? end + 1 : end, text: '' });
    } else if (
      !sameValue(originalData[key], wanted[key]) &&
      !nestedEdits(original, pair.value, originalData[key], wanted[key], edits)
    ) {
      edits.push({ start, end, text: entryText(key, wanted[key]) });
    }
  }
  let result = original;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  const added = Object.keys(wanted).filter((key) => !seen.has(key));
  if (added.length > 0) {
    if (!result.endsWith('\n')) result += '\n';
    result += added.map((key) => `${entryText(key, wanted[key])}\n`).join('');
  }
  return result;
}
