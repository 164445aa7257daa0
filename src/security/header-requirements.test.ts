import { describe, expect, it } from 'vitest';
import {
  DENIED_FEATURES,
  HASHED_ASSET_HEADERS,
  PAGE_HEADERS,
  maxAge,
  type HeaderRequirement,
} from './header-requirements.ts';

const requirement = (list: readonly HeaderRequirement[], name: string): HeaderRequirement => {
  const found = list.find((header) => header.name === name);
  if (!found) throw new Error(`no requirement for ${name}`);
  return found;
};
const page = (name: string) => requirement(PAGE_HEADERS, name);

describe('the headers every page must get', () => {
  it('are these five, each with an example that passes its own check', () => {
    expect(PAGE_HEADERS.map(({ name, example }) => [name, example])).toEqual([
      ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
      ['Cache-Control', 'public, max-age=0, must-revalidate'],
    ]);
    for (const header of [...PAGE_HEADERS, ...HASHED_ASSET_HEADERS]) {
      expect(header.check(header.example)).toBeNull();
    }
    expect(DENIED_FEATURES).toEqual(['camera', 'microphone', 'geolocation']);
  });
});

describe('maxAge', () => {
  it.each([
    ['max-age=31536000', 31_536_000],
    ['MAX-AGE = "600"', 600],
    ['public, max-age=60', 60],
    ['public,max-age=60', 60],
    ['includeSubDomains; max-age=5', 5],
    ['public max-age=7', 7],
    ['s-maxage=60', null],
    ['x-max-age=60', null],
    ['max-age=', null],
    ['public', null],
  ])('reads %j as %j', (value, expected) => {
    expect(maxAge(value)).toBe(expected);
  });
});

describe('Strict-Transport-Security', () => {
  const check = page('Strict-Transport-Security').check;
  it('wants a max-age of a year or more', () => {
    expect(check('max-age=31536000')).toBeNull();
    expect(check('max-age=31535999; includeSubDomains')).toBe(
      'max-age must be at least 31536000 (a year), found "max-age=31535999; includeSubDomains"',
    );
    expect(check('includeSubDomains')).toBe(
      'max-age must be at least 31536000 (a year), found "includeSubDomains"',
    );
  });
});

describe('X-Content-Type-Options', () => {
  const check = page('X-Content-Type-Options').check;
  it('wants nosniff, in any case and spacing', () => {
    expect(check(' NoSniff ')).toBeNull();
    expect(check('sniff')).toBe('expected "nosniff", found "sniff"');
  });
});

describe('Referrer-Policy', () => {
  const check = page('Referrer-Policy').check;
  it.each(['strict-origin-when-cross-origin', 'strict-origin', 'same-origin', 'no-referrer'])(
    'accepts %s',
    (value) => {
      expect(check(value)).toBeNull();
    },
  );

  it('reads the last policy of a list, as browsers do, in any case', () => {
    expect(check('unsafe-url, Strict-Origin')).toBeNull();
    expect(check('no-referrer, unsafe-url')).toBe(
      '"no-referrer, unsafe-url" may send the full address of a page to other sites; expected strict-origin-when-cross-origin',
    );
  });

  it.each(['unsafe-url', 'origin', 'no-referrer-when-downgrade', ''])('refuses %j', (value) => {
    expect(check(value)).toBe(
      `"${value}" may send the full address of a page to other sites; expected strict-origin-when-cross-origin`,
    );
  });
});

describe('Permissions-Policy', () => {
  const check = page('Permissions-Policy').check;
  it('wants camera, microphone and geolocation denied, white space aside', () => {
    expect(check('geolocation=( ),camera=(),  MICROPHONE=(), usb=(self)')).toBeNull();
  });

  it('names each feature not denied, and what to write', () => {
    expect(check('camera=(self), geolocation=()')).toBe(
      'does not deny camera, microphone; write camera=(), microphone=()',
    );
    expect(check('')).toBe(
      'does not deny camera, microphone, geolocation; write camera=(), microphone=(), geolocation=()',
    );
    expect(check('camera, microphone=(), geolocation=()')).toBe(
      'does not deny camera; write camera=()',
    );
  });
});

describe('Cache-Control', () => {
  const html = page('Cache-Control').check;
  const asset = requirement(HASHED_ASSET_HEADERS, 'Cache-Control').check;

  it('lets HTML be cached for an hour at most, or revalidated each time', () => {
    expect(html('public, max-age=3600')).toBeNull();
    expect(html('no-cache')).toBeNull();
    expect(html('No-Store')).toBeNull();
    expect(html('public, max-age=3601')).toBe(
      'HTML must be cached for at most 3600 seconds, found "public, max-age=3601"',
    );
    expect(html('public')).toBe('HTML must be cached for at most 3600 seconds, found "public"');
  });

  it('never lets HTML be cached as immutable', () => {
    expect(html('public, max-age=60, Immutable')).toBe(
      'HTML must not be cached as immutable, found "public, max-age=60, Immutable"',
    );
    expect(html('no-cache, immutable')).toBe(
      'HTML must not be cached as immutable, found "no-cache, immutable"',
    );
  });

  it('wants hashed assets cached as immutable for a year or more', () => {
    expect(asset('public, max-age=31536000, IMMUTABLE')).toBeNull();
    const refused = (value: string) =>
      `files under /_astro/ have content hashes in their names and must be cached as "public, max-age=31536000, immutable", found "${value}"`;
    expect(asset('public, max-age=31535999, immutable')).toBe(
      refused('public, max-age=31535999, immutable'),
    );
    expect(asset('public, max-age=31536000')).toBe(refused('public, max-age=31536000'));
    expect(asset('public, immutable')).toBe(refused('public, immutable'));
  });
});
