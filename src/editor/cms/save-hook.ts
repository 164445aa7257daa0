import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mergeBody } from './body-merge.ts';
import { mergeYaml } from './frontmatter-merge.ts';
import { isUpload, pictureMove, pictureRefusal, type PictureMove } from './picture-upload.ts';

/**
 * What Keystatic's local API receives on a save: files to write (contents in
 * base64url) and files to delete. Each file written under content/ is merged
 * into the one on disk (see mergeFile), so it keeps its hand-written form.
 */
interface Update {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

const BOM = '\uFEFF';

/** A page's frontmatter YAML and body; a YAML file is all frontmatter. */
function split(path: string, text: string): { yaml: string; body: string | undefined } {
  if (!path.endsWith('.mdx')) return { yaml: text, body: undefined };
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: '', body: text };
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/** The file `saved` describes, keeping the text of `original` wherever the meaning is the same. */
export function mergeFile(path: string, original: string | undefined, saved: string): string {
  const bom = original?.startsWith(BOM) ? BOM : '';
  const before = original === undefined ? undefined : split(path, original.slice(bom.length));
  const after = split(path, saved);
  const yaml = mergeYaml(before?.yaml, after.yaml);
  if (after.body === undefined) return bom + yaml;
  const body = mergeBody(before?.body, after.body);
  // A new page gets the blank line after its frontmatter that hand-written pages have.
  const gap = before === undefined && !body.startsWith('\n') ? '\n' : '';
  return `${bom}---\n${yaml}---\n${gap}${body}`;
}

async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** An upload the editor may not save; its message is for the person editing. */
export class RefusedUpload extends Error {}

/**
 * Uploaded pictures checked (PNG, JPEG or WebP only, judged by their bytes)
 * and moved beside their page; throws RefusedUpload for any other file.
 */
function movePictures(additions: Update['additions']): {
  additions: Update['additions'];
  moves: PictureMove[];
} {
  const moves: PictureMove[] = [];
  const moved = additions.map((addition) => {
    if (!isUpload(addition.path)) return addition;
    const bytes = new Uint8Array(Buffer.from(addition.contents, 'base64url'));
    const refusal = pictureRefusal(addition.path.split('/').at(-1) ?? addition.path, bytes);
    if (refusal !== undefined) throw new RefusedUpload(refusal);
    const move = pictureMove(addition.path, bytes);
    if (move === undefined) return addition;
    moves.push(move);
    return { ...addition, path: move.file };
  });
  return { additions: moved, moves };
}

/** The JSON body of a Keystatic save, with every content file merged into the one on disk. */
export async function keepFormatting(requestBody: string, root: string): Promise<string> {
  let update: Update;
  try {
    update = JSON.parse(requestBody) as Update;
  } catch {
    // Keystatic answers bad requests itself.
    return requestBody;
  }
  if (!Array.isArray(update.additions)) return requestBody;
  const { additions: placed, moves } = movePictures(update.additions);
  const additions = await Promise.all(
    placed.map(async (addition) => {
      if (!/^content\/.+\.(?:mdx|yaml)$/.test(addition.path)) return addition;
      let saved = Buffer.from(addition.contents, 'base64url').toString('utf8');
      for (const move of moves) {
        if (move.page === addition.path) saved = saved.replaceAll(move.written, move.value);
      }
      const original = await readIfThere(join(root, addition.path));
      const merged = mergeFile(addition.path, original, saved);
      return { ...addition, contents: Buffer.from(merged, 'utf8').toString('base64url') };
    }),
  );
  return JSON.stringify({ ...update, additions });
}
