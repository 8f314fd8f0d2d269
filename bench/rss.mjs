// Preloaded into each benchmarked process (node --import): records the process's peak memory when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.LECTERN_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
