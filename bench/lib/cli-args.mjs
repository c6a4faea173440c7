// Tiny flag parser for the bench scripts: `--name value`, `--name=value` and bare boolean `--flag`.
// The bench stays plain .mjs without dependencies, so oclif's parser is not used here.

/**
 * @param {string[]} argv  process.argv.slice(2)
 * @param {{strings?: string[], booleans?: string[]}} spec  known flag names (without `--`)
 * @returns {Record<string, string | boolean>}
 */
export function parseFlags(argv, spec) {
  const strings = new Set(spec.strings ?? [])
  const booleans = new Set(spec.booleans ?? [])
  /** @type {Record<string, string | boolean>} */
  const flags = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`)
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    if (booleans.has(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`)
      flags[name] = true
    } else if (strings.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1)
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`)
      flags[name] = value
    } else {
      throw new UsageError(`unknown flag --${name}`)
    }
  }
  return flags
}

/** A positive integer flag; accepts `1000000`, `1_000_000`, `1e6`, `1m`, `5M`, `100k`. */
export function parseCount(name, text) {
  const match = /^(\d+(?:\.\d+)?)(e\d+|[kKmM])?$/.exec(text.replaceAll('_', ''))
  if (!match) throw new UsageError(`--${name} must be a positive number such as 1000000, 1m or 100k (got "${text}")`)
  const base = Number(match[1])
  const suffix = (match[2] ?? '').toLowerCase()
  const factor = suffix === 'k' ? 1e3 : suffix === 'm' ? 1e6 : suffix.startsWith('e') ? 10 ** Number(suffix.slice(1)) : 1
  const value = Math.round(base * factor)
  if (!Number.isSafeInteger(value) || value < 1) throw new UsageError(`--${name} must be at least 1 (got "${text}")`)
  return value
}

export class UsageError extends Error {}

/** Runs `main`, printing usage errors as one line (no stack) with exit code 2. */
export async function runCli(main, usage) {
  try {
    await main()
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n${usage}\n`)
      process.exit(2)
    }
    throw error
  }
}
