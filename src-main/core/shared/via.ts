// Audit entries say where an action came from when it was not the app window.
export type Via = 'app' | 'cli';
export const viaDetail = (via: Via): { via?: 'cli' } => (via === 'cli' ? { via } : {});
