// Types of kmu-erp-data.mjs for the TypeScript tests (the project does not compile JavaScript).

/** dialect-neutral column types */
export type KmuErpType = 'int' | 'text' | `varchar(${number})` | `decimal(${number},${number})` | 'date' | 'datetime' | 'bool'

export interface KmuErpColumn {
  name: string
  type: KmuErpType
  nullable: boolean
  /** MySQL/MariaDB only: a column character set other than the database's (latin1) */
  mysql?: {charset?: string}
}

export interface KmuErpForeignKey {
  name: string
  columns: string[]
  references: {table: string; columns: string[]}
}

export interface KmuErpIndex {
  name: string
  columns: string[]
  unique: boolean
}

export interface KmuErpTable {
  name: KmuErpTableName
  description: string
  columns: KmuErpColumn[]
  /** null: the table has no primary key */
  primaryKey: string[] | null
  /** declared foreign keys only; the undeclared ones are in TRUTH.undeclaredForeignKeys */
  foreignKeys: KmuErpForeignKey[]
  indexes: KmuErpIndex[]
  /** MySQL/MariaDB only: the storage engine (InnoDB when absent) */
  mysql?: {engine?: 'MyISAM' | 'InnoDB'}
}

export type KmuErpTableName =
  | 'kunde' | 'lieferant' | 'mitarbeiter' | 'artikel' | 'auftrag' | 'auftrag_position' | 'rechnung' | 'protokoll'

/** dates are 'yyyy-mm-dd' and date-times 'yyyy-mm-dd hh:mm:ss' strings; decimals are numbers */
export type KmuErpValue = string | number | boolean | null
export type KmuErpRow = Record<string, KmuErpValue>

export interface KmuErpForeignKeyTruth {
  table: KmuErpTableName
  column: string
  references: {table: KmuErpTableName; column: string}
  orphanRows: number
  orphanValues?: number
  nullRows?: number
}

export interface KmuErpMissingTruth {
  null: number
  empty: number
  placeholder: number
  placeholders: Record<string, number>
}

export interface KmuErpTruth {
  rowCounts: Record<KmuErpTableName, number>
  tablesWithoutPrimaryKey: KmuErpTableName[]
  declaredForeignKeys: KmuErpForeignKeyTruth[]
  undeclaredForeignKeys: Required<KmuErpForeignKeyTruth>[]
  duplicateRows: Record<KmuErpTableName, {surplusRows: number; groups: number}>
  likelyDuplicateCustomers: {groups: number; rows: number; surplusRows: number; spellings: string[][]}
  /** keyed 'table.column' */
  missing: Record<string, KmuErpMissingTruth>
  emptyColumns: string[]
  constantColumns: Record<string, string | number>
  textDates: Record<string, {'dd.mm.yyyy': number; 'yyyy-mm-dd': number; null: number}>
  textNumbers: Record<string, {rows: number; withThousandsSeparator: number}>
  mojibake: Record<string, number>
  mysql: {latin1Columns: string[]; myisamTables: KmuErpTableName[]; databaseCharset: string}
  timestampColumns: Record<KmuErpTableName, string[]>
  personalData: Partial<Record<KmuErpTableName, string[]>>
  /** Art. 9 special-category columns ("table.column") and their category code */
  specialCategories: Record<string, string>
  distinct: Record<string, number>
  minMax: Record<string, [number, number] | [string, string]>
  history: Record<string, {firstMonth: string; lastMonth: string; monthsSpanned: number; monthsWithRows: number; gapMonths: string[]}>
}

export declare const KMU_ERP_TABLES: readonly KmuErpTable[]
export declare const TRUTH: KmuErpTruth
export declare function kmuErpRows(tableName: KmuErpTableName): KmuErpRow[]
export declare function kmuErpCreateStatements(dialect: 'postgres' | 'mysql' | 'sqlite' | 'mssql'): string[]
