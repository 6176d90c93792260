import { resolve } from 'node:path';

// The CLI runs from source through tsx, so migrations sit two folders up from this file.
export const MIGRATIONS_FOLDER = resolve(__dirname, '..', '..', 'drizzle');
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
