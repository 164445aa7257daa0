import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listContentFiles } from '../compliance/source/content-files.ts';
import { parseFrontmatter } from '../compliance/core/frontmatter.ts';
import { calendarRows, formatCalendarJson, formatCalendarTable } from './review-calendar-rows.ts';

const USAGE = 'usage: npm run review-calendar [-- --format table|json]';

/** `npm run review-calendar`: every page's last and next review. Exit 0, or 2 on a usage error. */
async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { format: { type: 'string', default: 'table' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    console.error(`error  ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { format, help } = parsed.values;
  if (help) {
    console.log(USAGE);
    return 0;
  }
  if (format !== 'table' && format !== 'json') {
    console.error(`error  --format must be table or json; got "${format}"\n${USAGE}`);
    return 2;
  }

  const root = process.cwd();
  const files = (await listContentFiles(root)).filter((entry) => entry.collection !== 'people');
  const pages = await Promise.all(
    files.map(async ({ file }) => ({
      file,
      data: parseFrontmatter(await readFile(join(root, file), 'utf8')).data,
    })),
  );
  const today = new Date();
  const rows = calendarRows(pages, today);
  console.log(format === 'json' ? formatCalendarJson(rows, today) : formatCalendarTable(rows));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
