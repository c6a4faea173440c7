/**
 * `${ENV_VAR}` and `${ENV_VAR:-default}` in the string values of a parsed config. Substituting after
 * parsing (not in the file text) means a password full of quotes, colons or `#` needs no YAML/JSON
 * escaping, and a value can never change the structure of the config.
 */

/** `$${…}` is a literal `${…}`; `${NAME}` / `${NAME:-default}` are references */
const REFERENCE = /\$\$\{|\$\{([^}]*)\}/g
const NAME_AND_DEFAULT = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s

/** a position in the parsed config: keys and array indexes */
export type ConfigPath = Array<string | number>

export interface SubstitutionProblem {
  path: ConfigPath
  /** the variable name, or the text between the braces when it is not a valid reference */
  reference: string
  kind: 'missing' | 'malformed'
}

export interface SubstitutionResult {
  value: unknown
  problems: SubstitutionProblem[]
}

/**
 * Returns a copy of `value` with every reference in every string replaced. A variable that is unset
 * (or empty, as in the shell) takes the default after `:-`; without a default an unset variable is a
 * problem. A set but empty variable without default stays empty.
 */
export function substituteEnv(value: unknown, env: NodeJS.ProcessEnv): SubstitutionResult {
  const problems: SubstitutionProblem[] = []
  const walk = (node: unknown, path: ConfigPath): unknown => {
    if (typeof node === 'string') return substituteString(node, env, (reference, kind) => problems.push({path, reference, kind}))
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...path, index]))
    if (node !== null && typeof node === 'object') {
      const copy: Record<string, unknown> = {}
      for (const [key, item] of Object.entries(node)) copy[key] = walk(item, [...path, key])
      return copy
    }
    return node
  }
  return {value: walk(value, []), problems}
}

function substituteString(
  text: string,
  env: NodeJS.ProcessEnv,
  report: (reference: string, kind: SubstitutionProblem['kind']) => void,
): string {
  return text.replace(REFERENCE, (match, inner: string | undefined) => {
    if (inner === undefined) return '${'
    const parts = NAME_AND_DEFAULT.exec(inner)
    if (!parts) {
      report(inner, 'malformed')
      return match
    }
    const [, name, fallback] = parts
    const current = env[name]
    if (fallback !== undefined) return current === undefined || current === '' ? fallback : current
    if (current === undefined) {
      report(name, 'missing')
      return match
    }
    return current
  })
}
