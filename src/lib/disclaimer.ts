/**
 * The standard medical disclaimer, word for word as the editorial team agreed it.
 * Rendered by the Disclaimer component and looked for by the page checks,
 * so it lives only here.
 */
export const DISCLAIMER_TEXT =
  'This website gives general information only. It is not medical advice and does not replace advice from your GP, pharmacist or another health professional. If your symptoms are severe or you are worried, seek immediate medical advice: call 999 in an emergency or contact NHS 111.';

/** The attribute that marks the disclaimer's element in built pages. */
export const DISCLAIMER_MARKER_ATTRIBUTE = 'data-medical-disclaimer';
