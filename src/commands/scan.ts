import {Args, Command, Flags} from '@oclif/core'
import {runScan, failedSourceCount} from '../engine/scan-service.js'
import {silentProgress, TerminalProgress} from '../engine/progress.js'
import {ExitCode, ScannerError} from '../errors.js'
import {prepareValidator, renderJson, writeJsonText} from '../reporters/json-reporter.js'
import type {ScanReport} from '../report/scan-report.js'
import {loadScanSources} from '../config/scan-sources.js'
import {MAX_WORKERS} from '../engine/worker-pool.js'

export default class Scan extends Command {
  static override summary = 'Profile databases, CSV/Excel files and folders and report how ready the data is for AI.'
  static override description = `Sources are database URIs (postgres://, mysql:// or mariadb://, mssql://, sqlite:<file>), file paths
(CSV, TSV, TXT exports, XLSX, XLSM), folders (scanned recursively, with an inventory of the folder itself)
and glob patterns, or the sources of --config. Databases are read in a read-only session with short,
time-limited statements; nothing is ever written to a source. --dry-run prints the SQL instead.

Exit codes: 0 scan done; 2 usage or config error; 3 a source (or a database table) could not be read
(the report covers the others); 10 internal error.`

  static override examples = [
    '<%= config.bin %> scan kunden.csv artikel.xlsx ./Freigabe/Vertrieb/',
    '<%= config.bin %> scan postgres://reader@erp-host/erp sqlite:./wawi.db',
    '<%= config.bin %> scan --config datenreife.yaml --format json --out ./berichte',
    '<%= config.bin %> scan mysql://reader@erp-host/shop --dry-run > statements.sql',
    '<%= config.bin %> scan demo/ --lang en',
    '<%= config.bin %> scan "exports/*.csv" --json > report.json',
    '<%= config.bin %> scan ./Freigabe --format json --out ./berichte',
  ]

  static override enableJsonFlag = true
  static override strict = false

  static override args = {
    sources: Args.string({required: false, description: 'database URIs, files, folders or glob patterns to scan'}),
  }

  static override flags = {
    format: Flags.option({
      options: ['terminal', 'json', 'art30'] as const,
      multiple: true,
      description:
        'report formats (repeatable); json needs --out unless it is the only format; art30 (a draft record of processing activities, Art. 30 DSGVO, as CSV) needs --out',
    })(),
    // no default: unset means "as the config file says", so --examples can override examples: false
    examples: Flags.boolean({
      allowNo: true,
      description: 'masked example values in the personal-data verdicts (default on; --no-examples: none at all)',
    }),
    config: Flags.file({char: 'c', exists: false, description: 'sources and defaults from a JSON or YAML file (secrets as ${ENV_VAR})'}),
    'sample-rows': Flags.integer({min: 100, max: 1_000_000, description: 'rows per database table read for type inference, formats and top values (default 10000)'}),
    'dry-run': Flags.boolean({description: 'print every SQL statement the scan would run against each database, and run none of them'}),
    out: Flags.directory({char: 'o', description: 'write report files into this folder (created if missing)'}),
    lang: Flags.option({options: ['de', 'en'] as const, description: 'report language (default de, or the config file\'s)'})(),
    workers: Flags.integer({min: 0, max: MAX_WORKERS, description: 'worker threads for big files, besides the main thread (default: CPU cores − 1, at most 3; 0 = none)'}),
    progress: Flags.boolean({default: true, allowNo: true, description: 'show progress on stderr (only on a terminal)'}),
    color: Flags.boolean({default: true, allowNo: true, description: 'coloured terminal output (only on a terminal)'}),
    debug: Flags.boolean({description: 'show stack traces of internal errors'}),
  }

  private rendered?: {report: ScanReport; text: string}

  /** --json: the text rendered in run(); oclif's own printer is slow and memory-hungry on big reports */
  protected override logJson(json: unknown): void {
    if (this.rendered && json === this.rendered.report) process.stdout.write(`${this.rendered.text}\n`)
    else super.logJson(json)
  }

