// A build of 150 statements killed with SIGKILL at 20 instants, over the whole build and while it moves files into place:
// whatever the instant, the next build leaves dist/ equal, file for file and byte for byte, to a clean build.
import { describe } from 'vitest';
import { crashTest } from '../helpers/crash.js';

describe('a build stopped by SIGKILL at any instant', () => crashTest('SIGKILL'));
