#!/usr/bin/env node
// faros-ce-sandbox: see README. (Being built: issue #3.)
process.stderr.write('faros-ce-sandbox: not built yet\n');
process.exitCode = 1;
