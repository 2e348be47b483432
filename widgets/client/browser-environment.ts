import type { Clock } from './delivery.js';
import type { FetchLike } from './send.js';

/** What a delivery loop needs from a browser page: its fetch, its timers and whether it is online. */
export function browserEnvironment(): { fetch: FetchLike; clock: Clock; online: () => boolean } {
  return {
    fetch: (input, init) => fetch(input, init),
    clock: {
      now: () => Date.now(),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    online: () => navigator.onLine !== false,
  };
}
