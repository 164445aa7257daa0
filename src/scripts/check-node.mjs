// Runs before every npm script that needs Node 24. Plain JavaScript on
// purpose: it must also run, and explain itself, on the machine's older Node.
const required = 24;
const major = Number(process.versions.node.split('.')[0]);

if (major < required) {
  console.error(
    [
      `error  This project needs Node ${required}; npm scripts are running on Node ${process.versions.node}.`,
      '',
      'The project pins Node 24 through the `node` devDependency, whose install script',
      'puts it in node_modules/.bin. That script did not run. Fix it with:',
      '',
      '  npm install-scripts approve node && npm ci',
      '',
      '(Do not install with --ignore-scripts.)',
    ].join('\n'),
  );
  process.exit(1);
}
