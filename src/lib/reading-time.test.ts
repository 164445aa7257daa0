import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTime, readingTimeLabel } from './reading-time.ts';

describe('countWords', () => {
  it('counts the words of prose, headings and lists', () => {
    expect(countWords('## Keep moving\n\nStay as active as you can.\n\n- Walk a little\n')).toBe(
      11,
    );
  });

  it('counts link text but not the address, and keeps "self-care" and "don\'t" whole', () => {
    expect(
      countWords("Don't skip [self-care at home](https://www.nhs.uk/conditions/back-pain/)."),
    ).toBe(5);
  });

  it('leaves out imports, components, expressions and comments', () => {
    const body = [
      "import Note from '../components/Note.astro';",
      '',
      '{/* a note for editors that visitors never see */}',
      '',
      'Heat may ease the pain <Cite n={1} />.',
      '',
      '<UrgentHelp />',
    ].join('\n');
    expect(countWords(body)).toBe(5);
  });

  it('counts the words a component shows around its text, but not its props', () => {
    expect(countWords('<Note title="Not shown here">\n\nHeat can ease the pain.\n\n</Note>')).toBe(
      5,
    );
    expect(countWords('Rest <Term word="spasm">for a day</Term> or two.')).toBe(6);
  });

  it('counts nothing in an empty body', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('reads 200 words a minute, rounded to the nearest minute', () => {
    expect(readingMinutes(800)).toBe(4);
    expect(readingMinutes(899)).toBe(4);
    expect(readingMinutes(900)).toBe(5);
  });

  it('never says less than a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(40)).toBe(1);
  });

  it('takes another pace', () => {
    expect(readingMinutes(600, 100)).toBe(6);
  });
});

describe('readingTimeLabel', () => {
  it('says "About 4 minutes to read", and "minute" for one', () => {
    expect(readingTimeLabel(4)).toBe('About 4 minutes to read');
    expect(readingTimeLabel(1)).toBe('About 1 minute to read');
  });
});

describe('readingTime', () => {
  it('turns an MDX body into the label', () => {
    const body = `${'word '.repeat(810)}<Cite n={1} />`;
    expect(readingTime(body)).toBe('About 4 minutes to read');
  });
});
