import { fields } from '@keystatic/core';
import type { ComponentSchema } from '@keystatic/core';
import { ROLE_KEY, type JsonSchema } from './content-model.ts';
import { pictureField } from './picture-upload.ts';

/**
 * Keystatic form fields made from the content model (JSON Schema from our
 * zod schemas): one field per schema property, with the limits the schema
 * knows (lengths, required, kinds, dates, references to people), so the form
 * refuses what the checks would refuse before it is saved.
 */

/** What the form shows for a field: labels and help, the only things a schema cannot say. */
export interface FieldHelp {
  label?: string;
  description?: string;
  /** A long text box rather than one line. */
  multiline?: boolean;
}

/** Help for fields by their path, e.g. `sources.url` (array items add no segment). */
export type FieldHelpMap = Readonly<Record<string, FieldHelp>>;

export interface FieldOptions {
  help?: FieldHelpMap;
  /** The field that names the file, written as a plain value in the frontmatter. */
  slugField?: string;
  /** The collection's folder, e.g. `content/articles`: uploaded pictures go in its `images/`. */
  pictureFolder?: string;
}

/** `publishedAt` → "Published at": a label when none is given. */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function lengthOf(schema: JsonSchema): { min?: number; max?: number } {
  return {
    ...(schema.minLength !== undefined ? { min: schema.minLength } : {}),
    ...(schema.maxLength !== undefined ? { max: schema.maxLength } : {}),
  };
}

/** The JSON Schema pattern as a form check, with the message the editor sees. */
function patternOf(schema: JsonSchema): { regex: RegExp; message: string } | undefined {
  if (schema.format === 'uri') {
    return { regex: /^https:\/\/\S+$/, message: 'an https:// address' };
  }
  if (schema.pattern === undefined) return undefined;
  return { regex: new RegExp(schema.pattern), message: `must match ${schema.pattern}` };
}

function textField(
  schema: JsonSchema,
  label: string,
  required: boolean,
  help: FieldHelp,
): ComponentSchema {
  const own = patternOf(schema);
  const min = schema.minLength ?? 0;
  // Keystatic applies a minimum length to an empty box too; an optional field may stay empty.
  const emptyOrLong =
    !required && min > 0
      ? {
          regex: new RegExp(`^(?:|[\\s\\S]{${min},})$`),
          message: `leave it empty, or write at least ${min} characters`,
        }
      : undefined;
  const pattern =
    own && emptyOrLong
      ? { regex: new RegExp(`^$|${own.regex.source}`), message: own.message }
      : (own ?? emptyOrLong);
  return fields.text({
    label,
    ...(help.description !== undefined ? { description: help.description } : {}),
    multiline: help.multiline ?? false,
    validation: {
      // An optional text left empty is left out of the file (see frontmatter-merge.ts).
      isRequired: required,
      length: required ? lengthOf(schema) : { ...lengthOf(schema), min: 0 },
      ...(pattern ? { pattern } : {}),
    },
  });
}

function numberField(schema: JsonSchema, label: string, required: boolean, help: FieldHelp) {
  const min = schema.minimum ?? schema.exclusiveMinimum;
  const validation = { isRequired: required, ...(min !== undefined ? { min } : {}) };
  const description = help.description;
  const common = { label, ...(description !== undefined ? { description } : {}) };
  return schema.type === 'integer'
    ? fields.integer({ ...common, validation })
    : fields.number({ ...common, validation, step: 0.01 });
}

/** One form field for one schema property. */
export function fieldFor(
  schema: JsonSchema,
  path: string,
  required: boolean,
  options: FieldOptions = {},
): ComponentSchema {
  const help = options.help?.[path] ?? {};
  const name = path.split('.').at(-1) ?? path;
  const label = help.label ?? labelFor(name);
  const description = help.description !== undefined ? { description: help.description } : {};

  if (schema[ROLE_KEY] === 'person') {
    return fields.relationship({
      label,
      ...description,
      collection: 'people',
      validation: { isRequired: true },
    });
  }
  if (schema[ROLE_KEY] === 'image' && options.pictureFolder !== undefined) {
    return pictureField(label, options.pictureFolder, required, help.description);
  }
  if (schema.enum !== undefined) {
    const choices = schema.enum.map((value) => ({ label: value, value }));
    const first = schema.enum[0];
    if (first === undefined) throw new Error(`${path}: an enum with no values`);
    if (!required) {
      // An optional choice starts empty; an empty choice is left out of the file.
      const none = { label: '(not given)', value: '' };
      return fields.select({
        label,
        ...description,
        options: [none, ...choices],
        defaultValue: '',
      });
    }
    return fields.select({ label, ...description, options: choices, defaultValue: first });
  }
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') {
        return fields.date({ label, ...description, validation: { isRequired: required } });
      }
      return textField(schema, label, required, help);
    case 'number':
    case 'integer':
      return numberField(schema, label, required, help);
    case 'boolean':
      return fields.checkbox({
        label,
        ...description,
        defaultValue: schema.default === true,
      });
    case 'array': {
      if (schema.items === undefined) throw new Error(`${path}: an array without items`);
      // An optional list may stay empty: the save then leaves it out of the file.
      const length = {
        ...(schema.minItems !== undefined && required ? { min: schema.minItems } : {}),
        ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
      };
      const item = fieldFor(schema.items, path, true, options);
      return fields.array(item, {
        label,
        ...description,
        validation: { length },
        itemLabel: (props) => itemLabel(shownValue(props)),
      });
    }
    case 'object':
      // In an object that may be left out, every field may be empty: the save leaves an empty
      // object out, and the checks judge one that is half filled in.
      return fields.object(fieldsFor(schema, path, options, required), { label, ...description });
    default:
      throw new Error(`${path}: the visual editor has no form field for ${JSON.stringify(schema)}`);
  }
}

/** The plain value of a list item's preview: an object's fields become a plain object. */
function shownValue(props: object): unknown {
  if ('value' in props) return props.value;
  if ('fields' in props && props.fields && typeof props.fields === 'object') {
    return Object.fromEntries(
      Object.entries(props.fields).map(([key, field]) => [key, shownValue(field as object)]),
    );
  }
  return undefined;
}

/** What an item of a list shows when folded: its first text, e.g. a source's title. */
function itemLabel(value: unknown): string {
  if (typeof value === 'string') return value || '(empty)';
  if (value && typeof value === 'object') {
    const first = Object.values(value).find((entry) => typeof entry === 'string' && entry !== '');
    if (typeof first === 'string') return first;
  }
  return '(empty)';
}

/** The form fields of an object schema, in the schema's order. */
export function fieldsFor(
  schema: JsonSchema,
  prefix = '',
  options: FieldOptions = {},
  present = true,
): Record<string, ComponentSchema> {
  const required = new Set(present ? (schema.required ?? []) : []);
  const result: Record<string, ComponentSchema> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (!prefix && name === options.slugField) {
      const help = options.help?.[path] ?? {};
      result[name] = fields.slug({
        name: {
          label: help.label ?? labelFor(name),
          ...(help.description !== undefined ? { description: help.description } : {}),
          validation: { isRequired: true, length: lengthOf(property) },
        },
        slug: {
          label: 'File name (the page address)',
          description: 'Lower-case words joined by hyphens, e.g. heat-or-ice',
        },
      });
      continue;
    }
    result[name] = fieldFor(property, path, required.has(name), options);
  }
  return result;
}
