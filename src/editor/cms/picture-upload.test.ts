import { describe, expect, it } from 'vitest';
import { pictureExtension, pictureField, pictureMove, pictureRefusal } from './picture-upload.ts';
import { keepFormatting, RefusedUpload } from './save-hook.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = new Uint8Array([...Buffer.from('RIFF'), 1, 2, 3, 4, ...Buffer.from('WEBPVP8 ')]);
const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
const gif = new TextEncoder().encode('GIF89a....');

const encode = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes) : bytes).toString('base64url');

describe('which pictures the editor accepts', () => {
  it('knows PNG, JPEG and WebP by their bytes', () => {
    expect(pictureExtension(png)).toBe('png');
    expect(pictureExtension(jpeg)).toBe('jpg');
    expect(pictureExtension(webp)).toBe('webp');
    expect(pictureRefusal('photo.png', png)).toBeUndefined();
  });

  it('refuses an SVG, even one named .png, and says what to upload', () => {
    expect(pictureExtension(svg)).toBeUndefined();
    expect(pictureRefusal('drawing.svg', svg)).toMatch(
      /drawing\.svg: the picture is an SVG\. Upload a PNG, JPEG or WebP/,
    );
    expect(pictureRefusal('drawing.png', svg)).toMatch(/is an SVG/);
    expect(pictureRefusal('cat.gif', gif)).toMatch(
      /cat\.gif: the picture is not a PNG, JPEG or WebP picture/,
    );
  });
});

describe('where an uploaded picture goes', () => {
  it("puts an article's picture beside the page, named after it", () => {
    expect(pictureMove('content/articles/images/heat-or-ice/hero/src.PNG', png)).toEqual({
      file: 'content/articles/images/heat-or-ice.png',
      written: './images/heat-or-ice/hero/src.PNG',
      value: './images/heat-or-ice.png',
      page: 'content/articles/heat-or-ice.mdx',
    });
  });

  it("numbers a product's later pictures and names the real format", () => {
    expect(pictureMove('content/products/images/heat-pad/images/0/src.jpeg', jpeg)?.value).toBe(
      './images/heat-pad.jpg',
    );
    expect(pictureMove('content/products/images/heat-pad/images/2/src.webp', webp)).toMatchObject({
      file: 'content/products/images/heat-pad-3.webp',
      value: './images/heat-pad-3.webp',
    });
  });

  it('leaves other files alone', () => {
    expect(pictureMove('content/articles/heat-or-ice.mdx', png)).toBeUndefined();
    expect(pictureMove('content/articles/images/heat-or-ice.svg', png)).toBeUndefined();
  });
});

describe('saving an upload', () => {
  const page =
    '---\ntitle: Heat or ice\nhero:\n  src: ./images/heat-or-ice/hero/src.png\n  alt: A heat pack\n---\n\nBody.\n';
  const save = (picture: Uint8Array) =>
    JSON.stringify({
      additions: [
        { path: 'content/articles/heat-or-ice.mdx', contents: encode(page) },
        { path: 'content/articles/images/heat-or-ice/hero/src.png', contents: encode(picture) },
      ],
      deletions: [],
    });

  it('writes the picture beside the page and its relative path into the frontmatter', async () => {
    const out = JSON.parse(await keepFormatting(save(png), '/nonexistent')) as {
      additions: { path: string; contents: string }[];
    };
    expect(out.additions.map((addition) => addition.path)).toEqual([
      'content/articles/heat-or-ice.mdx',
      'content/articles/images/heat-or-ice.png',
    ]);
    const text = Buffer.from(out.additions[0]?.contents ?? '', 'base64url').toString('utf8');
    expect(text).toContain('  src: ./images/heat-or-ice.png\n');
    expect(Buffer.from(out.additions[1]?.contents ?? '', 'base64url')).toEqual(Buffer.from(png));
  });

  it('refuses an SVG with a message for the editor', async () => {
    await expect(keepFormatting(save(svg), '/nonexistent')).rejects.toThrow(RefusedUpload);
    await expect(keepFormatting(save(svg), '/nonexistent')).rejects.toThrow(
      /src\.png: the picture is an SVG/,
    );
  });
});

describe('the picture field', () => {
  const field = pictureField('Picture', 'content/articles', false);
  if (field.kind !== 'form' || field.formKind !== 'asset') throw new Error('not an asset field');

  it("keeps a page's existing picture path when saved unchanged", () => {
    const value = field.parse('./images/heat-or-ice.svg', {
      asset: undefined,
      slug: 'heat-or-ice',
    });
    expect(
      field.serialize(value, { slug: 'heat-or-ice', suggestedFilenamePrefix: 'hero/src' }),
    ).toEqual({
      value: './images/heat-or-ice.svg',
      asset: undefined,
    });
  });

  it('writes an upload where the save hook expects it', () => {
    const upload = { data: png, extension: 'png', filename: 'photo.png' };
    const out = field.serialize(upload, {
      slug: 'heat-or-ice',
      suggestedFilenamePrefix: 'hero/src',
    });
    expect(out.value).toBe('./images/heat-or-ice/hero/src.png');
    expect(field.directory).toBe('content/articles/images');
    expect(pictureMove(`${field.directory}/heat-or-ice/${out.asset?.filename}`, png)?.value).toBe(
      './images/heat-or-ice.png',
    );
    expect(
      field.serialize(null, { slug: 'heat-or-ice', suggestedFilenamePrefix: 'hero/src' }).value,
    ).toBeUndefined();
  });
});
