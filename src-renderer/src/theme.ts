// The page always carries a resolved data-theme ("light" or "dark"), so the CSS states the dark
// palette once. "system" follows the operating system's setting, live.
import type { Theme } from '../../src-main/contract/enums';

const media = window.matchMedia('(prefers-color-scheme: dark)');
let chosen: Theme = 'system';

function render(): void {
  document.documentElement.dataset.theme = chosen === 'system' ? (media.matches ? 'dark' : 'light') : chosen;
}

media.addEventListener('change', render);
render();

export function applyTheme(theme: Theme): void {
  chosen = theme;
  render();
}
