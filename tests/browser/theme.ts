// CSS variables that mimic Obsidian's default light and dark themes, so styles.css and the charts'
// theme colours are exercised as in the app. Values are approximations, not Obsidian's own.
const shared = `
body { margin: 0; font-family: system-ui, sans-serif; font-size: 16px;
  --font-interface: system-ui, sans-serif; --font-monospace: ui-monospace, monospace;
  --font-ui-smaller: 12px; --font-ui-small: 13px; --font-ui-medium: 15px; --font-ui-large: 20px;
  --font-semibold: 600; --radius-s: 4px; --radius-m: 8px;
  --size-4-1: 4px; --size-4-2: 8px; --size-4-3: 12px; --size-4-4: 16px;
  background: var(--background-primary); color: var(--text-normal); }
.workspace { display: flex; flex-direction: column; }
.workspace-leaf { width: 100%; }
.view-header { display: none; }
.view-content { padding: var(--size-4-4); box-sizing: border-box; }
.side-dock-ribbon { display: none; }
a { color: var(--link-color); }
`;

const light = `
body.theme-light {
  --background-primary: #ffffff; --background-secondary: #f6f6f6; --background-modifier-border: #e0e0e0;
  --text-normal: #222222; --text-muted: #5c5c5c; --text-faint: #999999; --link-color: #8a5cf5;
  --interactive-accent: #8a5cf5; --color-red: #e93147; --color-orange: #ec7500; --color-orange-rgb: 236, 117, 0;
  --color-yellow: #e0ac00; --color-green: #08b94e; --color-cyan: #00bfbc; --color-blue: #086ddd;
  --color-purple: #7852ee; --color-pink: #d53984; }
`;

const dark = `
body.theme-dark {
  --background-primary: #1e1e1e; --background-secondary: #262626; --background-modifier-border: #363636;
  --text-normal: #dadada; --text-muted: #b3b3b3; --text-faint: #666666; --link-color: #a68af9;
  --interactive-accent: #7f6df2; --color-red: #fb464c; --color-orange: #e9973f; --color-orange-rgb: 233, 151, 63;
  --color-yellow: #e0de71; --color-green: #44cf6e; --color-cyan: #53dfdd; --color-blue: #027aff;
  --color-purple: #a882ff; --color-pink: #fa99cd; }
`;

/** The page's base CSS: both themes; the body class picks one. */
export const THEME_CSS = shared + light + dark;
