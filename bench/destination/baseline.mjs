// The baseline: a plain readline + JSON.parse loop over the input file. Prints the records counted.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let records = 0;
const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  const message = JSON.parse(line);
  if (message.type === 'RECORD') records++;
}
process.stdout.write(`${records}\n`);
