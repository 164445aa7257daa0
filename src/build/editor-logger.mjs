// Astro's log output for `npm run build`, minus stack traces: editors get
// the one-line message (and our own file:line finding after it), not the
// internals of the renderer. `--debug` keeps the traces. Plain JavaScript
// because Astro loads logger entrypoints without TypeScript.
const levels = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };
const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const stackFrame = /^\s+at\s/;

/**
 * Vite's bundler warns, once for every MDX page, that it may drop the
 * `"use astro:head-inject"` marker Astro puts in the module. Astro reads the
 * marker before bundling, so nothing is lost (Astro issue 18087, confirmed
 * and open): twelve lines a page that an editor can do nothing about.
 */
const headInjectWarning = /\bMODULE_LEVEL_DIRECTIVE\b[\s\S]*"use astro:head-inject"/;

/**
 * `allToStderr` keeps stdout for the build's reports alone (`--format json`).
 * @param {{ level?: keyof typeof levels, debug?: boolean, allToStderr?: boolean }} [config]
 */
export default function editorLogger(config = {}) {
  const { level = 'info', debug = false, allToStderr = false } = config;
  return {
    /** @param {{ label: string | null, level: keyof typeof levels, message: string, newLine: boolean }} event */
    write(event) {
      if (levels[event.level] < levels[level]) return;
      if (!debug && event.level === 'warn' && headInjectWarning.test(event.message)) return;
      const destination =
        allToStderr || levels[event.level] >= levels.error ? process.stderr : process.stdout;
      const message = debug
        ? event.message
        : event.message
            .split('\n')
            .filter((line) => !stackFrame.test(line))
            .join('\n');
      const prefix =
        event.label === 'SKIP_FORMAT'
          ? ''
          : `${time.format(new Date())} ${event.label ? `[${event.label}] ` : ''}${event.level === 'error' ? 'error ' : event.level === 'warn' ? 'warning ' : ''}`;
      destination.write(`${prefix}${message}${event.newLine ? '\n' : ''}`);
    },
  };
}
