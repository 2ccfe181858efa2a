// The benchmarks' command line: `--name` flags and `--name value` options.
export function cliArgs(args = process.argv.slice(2)) {
  return {
    flag: (name) => args.includes(name),
    /** The word after `name`, or `fallback` when `name` is missing or last. */
    option: (name, fallback) => {
      const i = args.indexOf(name);
      return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
    },
  };
}
