// The benchmarks' command-line parser: a registry of flags, `--name value` or `--name=value`, each folded
// into the arguments by its own apply. One parser for bench:render and bench:api.

export interface Flag<A> {
  name: string;
  takesValue: boolean;
  apply: (a: A, v: string) => A;
}

export const usageOf = <A>(script: string, flags: readonly Flag<A>[]): string =>
  `usage: npm run ${script} -- [${flags.map((f) => (f.takesValue ? `${f.name} <v>` : f.name)).join('] [')}]`;

export function parseFlags<A>(argv: readonly string[], flags: readonly Flag<A>[], defaults: A, usage: string): A {
  let args = defaults;
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = (argv[i] as string).split(/=(.*)/s, 2) as [string, string | undefined];
    const flag = flags.find((f) => f.name === name);
    if (!flag) throw new Error(`unknown flag ${name}\n${usage}`);
    if (!flag.takesValue) {
      args = flag.apply(args, '');
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${name} needs a value\n${usage}`);
    args = flag.apply(args, value);
  }
  return args;
}
