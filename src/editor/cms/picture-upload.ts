import { fields, type ComponentSchema } from '@keystatic/core';
import { createElement, Fragment } from 'react';

/**
 * Pictures uploaded through the visual editor. Keystatic writes an upload to
 * `<directory>/<slug>/<field path>.<ext>` (e.g. `images/heat-or-ice/hero/src.png`);
 * the save hook moves it to where the README puts pictures, the `images/`
 * folder beside the page (`images/heat-or-ice.png`), and writes the same
 * relative path into the frontmatter that hand-written pages use.
 */

/** The formats an editor may upload; SVG is refused because sharp would run uploaded SVG code. */
const signatures = [
  {
    ext: 'png',
    matches: (b: Uint8Array) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { ext: 'jpg', matches: (b: Uint8Array) => startsWith(b, [0xff, 0xd8, 0xff]) },
  {
    ext: 'webp',
    matches: (b: Uint8Array) =>
      startsWith(b, [0x52, 0x49, 0x46, 0x46]) &&
      startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  },
] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The file extension for the picture's real format, judged by its bytes, not its name. */
export function pictureExtension(bytes: Uint8Array): 'png' | 'jpg' | 'webp' | undefined {
  return signatures.find((signature) => signature.matches(bytes))?.ext;
}

/** Why an upload is refused, or undefined when it is a PNG, JPEG or WebP picture. */
export function pictureRefusal(name: string, bytes: Uint8Array): string | undefined {
  if (pictureExtension(bytes) !== undefined) return undefined;
  const svg =
    /\.svg$/i.test(name) ||
    /^\s*(?:<\?xml|<svg)/i.test(new TextDecoder().decode(bytes.subarray(0, 200)));
  const what = svg ? 'an SVG' : 'not a PNG, JPEG or WebP picture';
  return `${name}: the picture is ${what}. Upload a PNG, JPEG or WebP picture instead${
    svg ? ' (an SVG must be added to the images folder by hand)' : ''
  }.`;
}

/** Where an uploaded picture goes, and the frontmatter value Keystatic wrote and the one to keep. */
export interface PictureMove {
  /** The file to write, e.g. `content/articles/images/heat-or-ice.png`. */
  file: string;
  /** The value Keystatic put in the frontmatter, e.g. `./images/heat-or-ice/hero/src.png`. */
  written: string;
  /** The value to keep, as a hand-written page has it, e.g. `./images/heat-or-ice.png`. */
  value: string;
  /** The page the picture belongs to, e.g. `content/articles/heat-or-ice.mdx`. */
  page: string;
}

const uploadPath =
  /^(content\/(?:articles|products))\/images\/([a-z0-9-]+)\/([a-z]+(?:\/[a-z0-9]+)*)\.[A-Za-z0-9]+$/;

/**
 * The move for a file Keystatic uploads, or undefined for any other file. The
 * first picture of a page is named after the page; a product's second picture
 * gets `-2`, and so on.
 */
export function pictureMove(path: string, bytes: Uint8Array): PictureMove | undefined {
  const match = uploadPath.exec(path);
  if (!match) return undefined;
  const [, folder = '', slug = '', fieldPath = ''] = match;
  const ext = pictureExtension(bytes);
  if (ext === undefined) return undefined;
  const index = Number(/\/(\d+)\//.exec(`${fieldPath}/`)?.[1] ?? '0');
  const name = `${slug}${index > 0 ? `-${index + 1}` : ''}.${ext}`;
  return {
    file: `${folder}/images/${name}`,
    written: `./${path.slice(folder.length + 1)}`,
    value: `./images/${name}`,
    page: `${folder}/${slug}.mdx`,
  };
}

/** Whether a file Keystatic saves is an uploaded picture (to check and move). */
export function isUpload(path: string): boolean {
  return uploadPath.test(path);
}

/**
 * A picture field: an upload button for a new picture, and for a page that
 * already names one (which Keystatic cannot find, as it sits beside the page
 * rather than in Keystatic's own folder) the path kept as it is.
 */
export function pictureField(
  label: string,
  folder: string,
  required: boolean,
  description?: string,
): ComponentSchema {
  const upload = fields.image({
    label,
    directory: `${folder}/images`,
    publicPath: './images',
    ...(description !== undefined ? { description } : {}),
    validation: { isRequired: required },
  });
  type Value = { data: Uint8Array; extension: string; filename: string } | null;
  // An upload's filename is a bare name; only the stand-in for a page's own picture has a path.
  const kept = (value: Value): value is { data: Uint8Array; extension: string; filename: string } =>
    value !== null && value.data.byteLength === 0 && value.filename.startsWith('./');
  return {
    ...upload,
    Input(props) {
      const input = upload.Input(props);
      if (!kept(props.value)) return input;
      // Its preview is empty (the file is not in Keystatic's folder): say which file it is.
      const current = `Current picture: ${props.value.filename}. Choose a file to replace it.`;
      return createElement(
        Fragment,
        null,
        input,
        createElement('p', { 'data-current-picture': '' }, current),
      );
    },
    parse(value, args) {
      const parsed = upload.parse(value, args);
      if (parsed === null && typeof value === 'string' && value !== '') {
        // The picture the page already has: an empty stand-in that saves as the same path.
        return {
          data: new Uint8Array(),
          extension: value.split('.').at(-1) ?? '',
          filename: value,
        };
      }
      return parsed;
    },
    serialize(value, args) {
      if (kept(value)) return { value: value.filename, asset: undefined };
      return upload.serialize(value, args);
    },
  } as typeof upload;
}
