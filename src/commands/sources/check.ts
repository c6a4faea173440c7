import {Args, Command, Flags} from '@oclif/core'
import {loadScanSources} from '../../config/scan-sources.js'
import type {SourceCheck} from '../../engine/database/source-check.js'
import {ExitCode, ScannerError} from '../../errors.js'
import {renderSourceChecks} from '../../reporters/source-check-reporter.js'

export default class SourcesCheck extends Command {
  static override summary = 'Check database sources without scanning them: connection, read-only, what is visible, GRANTs.'
  static override description = `Connects to each database source (URIs or --config), says whether the session is read-only and whether
the account could write, lists the schemas and tables it can see, and prints the statements a DBA runs to
create a read-only account for datenreife. Reads system views only; no table data.

Exit codes: 0 every source connected; 2 usage or config error; 3 a source could not be reached.`

  static override examples = [
    '<%= config.bin %> sources check postgres://reader@erp-host/erp',
    '<%= config.bin %> sources check --config datenreife.yaml --lang en',
  ]

  static override enableJsonFlag = true
  static override strict = false
  static override args = {sources: Args.string({required: false, description: 'database URIs (postgres://, mysql://, mssql://, sqlite:<file>)'})}
  static override flags = {
    config: Flags.file({char: 'c', description: 'the database sources of a JSON or YAML config file'}),
    lang: Flags.option({options: ['de', 'en'] as const, default: 'de', description: 'output language'})(),
  }

  async run(): Promise<{sources: SourceCheck[]}> {
    const {argv, flags} = await this.parse(SourcesCheck)
    const sources = await loadScanSources(argv as string[], flags.config)
    const specs = await sources.databaseSpecs()
    const notDatabases = sources.inputs.filter((input) => !specs.some((s) => s.location === input) && !/^[a-z][a-z0-9+.-]*:/i.test(input))
    if (specs.length === 0 || notDatabases.length > 0) {
      throw new ScannerError('USAGE', specs.length === 0 ? 'No database source given.' : `Not a database source: ${notDatabases.join(', ')}`, {
        suggestions: ['sources check takes database URIs: postgres://user@host/db, mysql://…, mssql://…, sqlite:./file.db (or --config).'],
      })
    }
    // oclif may load every command to list them: the database engine is loaded only when a check runs
    const {checkSource} = await import('../../engine/database/source-check.js')
    const checks: SourceCheck[] = []
    for (const spec of specs) checks.push(await checkSource(spec))
    if (!this.jsonEnabled()) this.log(renderSourceChecks(checks, flags.lang))
    if (checks.some((c) => !c.ok)) process.exitCode = ExitCode.SourceFailed
    return {sources: checks}
  }

  protected override async catch(error: Error & {oclif?: {exit?: number}}): Promise<unknown> {
    if (!(error instanceof ScannerError) && error.oclif?.exit !== undefined) return super.catch(error)
    const e = ScannerError.from(error)
    if (this.jsonEnabled()) this.logJson({error: {code: e.code, message: e.message, suggestions: e.suggestions}})
    else {
      this.logToStderr(`Fehler / error: ${e.message}`)
      for (const s of e.suggestions) this.logToStderr(`  → ${s}`)
    }
    process.exitCode = e.exitCode
    return undefined
  }
}
