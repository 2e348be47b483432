import { z } from 'zod';

// zod 4 probes `new Function` to decide whether to compile fast parsers. Extension pages forbid
// eval (the default strict CSP), so the probe only raises a CSP violation report: turn it off.
z.config({ jitless: true });
