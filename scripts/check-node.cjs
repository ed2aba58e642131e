/**
 * The first step of `npm start`, `npm run build`, `npm run dev` and `npm test`: on an older Node the
 * tools fail with messages that do not name the cause (`node: bad option: --experimental-strip-types`),
 * so this says it first. Written for any Node (CommonJS, nothing newer than Node 12), because it must
 * run on the Node it turns away. The minimum is `engines.node` in package.json.
 */
'use strict';

const path = require('path');

/** "22.19.0" from ">=22.19.0", the one form `engines.node` takes here. */
function minimumOf(range) {
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(String(range).trim());
  if (!match) throw new Error('scripts/check-node.cjs reads engines.node as ">=X.Y.Z", not "' + range + '"');
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Why `version` ("v20.19.5" or "20.19.5") cannot run the project, or '' when it can. */
function problem(version, range) {
  const minimum = minimumOf(range);
  const parts = String(version).replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    if ((parts[i] || 0) > minimum[i]) return '';
    if ((parts[i] || 0) < minimum[i]) {
      return (
        'This project needs Node ' +
        minimum.join('.') +
        ' or newer; this is Node ' +
        String(version).replace(/^v/, '') +
        '. README.md, section "Node 22", says how to get it without replacing the system\'s Node.'
      );
    }
  }
  return '';
}

module.exports = { problem: problem };

if (require.main === module) {
  const range = require(path.join(__dirname, '..', 'package.json')).engines.node;
  const message = problem(process.versions.node, range);
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
