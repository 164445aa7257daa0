/**
 * `npm run preview [-- --host 127.0.0.1 --port 4321]`: serves the built dist/
 * with the headers of its `_headers` file, so what the browser (and the
 * end-to-end tests) see is what the production host sends.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer, HeadersFileError, readHeaderRules } from './static-server.ts';

const USAGE = 'usage: npm run preview [-- --host 127.0.0.1] [--port 4321] [--dir dist]';

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '4321' },
        dir: { type: 'string', default: 'dist' },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return null;
  }
}

function main(): number | undefined {
  const values = options(process.argv.slice(2));
  const port = Number(values?.port);
  if (!values || !Number.isInteger(port) || port < 0 || port > 65_535) {
    if (values) console.error(`--port must be a number from 0 to 65535\n${USAGE}`);
    return 2;
  }
  const dir = join(process.cwd(), values.dir);
  let server;
  try {
    server = createStaticServer(dir, readHeaderRules(dir));
  } catch (error) {
    if (!(error instanceof HeadersFileError)) throw error;
    console.error(error.message);
    return 1;
  }
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `port ${port} is in use: stop the other server or pass --port`
        : `preview server failed: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(port, values.host, () => {
    console.log(`Serving ${values.dir}/ with its _headers at http://${values.host}:${port}/`);
  });
  return undefined;
}

process.exitCode = main();
