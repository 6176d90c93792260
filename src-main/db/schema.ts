// The vault's tables, gathered from the features that own them (each feature's tables.ts).
// drizzle-kit generates the migrations in drizzle/ from this file; never edit a generated
// migration, add a new one. Only this file and each feature's own folder name a feature's tables.
export * from '../core/supervisees/tables';
export * from '../core/settings/tables';
export * from '../core/audit/tables';
export * from '../core/sessions/tables';
export * from '../core/signing/tables';
export * from '../core/hours/tables';
export * from '../core/notes/tables';
export * from '../core/drafts/tables';
export * from '../core/reflections/tables';
export * from '../core/agreements/tables';
export * from '../core/frameworks/tables';
export * from '../core/alliance/tables';
export * from '../core/supervisor/tables';
export * from '../core/retention/tables';
export * from '../core/exchange/tables';
export * from '../core/timeline/tables';
export * from '../core/search/tables';
