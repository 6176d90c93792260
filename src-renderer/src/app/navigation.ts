export const VIEWS = [
  { id: 'week', label: 'This week' },
  { id: 'supervisees', label: 'Supervisees' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'sessions', label: 'Sessions & hours' },
  { id: 'notes', label: 'Case notes' },
  { id: 'competencies', label: 'Competencies' },
  { id: 'reflect', label: 'Reflect' },
  { id: 'you', label: 'Your licence & duties' },
  { id: 'settings', label: 'Settings' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

// In a supervisee's own vault the list of supervisions is their own (features/settings/vault-role.ts).
export const viewLabel = (id: ViewId, role: 'supervisor' | 'supervisee'): string =>
  role === 'supervisee' && id === 'supervisees' ? 'Your supervision' : VIEWS.find((v) => v.id === id)!.label;
