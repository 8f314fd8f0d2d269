// Compiles the CLI once before the tests that run it as a user would, so they test what users run.
import { compile } from '../../scripts/compile.mjs';

export default async function setup(): Promise<void> {
  await compile();
}
