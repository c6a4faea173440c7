import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/**
 * Every temporary file of the test run (generated CSVs of 17–50 MB, spill folders of the scanned CLI)
 * goes below one folder that is removed at the end: test workers and spawned CLIs inherit TMPDIR.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'datenreife-tests-'))
  process.env.TMPDIR = dir
  return () => rmSync(dir, {recursive: true, force: true})
}
