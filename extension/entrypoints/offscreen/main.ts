import '../../platform/zod-jitless.js';
import { hostRunner } from '../../batch/runner-host.js';

// Chrome's offscreen document: the DOM context where batches and off-DOM audits run.
hostRunner();
