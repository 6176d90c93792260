// Theme tags are typed as one line, separated by commas ("boundaries, self-care").
export const themesFrom = (text: string): string[] =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
export const themesText = (themes: readonly string[]): string => themes.join(', ');
