// Placeholder entry point until the source lands.
process.stderr.write('source-jira: not implemented yet\n');
process.exit(1);
