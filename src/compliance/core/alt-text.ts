/**
 * What counts as alt text that says nothing, shared by the frontmatter schema
 * (`hero.alt`, product images) and the `a11y/img-alt` rule for the body, so
 * that both reject the same words.
 */

/** Words a CMS or a hurried editor puts in alt text that tell a screen reader user nothing. */
const PLACEHOLDER_WORDS = [
  'image',
  'picture',
  'photo',
  'photograph',
  'graphic',
  'img',
  'icon',
  'banner',
  'hero',
  'screenshot',
  'untitled',
  // Kept from the schema's earlier list, so moving the check here weakens nothing.
  'illustration',
];

/** A file name such as `back-pain_01.JPG`: what editors leave when they upload and move on. */
const FILE_NAME = String.raw`\S+\.(?:png|jpe?g|gif|webp|avif|svg)`;

const MEANINGLESS = new RegExp(
  String.raw`^(?:(?:an?|the)\s+)?(?:${PLACEHOLDER_WORDS.join('|')}|${FILE_NAME})$`,
  'i',
);

/**
 * True when alt text is only a placeholder word ("image", "the photo") or a
 * file name, case-insensitive and ignoring surrounding spaces. Empty alt text
 * is not "meaningless" here: whether `alt=""` is allowed (decorative images)
 * is the caller's decision.
 */
export function isMeaninglessAlt(alt: string): boolean {
  return MEANINGLESS.test(alt.trim());
}
