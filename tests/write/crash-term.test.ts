// A build of 150 statements stopped with SIGTERM at 20 instants, over the whole build and while it moves files into place:
// whatever the instant, the next build leaves dist/ equal, file for file and byte for byte, to a clean build.
// Stopped politely, a build finishes or undoes its move first, and exits 143.
import { describe } from 'vitest';
import { crashTest } from '../helpers/crash.js';

describe('a build stopped by SIGTERM at any instant', () => crashTest('SIGTERM'));
