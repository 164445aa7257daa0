/**
 * The NHS warning signs for back pain, written out here word for word, level
 * by level and in order, as the editors took them from the NHS pages on back
 * pain and on sciatica. They are deliberately not read from
 * src/lib/urgent-help.ts: the tests compare that data, and the callout on the
 * built pages, with this list, so a sign deleted, reworded or added there
 * fails them. Change this list only after checking the live NHS pages.
 */
export const NHS_WARNING_SIGNS = {
  'call-999': {
    action: 'Call 999 or go to A&E if you have back pain and:',
    signs: [
      'pain, tingling, weakness or numbness in both legs',
      'numbness or tingling around your genitals or bottom (buttocks)',
      'difficulty peeing',
      'loss of bladder or bowel control (peeing or pooing yourself)',
      'chest pain',
      'the pain started after a serious accident, such as a car accident',
      'sciatica (an irritated nerve) on both sides, or weakness or numbness in both legs that is severe or getting worse',
    ],
  },
  'urgent-gp-or-111': {
    action: 'Ask for an urgent GP appointment or contact NHS 111 if you have back pain and:',
    signs: [
      'a high temperature',
      'you have lost weight without trying to',
      'there is a lump or swelling in your back, or your back has changed shape',
      'the pain does not get better after resting, or is worse at night',
      'the pain is worse when you sneeze, cough or poo',
      'the pain comes from the top of your back (between your shoulders) rather than your lower back',
    ],
  },
  'see-a-gp': {
    action: 'See a GP if:',
    signs: [
      'the pain has not improved after a few weeks',
      'it stops you doing everyday activities',
      'it is very bad or getting worse',
      'you are worried or struggling to cope',
    ],
  },
} as const;
