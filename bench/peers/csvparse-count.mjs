#!/usr/bin/env node
// Peer: the floor of "just parsing in Node" — csv-parse (the parser datenreife depends on) reads
// the file and counts records, nothing else. Prints one JSON line.
//
//   node bench/peers/csvparse-count.mjs <file.csv>

import {createReadStream, existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

import {parse} from 'csv-parse'

const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: node bench/peers/csvparse-count.mjs <file.csv>\n')
  process.exit(2)
}

let records = 0
const parser = createReadStream(file).pipe(parse({delimiter: ';'}))
parser.on('data', () => {
  records++
})
await new Promise((resolve, reject) => {
  parser.on('end', resolve)
  parser.on('error', reject)
})

console.log(JSON.stringify({tool: 'csv-parse', version: packageVersion('csv-parse'), rows: records - 1}))

/** The installed version (csv-parse does not export its package.json, so walk up from its entry). */
function packageVersion(name) {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)))
  while (dir !== dirname(dir)) {
    const candidate = join(dir, 'package.json')
    if (existsSync(candidate)) {
      const json = JSON.parse(readFileSync(candidate, 'utf8'))
      if (json.name === name) return json.version
    }
    dir = dirname(dir)
  }
  return 'unknown'
}
