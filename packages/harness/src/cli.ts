// Placeholder entry point until the harness lands.
process.stderr.write('airbyte-harness: not implemented yet\n');
process.exit(1);
