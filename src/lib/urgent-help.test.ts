import { describe, expect, it } from 'vitest';
import { NHS_WARNING_SIGNS } from '../../test/nhs-warning-signs.ts';
import { URGENT_HELP_LEVELS, URGENT_HELP_SOURCES } from './urgent-help.ts';

describe('the urgent-help callout', () => {
  it('keeps its three levels in order: 999 or A&E, urgent GP or NHS 111, then a GP', () => {
    expect(URGENT_HELP_LEVELS.map((level) => level.id)).toEqual([
      'call-999',
      'urgent-gp-or-111',
      'see-a-gp',
    ]);
  });

  it('gives every NHS warning sign word for word, at its level, and no other', () => {
    expect(
      URGENT_HELP_LEVELS.map(({ id, action, signs }) => ({ id, action, signs: [...signs] })),
    ).toEqual(
      Object.entries(NHS_WARNING_SIGNS).map(([id, { action, signs }]) => ({
        id,
        action,
        signs: [...signs],
      })),
    );
  });

  it('sends sciatica on both sides, or severe or worsening weakness or numbness in both legs, to 999 or A&E', () => {
    const emergency = URGENT_HELP_LEVELS.find((level) => level.id === 'call-999');
    expect(emergency?.signs).toContain(
      'sciatica (an irritated nerve) on both sides, or weakness or numbness in both legs that is severe or getting worse',
    );
    expect(URGENT_HELP_SOURCES.map((source) => source.url)).toEqual([
      'https://www.nhs.uk/conditions/back-pain/',
      'https://www.nhs.uk/conditions/sciatica/',
    ]);
  });
});
