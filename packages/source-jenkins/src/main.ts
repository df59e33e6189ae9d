// Placeholder entry point until the source lands.
process.stderr.write('source-jenkins: not implemented yet\n');
process.exit(1);
