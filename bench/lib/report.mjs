// Formats the benchmark results as markdown (table, machine, targets) — no measuring here.

/**
 * @typedef {object} ToolResult
 * @property {import('./tools.mjs').Tool} tool
 * @property {import('./tools.mjs').Probe} probe
 * @property {import('./measure.mjs').Measurement[]} runs      every run, warm-up included
 * @property {import('./measure.mjs').Measurement[]} counted   the runs the median is taken over
 * @property {number | null} medianWallS   null when the tool did not run or failed
 * @property {number | null} peakRssKiB    largest peak RSS over the counted runs
 * @property {number | null} cpuPerWall    (user + sys) / wall of the median run: cores kept busy
 * @property {string} status               "ok", or why there is no figure
 * @property {string} countCheck           counts vs the truth file, in words
 * @property {object | null} [details]     what a peer script printed besides the counts
 *
 * @typedef {{path: string, label: string, rows: number, bytes: number, truth: object, tools: ToolResult[]}} FileResult
 */

const MIB = 1024

export const RSS_LIMIT_BYTES = 300e6

function fixed(value, digits) {
  return value.toLocaleString('en', {minimumFractionDigits: digits, maximumFractionDigits: digits})
}

function ratio(ours, theirs) {
  if (ours === null || theirs === null || theirs === 0) return '—'
  return `${fixed(ours / theirs, 2)}×`
}

/** Abbreviations of the "what it computes" column (those of performance.md). */
export const LEGEND = '**N** null/empty count per column · **D** distinct count per column · **T** type inference · '
  + '**mm** min/max · **dup** exact duplicate rows · **near dup** likely duplicate entities after normalisation'

/** @param {FileResult[]} files */
export function resultsTable(files) {
  const lines = [
    '| tool | what it computes | rows | file MB | median wall s | MB/s | peak RSS MiB | CPU s (÷ wall) | '
      + 'datenreife time ÷ tool | datenreife RSS ÷ tool | runs | counts vs truth |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ]
  for (const file of files) {
    const ours = file.tools.find((t) => t.tool.id === 'datenreife')
    const mb = file.bytes / 1e6
    for (const result of file.tools) {
      const {tool} = result
      const name = `${tool.label}${result.probe.version ? ` (${result.probe.version})` : ''}`
      const rows = file.rows.toLocaleString('en')
      if (result.medianWallS === null) {
        lines.push(`| ${name} | ${tool.computes} | ${rows} | ${fixed(mb, 1)} | ${result.status} | | | | | | | |`)
        continue
      }
      const isOurs = tool.id === 'datenreife'
      const runs = result.counted.length === result.runs.length
        ? `${result.runs.length}`
        : `${result.counted.length} (+${result.runs.length - result.counted.length} warm-up)`
      const spread = result.counted.length > 1
        ? `, ${fixed(Math.min(...result.counted.map((r) => r.wallS)), 2)}–${fixed(Math.max(...result.counted.map((r) => r.wallS)), 2)} s`
        : ''
      lines.push([
        '', name, tool.computes, rows, fixed(mb, 1), fixed(result.medianWallS, 2), fixed(mb / result.medianWallS, 1),
        fixed(result.peakRssKiB / MIB, 0), `${fixed(result.cpuPerWall * result.medianWallS, 1)} (${fixed(result.cpuPerWall, 2)})`,
        isOurs ? '—' : ratio(ours?.medianWallS ?? null, result.medianWallS),
        isOurs ? '—' : ratio(ours?.peakRssKiB ?? null, result.peakRssKiB),
        runs + spread, result.countCheck, '',
      ].join(' | ').trim())
    }
  }
  return lines.join('\n')
}

/**
 * The targets of issue 2 ("Speed, measured"), each as a PASS / FAIL / SKIP line.
 * @param {FileResult[]} files
 * @param {{oneMillion: boolean, fiveMillion: boolean}} measuredSizes
 * @returns {{lines: string[], failed: number}}
 */
export function targetLines(files, measuredSizes) {
  const lines = []
  let failed = 0
  const add = (verdict, text) => {
    if (verdict === 'FAIL') failed++
    lines.push(`${verdict} ${text}`)
  }
  for (const file of files) {
    const get = (id) => file.tools.find((t) => t.tool.id === id)
    const ours = get('datenreife')
    const where = `at ${file.label} rows`
    const oursTime = ours?.medianWallS ?? null
    const compareTime = (peerId, factor, text) => {
      const peer = get(peerId)
      const peerTime = peer?.medianWallS ?? null
      if (oursTime === null || peerTime === null) {
        const missing = oursTime === null ? `datenreife ${ours ? ours.status : 'not selected'}` : `${peerId} ${peer ? peer.status : 'not selected'}`
        add('SKIP', `${text} ${where}: ${missing}`)
        return
      }
      const verdict = oursTime <= factor * peerTime ? 'PASS' : 'FAIL'
      add(verdict, `${text} ${where}: ${fixed(oursTime, 2)} s vs ${factor === 1 ? '' : `${factor} × `}${fixed(peerTime, 2)} s`)
    }
    compareTime('pandas', 1, 'datenreife time ≤ pandas time')
    compareTime('miller', 1, 'datenreife time ≤ Miller time')
    compareTime('duckdb', 2, 'datenreife time ≤ 2 × DuckDB time')
    const rssText = `datenreife peak RSS < 300 MB (${fixed(RSS_LIMIT_BYTES / 2 ** 20, 1)} MiB) ${where}`
    if (!ours || ours.peakRssKiB === null) {
      add('SKIP', `${rssText}: datenreife ${ours ? ours.status : 'not selected'}`)
    } else {
      const bytes = ours.peakRssKiB * 1024
      add(bytes < RSS_LIMIT_BYTES ? 'PASS' : 'FAIL', `${rssText}: ${fixed(bytes / 1e6, 0)} MB (${fixed(ours.peakRssKiB / MIB, 0)} MiB)`)
    }
  }
  if (!measuredSizes.oneMillion) add('SKIP', 'the targets are set for the 1,000,000-row file: not measured in this run')
  if (!measuredSizes.fiveMillion) add('SKIP', 'peak RSS < 300 MB at 5,000,000 rows: not measured (add --also-5m)')
  return {lines, failed}
}

/** @param {Record<string, string>} machine */
export function machineLines(machine) {
  return Object.entries(machine).map(([key, value]) => `- **${key}:** ${value}`)
}
