// Placeholder entry point until the destination's runtime lands.
process.stderr.write('faros-destination: not implemented yet\n');
process.exit(1);
