/**
 * The urgent-help callout: three levels, in this order, from the NHS pages
 * on back pain and on sciatica. The back pain signs keep the NHS wording word
 * for word (the sciatica sign is ours, in plain English); check the live NHS
 * pages at each review, since their wording changes.
 */
export interface UrgentHelpLevel {
  /** Short id used for the heading's anchor. */
  id: string;
  /** What to do, as a heading. */
  action: string;
  /** When to do it: the warning signs, each finishing "You have back pain and …". */
  signs: readonly string[];
  /** How serious this level is; decides the callout's colour. */
  severity: 'emergency' | 'urgent' | 'routine';
}

export const URGENT_HELP_LEVELS: readonly UrgentHelpLevel[] = [
  {
    id: 'call-999',
    action: 'Call 999 or go to A&E if you have back pain and:',
    severity: 'emergency',
    signs: [
      'pain, tingling, weakness or numbness in both legs',
      'numbness or tingling around your genitals or bottom (buttocks)',
      'difficulty peeing',
      'loss of bladder or bowel control (peeing or pooing yourself)',
      'chest pain',
      'the pain started after a serious accident, such as a car accident',
      // From the NHS sciatica page rather than the back pain page.
      'sciatica (an irritated nerve) on both sides, or weakness or numbness in both legs that is severe or getting worse',
    ],
  },
  {
    id: 'urgent-gp-or-111',
    action: 'Ask for an urgent GP appointment or contact NHS 111 if you have back pain and:',
    severity: 'urgent',
    signs: [
      'a high temperature',
      'you have lost weight without trying to',
      'there is a lump or swelling in your back, or your back has changed shape',
      'the pain does not get better after resting, or is worse at night',
      'the pain is worse when you sneeze, cough or poo',
      'the pain comes from the top of your back (between your shoulders) rather than your lower back',
    ],
  },
  {
    id: 'see-a-gp',
    action: 'See a GP if:',
    severity: 'routine',
    signs: [
      'the pain has not improved after a few weeks',
      'it stops you doing everyday activities',
      'it is very bad or getting worse',
      'you are worried or struggling to cope',
    ],
  },
];

/** Where these signs come from; shown under the callout. */
export const URGENT_HELP_SOURCES = [
  { title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/back-pain/' },
  { title: 'Sciatica', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/sciatica/' },
] as const;
