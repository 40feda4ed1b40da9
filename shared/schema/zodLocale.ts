import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini loads no locale of its own: without this, every message zod writes itself would read
// only "Invalid input". English, as zod's classic build set it, keeps the details the API returns.
config(en());
