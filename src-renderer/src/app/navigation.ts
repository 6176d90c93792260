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
