import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectionName } from '../../compliance/core/document.ts';
import { ContentChecker } from '../lsp/content-checker.ts';
import {
  CHECKS_PATH,
  entryFile,
  type ChecksRequest,
  type ChecksResponse,
} from './checks-messages.ts';
import { mergeFile } from './save-hook.ts';

function parseRequest(body: string): ChecksRequest | string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'the request is not JSON';
  }
  if (!value || typeof value !== 'object') return 'the request is not an object';
  const { collection, slug, text } = value as Record<string, unknown>;
  if (typeof collection !== 'string' || typeof slug !== 'string') {
    return 'the request needs "collection" and "slug"';
  }
  if (text !== undefined && typeof text !== 'string') return '"text" must be a string';
  return {
    collection: collection as CollectionName,
    slug,
    ...(text !== undefined ? { text } : {}),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(body));
}

/** The findings of `npm run check` for one entry, from its unsaved text when given. */
export async function checkEntry(
  checker: ContentChecker,
  request: ChecksRequest,
): Promise<ChecksResponse | undefined> {
  const file = entryFile(request.collection, request.slug);
  if (!file) return undefined;
  const onDisk = await readFile(join(checker.root, file), 'utf8').catch(() => undefined);
  // The text as a save would write it, so lines and columns match the file after saving.
  const text = request.text !== undefined ? mergeFile(file, onDisk, request.text) : onDisk;
  if (text === undefined) return { file, unsaved: false, findings: [] };
  const findings = await checker.checkContent(file, text, request.collection);
  return { file, unsaved: request.text !== undefined, findings };
}

/**
 * A dev-server middleware answering POST CHECKS_PATH with the source rules'
 * findings for one entry. It exists only in `npm run cms`.
 */
export function checksMiddleware(root: string) {
  // Claims data and people are read from disk when a check needs them, and kept until forgotten.
  const checker = new ContentChecker(root, () => undefined);
  const middleware = (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ): void => {
    if (request.url !== CHECKS_PATH) return next();
    if (request.method !== 'POST') return send(response, 405, { error: 'use POST' });
    readBody(request)
      .then(async (body) => {
        const parsed = parseRequest(body);
        if (typeof parsed === 'string') return send(response, 400, { error: parsed });
        const result = await checkEntry(checker, parsed);
        if (!result) return send(response, 404, { error: 'no such entry' });
        return send(response, 200, result);
      })
      .catch((error: unknown) =>
        send(response, 500, { error: error instanceof Error ? error.message : String(error) }),
      );
  };
  return { checker, middleware };
}
