import { makeHandler } from '@keystatic/astro/api';
import type { APIRoute } from 'astro';
import keystaticConfig from '../../../keystatic.config.ts';
import { keepFormatting, RefusedUpload } from './save-hook.ts';

// Served by `astro dev` only, with the visual editor loaded (npm run cms).
export const prerender = false;

const keystaticApi = makeHandler({ config: keystaticConfig });

/**
 * Keystatic's own API, with one step before a save: each file it writes
 * keeps the text of what did not change (see save-hook.ts), so a saved
 * entry is as if edited by hand and `git diff` shows only the edit.
 */
export const ALL: APIRoute = async (context) => {
  const { request } = context;
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/update')) {
    return keystaticApi(context);
  }
  let body: string;
  try {
    body = await keepFormatting(await request.text(), process.cwd());
  } catch (error) {
    // Keystatic shows the answer's text to the person saving.
    if (error instanceof RefusedUpload) return new Response(error.message, { status: 400 });
    throw error;
  }
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  const forwarded = new Request(request.url, { method: 'POST', headers, body });
  return keystaticApi({ ...context, request: forwarded });
};
