import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where a command writes: `out` for results (stdout), `err` for errors and warnings (stderr). */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** A command-line entry: takes the arguments after the script name, writes through `io`, returns the exit code. */
export type Main = (argv: readonly string[], io: Io) => number;

export const consoleIo: Io = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

const real = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** True when the module at `moduleUrl` (its `import.meta.url`) is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && real(fileURLToPath(moduleUrl)) === real(script);
}

/** Runs `main` with the process's arguments and console when its module is the script being run; a no-op when imported. */
export function runAsScript(moduleUrl: string, main: Main): void {
  if (isMain(moduleUrl)) process.exitCode = main(process.argv.slice(2), consoleIo);
}
