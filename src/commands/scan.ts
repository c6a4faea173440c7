import {Args, Command, Flags} from '@oclif/core'
import {runScan, failedSourceCount} from '../engine/scan-service.js'
import {silentProgress, TerminalProgress} from '../engine/progress.js'
import {ExitCode, ScannerError} from '../errors.js'
import {prepareValidator, renderJson, writeJsonText} from '../reporters/json-reporter.js'
import {renderTerminal} from '../reporters/terminal-reporter.js'
import type {ScanReport} from '../report/scan-report.js'

export default class Scan extends Command {
  static override summary = 'Profile CSV/Excel files and folders and report how ready the data is for AI.'
  static override description = `Sources are file paths (CSV, TSV, TXT exports, XLSX, XLSM), folders (scanned recursively, with an
inventory of the folder itself) and glob patterns. Nothing is ever written to a source.

Exit codes: 0 scan done; 2 usage error; 3 a source could not be read (the report covers the others);
10 internal error.`

  static override examples = [
    '<%= config.bin %> scan kunden.csv artikel.xlsx ./Freigabe/Vertrieb/',
    '<%= config.bin %> scan demo/ --lang en',
    '<%= config.bin %> scan "exports/*.csv" --json > report.json',
    '<%= config.bin %> scan ./Freigabe --format json --out ./berichte',
  ]

  static override enableJsonFlag = true
  static override strict = false

  static override args = {
    sources: Args.string({required: true, description: 'files, folders or glob patterns to scan'}),
  }

  static override flags = {
    format: Flags.option({
      options: ['terminal', 'json'] as const,
      multiple: true,
      description: 'report formats (repeatable); json needs --out unless it is the only format',
    })(),
    out: Flags.directory({char: 'o', description: 'write report files into this folder (created if missing)'}),
    lang: Flags.option({options: ['de', 'en'] as const, default: 'de', description: 'report language'})(),
    workers: Flags.integer({min: 0, max: 64, description: 'worker threads for big files, besides the main thread (default: CPU cores − 1, at most 3; 0 = none)'}),
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
    const {argv, flags} = await this.parse(Scan)
    if (flags.debug) process.env.DATENREIFE_DEBUG = '1'
    const formats = flags.format ?? ['terminal']
    if (formats.includes('json') && formats.includes('terminal') && !flags.out) {
      throw new ScannerError('USAGE', '--format json together with terminal needs --out <dir> for the JSON file.', {
        suggestions: ['Add --out ./berichte, or use --json to print only the JSON report.'],
      })
    }
    const json = this.jsonEnabled()
    // every report is validated at the end: compile the validator on an idle turn meanwhile (the main
    // thread waits for file reads and worker threads during a scan)
    setImmediate(prepareValidator)
    const showProgress = flags.progress && !json && process.stderr.isTTY === true
    const report = await runScan({
      inputs: argv as string[],
      lang: flags.lang,
      workers: flags.workers,
      progress: showProgress ? new TerminalProgress(process.stderr, flags.lang) : silentProgress,
      warn: (message) => this.logToStderr(message),
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
    if (formats.includes('terminal') && !json) {
      this.log(renderTerminal(report, {lang: flags.lang, color: flags.color && process.stdout.isTTY === true, width: process.stdout.columns}))
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
