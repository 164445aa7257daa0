import { describe, expect, it } from 'vitest';
import { DISCLAIMER_MARKER_ATTRIBUTE, DISCLAIMER_TEXT } from './disclaimer.ts';

describe('the standard medical disclaimer', () => {
  // Written out from the agreed disclaimer wording, not read from the code: the page check
  // looks for DISCLAIMER_TEXT, so a word dropped there would be dropped from every page unnoticed.
  it('is the agreed text, word for word', () => {
    expect(DISCLAIMER_TEXT).toBe(
      'This website gives general information only. It is not medical advice and does not replace advice from your GP, pharmacist or another health professional. If your symptoms are severe or you are worried, seek immediate medical advice: call 999 in an emergency or contact NHS 111.',
    );
  });

  it('is marked in built pages by the attribute that hand-written sites use too', () => {
    // test/fixtures/sites/broken writes this attribute by hand.
    expect(DISCLAIMER_MARKER_ATTRIBUTE).toBe('data-medical-disclaimer');
  });
});
