import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The W3C Nu HTML checker, shipped as a jar inside the vnu-jar package. */
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One error the checker reports, at the 1-based line and column where it starts. */
export interface HtmlError {
  line: number;
  column: number;
  message: string;
  /** A few characters of the page around the error (built pages are mostly one long line). */
  extract: string;
}

/** The fields of the checker's `--format json` messages that are used here. */
interface VnuMessage {
  type: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

const run = promisify(execFile);

/** Every `.html` file under `dir`, relative to it with `/` separators, sorted; none if `dir` is missing. */
export function htmlPages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

function toError(message: VnuMessage): HtmlError {
  return {
    // The checker leaves out firstLine when the error starts and ends on one line.
    line: message.firstLine ?? message.lastLine ?? 0,
    column: message.firstColumn ?? message.lastColumn ?? 0,
    message: message.message,
    extract: (message.extract ?? '').replace(/\s+/g, ' '),
  };
}

/**
 * Checks `pages` (relative to `dir`) in one run of the checker, which takes a
 * few seconds to start. Returns each page's errors; a page without errors
 * maps to an empty list.
 */
export async function validateHtml(
  dir: string,
  pages: readonly string[],
): Promise<Map<string, HtmlError[]>> {
  const files = pages.map((page) => join(dir, page));
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout'];
  let stdout: string;
  try {
    ({ stdout } = await run('java', [...args, '--exit-zero-always', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'The HTML check needs Java 17 or later, and `java` was not found. ' +
          'Install it (Debian or Ubuntu: `sudo apt-get install -y default-jre-headless`) and run the tests again.',
        { cause: error },
      );
    }
    throw error;
  }
  const byFile = new Map(files.map((file, index) => [file, pages[index] ?? file]));
  const errors = new Map(pages.map((page): [string, HtmlError[]] => [page, []]));
  for (const message of (JSON.parse(stdout) as { messages: VnuMessage[] }).messages) {
    if (message.type === 'info') continue;
    const page = message.url ? byFile.get(fileURLToPath(message.url)) : undefined;
    if (page === undefined) {
      // Not about one of the pages (an I/O or internal error): nothing was checked.
      throw new Error(`The HTML checker failed: ${message.message}`);
    }
    errors.get(page)?.push(toError(message));
  }
  return errors;
}

/**
 * `validateHtml`, with its result kept in `cacheDir` under a hash of the
 * pages' names and contents. Playwright starts a new worker after a failed
 * test, and this lets that worker reuse the run instead of checking every
 * page again.
 */
export async function validateHtmlCached(
  dir: string,
  pages: readonly string[],
  cacheDir: string,
): Promise<Map<string, HtmlError[]>> {
  const hash = createHash('sha256');
  for (const page of pages)
    hash
      .update(page)
      .update('\0')
      .update(readFileSync(join(dir, page)));
  const cacheFile = join(cacheDir, `vnu-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(cacheFile)) {
    return new Map(JSON.parse(readFileSync(cacheFile, 'utf8')) as [string, HtmlError[]][]);
  }
  const errors = await validateHtml(dir, pages);
  mkdirSync(cacheDir, { recursive: true });
  // Written whole, then renamed: a reader never sees half a file.
  writeFileSync(`${cacheFile}.${process.pid}`, JSON.stringify([...errors]));
  renameSync(`${cacheFile}.${process.pid}`, cacheFile);
  return errors;
}

/** `dist/search/index.html:1:5088: Stray start tag “script”. (at: …)` */
export const formatHtmlError = (file: string, error: HtmlError): string =>
  `${file}:${error.line}:${error.column}: ${error.message} (at: ${error.extract})`;
