// One timed run of one pipeline, in a fresh process so neither pipeline inherits the other's
// heap or JIT state. Prints a JSON result on stdout.
import { baselinePipeline, sdkPipeline } from './pipelines.mjs';

const [which, file, sinkPath] = process.argv.slice(2);
const pipeline = { sdk: sdkPipeline, baseline: baselinePipeline }[which];
if (!pipeline || !file || !sinkPath) {
  console.error('usage: node worker.mjs <sdk|baseline> <data file> <sink path>');
  process.exit(2);
}
const started = process.hrtime.bigint();
const records = await pipeline(file, sinkPath);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(
  `${JSON.stringify({ which, records, ms, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
