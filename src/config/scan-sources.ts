/**
 * The sources of one scan: the command line's arguments plus the sources of --config (paths resolved
 * against the config file's folder, database connections parsed and validated). Database URIs on the
 * command line stay strings here; runScan parses them (a malformed one is a usage error).
 */
import {isDatabaseUri, parseSourceUri, type SqlSourceSpec} from '../connectors/sql/source-uri.js'
import type {ConfigDefaults} from './load-config.js'

export interface ScanSources {
  /** paths, folders, globs and database URIs */
  inputs: string[]
  /** databases from the config file */
  databases: SqlSourceSpec[]
  /** the config's defaults (empty without --config) */
  defaults: ConfigDefaults
  /** every database of the scan as a spec (command-line URIs parsed), for --dry-run */
  databaseSpecs(sampleRows?: number): Promise<SqlSourceSpec[]>
}

export async function loadScanSources(argv: readonly string[], configPath?: string): Promise<ScanSources> {
  const inputs = [...argv]
  const databases: SqlSourceSpec[] = []
  let defaults: ConfigDefaults = {}
  if (configPath !== undefined) {
    // the YAML parser and the config schema are loaded only with --config
    const {configSourceToInput, loadConfig} = await import('./load-config.js')
    const config = await loadConfig(configPath)
    defaults = config.defaults
    config.sources.forEach((source, i) => {
      const input = configSourceToInput(source, config.dir, {defaults: config.defaults, label: `sources[${i}]`})
      if (input.kind === 'database') databases.push(input.spec)
      else inputs.push(input.path)
    })
  }
  return {
    inputs,
    databases,
    defaults,
    async databaseSpecs(sampleRows?: number) {
      const override = sampleRows === undefined ? {} : {sampleRows}
      return [...inputs.filter(isDatabaseUri).map((uri) => parseSourceUri(uri, override)), ...databases.map((spec) => ({...spec, ...override}))]
    },
  }
}
