/** Colour for human views: only when stdout is a terminal, never with NO_COLOR. */
const enabled = () => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

const style = (code: number) => (text: string) => (enabled() ? `\x1b[${code}m${text}\x1b[0m` : text);

export const paint = { red: style(31), green: style(32), yellow: style(33), bold: style(1), dim: style(2) };
