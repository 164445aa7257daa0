import { afterEach, describe, expect, it, vi } from 'vitest';
import editorLogger from './editor-logger.mjs';

const headInject = [
  '[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "content/articles/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  '   ╭─[ content/articles/a.mdx?astroPropagatedAssets:2:6 ]',
  '   │',
  '   2 │               "use astro:head-inject";',
].join('\n');

describe("the build's log for editors", () => {
  const out: string[] = [];
  const err: string[] = [];
  afterEach(() => {
    out.length = 0;
    err.length = 0;
    vi.restoreAllMocks();
  });
  const capture = () => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  };

  it("leaves out the bundler's warning about Astro's head-inject marker, and no other warning", () => {
    capture();
    const logger = editorLogger();
    logger.write({ label: 'vite', level: 'warn', message: headInject, newLine: true });
    logger.write({
      label: 'vite',
      level: 'warn',
      message: '[MODULE_LEVEL_DIRECTIVE] The semantics of "use client" may not be preserved',
      newLine: true,
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^\d\d:\d\d:\d\d \[vite\] warning \[MODULE_LEVEL_DIRECTIVE\] The semantics of "use client"/,
    );
  });

  it('keeps the head-inject warning with --debug', () => {
    capture();
    editorLogger({ debug: true }).write({
      label: 'vite',
      level: 'warn',
      message: headInject,
      newLine: true,
    });
    expect(out.join('')).toContain('"use astro:head-inject"');
  });

  it('drops stack frames from errors, which go to stderr', () => {
    capture();
    editorLogger().write({
      label: 'build',
      level: 'error',
      message: 'Something broke\n    at render (file.js:1:1)\n    at next (file.js:2:2)',
      newLine: true,
    });
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/\[build\] error Something broke\n$/);
  });
});