  async run(): Promise<ScanReport> {
    const {argv, flags: parsed} = await this.parse(Scan)
    if (parsed.debug) process.env.DATENREIFE_DEBUG = '1'
    const sources = await loadScanSources(argv as string[], parsed.config)
    // the command line wins over the config file's defaults
    const defaults = sources.defaults
    const available = ['terminal', 'json', 'art30'] as const
    type Format = (typeof available)[number]
    const isAvailable = (f: string): f is Format => (available as readonly string[]).includes(f)
    const configFormats = (defaults.format ?? []).filter(isAvailable)
    for (const f of (defaults.format ?? []).filter((f) => !isAvailable(f))) {
      this.logToStderr(`--config: format "${f}" is not available yet (terminal, json and art30 are); skipped.`)
    }
    // the command line wins over the config file (examples: false), which wins over the default (on)
    const examples = parsed.examples ?? defaults.examples ?? true
    const flags = {...parsed, lang: parsed.lang ?? defaults.lang ?? 'de', out: parsed.out ?? defaults.out, examples}
    const formats: readonly Format[] = parsed.format ?? (configFormats.length > 0 ? configFormats : ['terminal'])
    if (formats.includes('art30') && !flags.out) {
      throw new ScannerError('USAGE', '--format art30 writes a CSV file and needs --out <dir>.', {
        suggestions: ['Add --out ./berichte (the file is datenreife-art30.csv in that folder).'],
      })
    }
    if (formats.includes('json') && formats.includes('terminal') && !flags.out) {
      throw new ScannerError('USAGE', '--format json together with terminal needs --out <dir> for the JSON file.', {
        suggestions: ['Add --out ./berichte, or use --json to print only the JSON report.'],
      })
    }
    if (sources.inputs.length === 0 && sources.databases.length === 0) {
      throw new ScannerError('USAGE', 'No source given.', {
        suggestions: ['Name files, folders or database URIs (datenreife scan kunden.csv postgres://reader@host/erp), or --config datenreife.yaml.'],
      })
    }
    const lang = flags.lang
    if (flags['dry-run']) {
      const {planDryRun, renderDryRun} = await import('../engine/database/dry-run.js')
      const plans: Awaited<ReturnType<typeof planDryRun>>[] = []
      for (const spec of await sources.databaseSpecs(flags['sample-rows'])) plans.push(await planDryRun(spec))
      const files = sources.inputs.filter((input) => !plans.some((p) => p.location === input) && !/^[a-z][a-z0-9+.-]*:/i.test(input))
      if (files.length > 0) {
        // files run no SQL: say so, so that an empty dry run is not mistaken for "nothing would happen"
        this.log(lang === 'de' ? `-- Dateien und Ordner (ohne SQL, nur gelesen): ${files.join(', ')}` : `-- Files and folders (no SQL, only read): ${files.join(', ')}`)
      }
      this.log(renderDryRun(plans, lang))
      return undefined as unknown as ScanReport
    }
    const json = this.jsonEnabled()
    // every report is validated at the end: compile the validator on an idle turn meanwhile (the main
    // thread waits for file reads and worker threads during a scan)
    setImmediate(prepareValidator)
    const showProgress = flags.progress && !json && process.stderr.isTTY === true
    const report = await runScan({
      inputs: sources.inputs,
      databases: sources.databases,
      ...(flags['sample-rows'] ? {sampleRows: flags['sample-rows']} : {}),
      lang: flags.lang,
      workers: flags.workers,
      progress: showProgress ? new TerminalProgress(process.stderr, flags.lang) : silentProgress,
      warn: (message) => this.logToStderr(message),
      examples: flags.examples,
    })
    // rendered (and validated) once: a folder of wide workbooks makes reports of many MB
    const text = renderJson(report)
    this.rendered = {report, text}
    if (formats.includes('json') && flags.out) {
      const path = await writeJsonText(text, flags.out)
      if (!json) this.logToStderr(flags.lang === 'de' ? `Bericht geschrieben: ${path}` : `Report written: ${path}`)
    } else if (formats.includes('json') && !json) {
      process.stdout.write(`${text}\n`)
    }
    if (formats.includes('art30') && flags.out && report.personalData) {
      const {writeArt30Csv} = await import('../reporters/art30-csv-reporter.js')
      const {t} = await import('../i18n/i18n.js')
      const path = await writeArt30Csv(report.personalData, flags.lang, flags.out)
      if (!json) this.logToStderr(t(flags.lang, 'art30.written', {path}))
    }
    if (formats.includes('terminal') && !json) {
      // imported here: a --json scan never renders text (~5 ms of start-up)
      const {renderTerminal} = await import('../reporters/terminal-reporter.js')
      this.log(
        renderTerminal(report, {
          lang: flags.lang,
          color: flags.color && process.stdout.isTTY === true,
          width: process.stdout.columns,
          examples: flags.examples,
        }),
      )
    }
    if (failedSourceCount(report) > 0) process.exitCode = ExitCode.SourceFailed
    return report
  }

  protected override async catch(error: Error & {oclif?: {exit?: number}}): Promise<unknown> {
    // parse errors (unknown flag, missing argument) keep oclif's own handling and exit code 2
    if (!(error instanceof ScannerError) && error.oclif?.exit !== undefined) return super.catch(error)
    const e = ScannerError.from(error)
    if (this.jsonEnabled()) {
      this.logJson({error: {code: e.code, message: e.message, suggestions: e.suggestions}})
    } else {
      const internal = e.exitCode === ExitCode.Internal
      this.logToStderr(`${internal ? 'Interner Fehler / internal error' : 'Fehler / error'}: ${e.message}`)
      for (const s of e.suggestions) this.logToStderr(`  → ${s}`)
      if (internal && !process.env.DATENREIFE_DEBUG) this.logToStderr('  → run again with --debug and report the output: https://github.com/datenreife/datenreife/issues')
      if (process.env.DATENREIFE_DEBUG && error.stack) this.logToStderr(error.stack)
    }
    process.exitCode = e.exitCode
    return undefined
  }
}
