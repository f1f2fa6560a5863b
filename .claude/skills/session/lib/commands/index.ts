/** Every command, with the one line `session --help` shows for it. Each lives in `commands/<name>.ts`. */
export const COMMANDS: Record<string, string> = {
  get: "print a session's state as JSON",
  set: "enter a step and merge context, creating the session if absent",
  reset: "delete a session's active state, without an archive",
  save: "archive a session to a dated markdown report and end it",
  cleanup: "remove old archives, archive sessions left untouched",
  doctor: "check the state folder and, with --fix, repair it",
};
