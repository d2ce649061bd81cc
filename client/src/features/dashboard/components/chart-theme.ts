// The same colours as the CSS variables in src/styles.css (SVG presentation attributes cannot read
// CSS variables reliably); each has at least 3:1 contrast against the white panel.
export const chartColors = {
  primary: '#0b5394',
  listed: '#05603a',
  target: '#8a4b00',
  grid: '#d5dbe1',
  text: '#1f2933',
  muted: '#4b5563',
};
