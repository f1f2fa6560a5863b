/** Colour for human views; the command's context decides whether it is on (a terminal, no NO_COLOR). */
const style = (code: number, on: boolean) => (text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

export function painter(color: boolean) {
  return {
    red: style(31, color),
    green: style(32, color),
    yellow: style(33, color),
    bold: style(1, color),
    dim: style(2, color),
  };
}
export type Painter = ReturnType<typeof painter>;
