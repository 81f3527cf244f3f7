import * as z from 'zod/mini';

// Must run before any schema is built: zod's JIT uses `new Function`, which the strict CSP
// (script-src 'self', no 'unsafe-eval') forbids.
z.config({ jitless: true });
