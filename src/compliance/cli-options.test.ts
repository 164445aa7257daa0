import { describe, expect, it } from 'vitest';
import { parseCliOptions, USAGE, UsageError } from './cli-options.ts';

const local = {};
const onGithub = { GITHUB_ACTIONS: 'true' };

describe('parseCliOptions', () => {
  it('checks everything in the terminal’s format, with the cache, when given nothing', () => {
    expect(parseCliOptions([], local)).toStrictEqual({
      paths: [],
      format: 'pretty',
      watch: false,
      debug: false,
      help: false,
      explain: undefined,
      cache: true,
    });
  });

  it('reads paths and every option', () => {
    expect(
      parseCliOptions(
        [
          'content/articles/a.mdx',
          '--format',
          'json',
          '--watch',
          '--debug',
          '--no-cache',
          '--explain',
          'links/broken',
          'content/products',
        ],
        local,
      ),
    ).toStrictEqual({
      paths: ['content/articles/a.mdx', 'content/products'],
      format: 'json',
      watch: true,
      debug: true,
      help: false,
      explain: 'links/broken',
      cache: false,
    });
  });

  it('takes -h for --help', () => {
    expect(parseCliOptions(['-h'], local).help).toBe(true);
    expect(parseCliOptions(['--help'], local).help).toBe(true);
  });

  it('annotates for GitHub on GitHub Actions unless a format is asked for', () => {
    expect(parseCliOptions([], onGithub).format).toBe('github');
    expect(parseCliOptions(['--format', 'pretty'], onGithub).format).toBe('pretty');
  });

  it('refuses an unknown format, naming the ones it knows', () => {
    expect(() => parseCliOptions(['--format', 'xml'], local)).toThrow(
      new UsageError('--format must be one of pretty, json, github; got "xml"'),
    );
  });

  it('refuses an unknown option as a usage error, with node’s message', () => {
    const call = () => parseCliOptions(['--fast'], local);
    expect(call).toThrow(UsageError);
    expect(call).toThrow(/Unknown option '--fast'/);
  });

  it('refuses an option without its value as a usage error', () => {
    expect(() => parseCliOptions(['--format'], local)).toThrow(UsageError);
  });

  it('names every option in the usage text', () => {
    for (const option of ['--format', '--watch', '--no-cache', '--explain', '--debug', '--help']) {
      expect(USAGE).toContain(option);
    }
  });
});
