import { z } from 'zod';

// Zod probes for `new Function` to compile fast parsers; the content security policy forbids
// eval, and the probe alone shows up as a violation in the browser. Our forms are small.
// Imported by the root route (so it runs before any page parses) and by lib/forms.ts (for
// scripts and tests that use the schemas without the app).
z.config({ jitless: true });
