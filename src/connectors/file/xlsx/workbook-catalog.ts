/**
 * The workbook's catalog from its package parts: the sheets in workbook order with their names, their
 * visibility (state) and the part that holds each; the 1904 date system flag; where the shared strings
 * and styles live. Follows the relationships (`_rels/.rels` → workbook → sheets) instead of assuming
 * `xl/worksheets/sheetN.xml`, so files written by other tools than Excel are read too.
 */
import type {ScannerError} from '../../../errors.js'
import {notAWorkbookError, partReadError} from './xlsx-errors.js'
import {localName, prefixedAttribute, saxBatches, type SaxTag} from './sax-events.js'
import type {ZipArchive} from './zip-archive.js'

export type SheetState = 'visible' | 'hidden' | 'veryHidden'
/** chart sheets and the rare dialog/macro sheets hold no cells of data */
export type SheetKind = 'worksheet' | 'chartsheet' | 'other'

export interface SheetInfo {
  name: string
  state: SheetState
  kind: SheetKind
  /** zip part of the sheet; null when the relationship points nowhere */
  part: string | null
}

export interface WorkbookCatalog {
  sheets: SheetInfo[]
  /** dates count from 1904-01-01 (old Mac workbooks) instead of 1900-01-00 */
  date1904: boolean
  sharedStringsPart: string | null
  stylesPart: string | null
}

interface Relationship {
  type: string
  target: string
}

const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml'

export async function readWorkbookCatalog(zip: ZipArchive): Promise<WorkbookCatalog> {
  const rootRels = zip.get('_rels/.rels') ? await readRelationships(zip, '_rels/.rels', '') : new Map<string, Relationship>()
  const workbookPart = findByType(rootRels, 'officeDocument') ?? DEFAULT_WORKBOOK_PART
  if (!zip.get(workbookPart)) throw notAWorkbook(zip)
  const relsPart = relationshipsPartOf(workbookPart)
  const rels = zip.get(relsPart) ? await readRelationships(zip, relsPart, directoryOf(workbookPart)) : new Map<string, Relationship>()

  const sheets: SheetInfo[] = []
  let date1904 = false
  let root: string | null = null
  await forEachOpenTag(zip, workbookPart, (name, tag) => {
    // a Word or PowerPoint file renamed to .xlsx has an office document too, but not a <workbook>
    if (root === null && (root = name) !== 'workbook') throw notAWorkbook(zip)
    if (name === 'workbookPr') {
      const flag = tag.attributes.date1904
      date1904 = flag === '1' || flag === 'true'
    } else if (name === 'sheet') {
      const rel = rels.get(prefixedAttribute(tag.attributes, 'id') ?? '')
      const part = rel && zip.get(rel.target) ? rel.target : null
      sheets.push({name: tag.attributes.name ?? `Sheet${sheets.length + 1}`, state: stateOf(tag.attributes.state), kind: kindOf(rel), part})
    }
  })
  return {
    sheets,
    date1904,
    sharedStringsPart: existing(zip, findByType(rels, 'sharedStrings')),
    stylesPart: existing(zip, findByType(rels, 'styles')),
  }
}

function notAWorkbook(zip: ZipArchive): ScannerError {
  return notAWorkbookError(zip.location, 'a zip archive holding no workbook (a Word document or another zip file, for example)')
}

async function readRelationships(zip: ZipArchive, part: string, baseDir: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>()
  await forEachOpenTag(zip, part, (name, tag) => {
    if (name !== 'Relationship' || tag.attributes.TargetMode === 'External') return
    const {Id: id, Type: type, Target: target} = tag.attributes
    if (id && type && target) rels.set(id, {type, target: resolveTarget(baseDir, target)})
  })
  return rels
}

async function forEachOpenTag(zip: ZipArchive, part: string, onOpen: (localName: string, tag: SaxTag) => void): Promise<void> {
  const location = zip.location
  const stream = await zip.openPart(part)
  try {
    for await (const batch of saxBatches(stream, (e, fromParser) => partReadError(location, part, e, fromParser))) {
      for (const event of batch) if (event.eventType === 'opentag') onOpen(localName(event.value.name), event.value)
    }
  } finally {
    stream.destroy()
  }
}

/** relationship types differ between transitional and strict OOXML but end alike */
function findByType(rels: Map<string, Relationship>, typeSuffix: string): string | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${typeSuffix}`)) return rel.target
  return undefined
}

function kindOf(rel: Relationship | undefined): SheetKind {
  if (!rel) return 'other'
  if (rel.type.endsWith('/worksheet')) return 'worksheet'
  if (rel.type.endsWith('/chartsheet')) return 'chartsheet'
  return 'other'
}

function stateOf(state: string | undefined): SheetState {
  return state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible'
}

function existing(zip: ZipArchive, part: string | undefined): string | null {
  return part !== undefined && zip.get(part) ? part : null
}

export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

function directoryOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1)
}

/** "worksheets/sheet1.xml" relative to "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is absolute */
export function resolveTarget(baseDir: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : baseDir + target
  const out: string[] = []
  for (const segment of joined.split('/')) {
    if (segment === '..') out.pop()
    else if (segment !== '.' && segment !== '') out.push(segment)
  }
  return out.join('/')
}
