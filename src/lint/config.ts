import type {LintRule, RuleSeverity} from './types.js'

/** Why a configuration cannot be used; the CLI turns it into one sentence and exit 2. */
export class LintConfigError extends Error {
  override name = 'LintConfigError'
}

/** Severity per rule id, after defaults, the config file and `--rule` options are applied. */
export type RuleSeverities = ReadonlyMap<string, RuleSeverity>

const severities: readonly RuleSeverity[] = ['off', 'warn', 'error']

export function isSeverity(value: unknown): value is RuleSeverity {
  return typeof value === 'string' && (severities as readonly string[]).includes(value)
}

/**
 * Read the `rules` of a `.resdiffrc.json` text: `{"rules": {"id": "off"|"warn"|"error"}}`.
 * Unknown rule ids and severities are errors, so a typo never silently disables a check.
 */
export function parseConfig(text: string, known: readonly LintRule[], origin: string): Map<string, RuleSeverity> {
  let data: unknown
  try {
    // Editors on Windows save JSON with a UTF-8 byte order mark; JSON.parse rejects it.
    data = JSON.parse(text.replace(/^\uFEFF/u, ''))
  } catch (error) {
    throw new LintConfigError(`${origin}: is not valid JSON (${(error as Error).message})`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LintConfigError(`${origin}: expected a JSON object such as {"rules": {"operative-numbering": "error"}}`)
  }
  const extra = Object.keys(data).filter((key) => key !== 'rules' && key !== '$schema')
  if (extra.length > 0) throw new LintConfigError(`${origin}: unknown key "${extra[0]}", expected only "rules"`)
  const rules = (data as {rules?: unknown}).rules
  if (rules === undefined) return new Map()
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    throw new LintConfigError(`${origin}: "rules" must be an object mapping rule ids to "off", "warn" or "error"`)
  }
  const settings = new Map<string, RuleSeverity>()
  for (const [id, value] of Object.entries(rules)) {
    checkRuleId(id, known, origin)
    if (!isSeverity(value)) {
      throw new LintConfigError(
        `${origin}: rule "${id}" has severity ${JSON.stringify(value)}, expected "off", "warn" or "error"`,
      )
    }
    settings.set(id, value)
  }
  return settings
}

/** Read one `--rule ID=SEVERITY` option. */
export function parseRuleOption(option: string, known: readonly LintRule[]): [string, RuleSeverity] {
  const match = /^([^=]+)=(.*)$/.exec(option)
  if (!match) throw new LintConfigError(`--rule ${option}: expected ID=off|warn|error, e.g. --rule doubled-space=off`)
  const id = (match[1] ?? '').trim()
  const value = (match[2] ?? '').trim()
  checkRuleId(id, known, '--rule')
  if (!isSeverity(value))
    throw new LintConfigError(`--rule ${option}: severity "${value}" is not one of off, warn, error`)
  return [id, value]
}

/** Defaults of every rule, overridden in turn by each settings map given. */
export function resolveSeverities(
  rules: readonly LintRule[],
  ...overrides: ReadonlyArray<ReadonlyMap<string, RuleSeverity>>
): RuleSeverities {
  const resolved = new Map<string, RuleSeverity>()
  for (const rule of rules) resolved.set(rule.id, rule.severity)
  for (const settings of overrides) for (const [id, severity] of settings) resolved.set(id, severity)
  return resolved
}

function checkRuleId(id: string, known: readonly LintRule[], origin: string): void {
  if (known.some((rule) => rule.id === id)) return
  const near = known.find((rule) => distance(rule.id, id) <= 2)
  const hint = near ? ` (did you mean "${near.id}"?)` : ''
  throw new LintConfigError(`${origin}: unknown rule "${id}"${hint}; run \`resdiff lint --list-rules\` to see them`)
}

/** Edit distance, for a "did you mean" on a mistyped rule id. */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
