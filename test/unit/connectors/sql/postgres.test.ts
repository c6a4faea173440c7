import {describe, expect, it} from 'vitest'

import type {CatalogColumn, CatalogTable} from '../../../../src/connectors/sql/catalog.js'
import type {LabeledSql, SqlRow} from '../../../../src/connectors/sql/dialect.js'
import {POSTGRES_TRIM_CHARACTERS, postgresDialect as pg, postgresLargeObject, samplePercent} from '../../../../src/connectors/sql/postgres.js'
import {globToLikePattern, schemaCondition} from '../../../../src/connectors/sql/postgres-catalog.js'

function column(name: string, typeClass: CatalogColumn['typeClass'], largeObject = false): CatalogColumn {
  return {name, position: 0, declaredType: typeClass, typeClass, nullable: true, largeObject}
}

function table(overrides: Partial<CatalogTable> = {}): CatalogTable {
  return {
    schema: 'public',
    name: 'kunde',
    kind: 'table',
    columns: [column('nr', 'integer'), column('name', 'text')],
    primaryKey: ['nr'],
    uniqueConstraints: [],
    foreignKeys: [],
    indexes: [],
    rowEstimate: 100,
    sizeBytes: 8192,
    ...overrides,
  }
}

describe('postgresDialect quoting', () => {
  it('doubles double quotes inside identifiers', () => {
    expect(pg.quoteIdent('Kunde')).toBe('"Kunde"')
    expect(pg.quoteIdent('a"b')).toBe('"a""b"')
    expect(pg.quoteIdent('"')).toBe('""""')
  })

  it('qualifies table references with the schema when there is one', () => {
    expect(pg.tableRef({schema: 'Sales', name: 'Auf"trag'})).toBe('"Sales"."Auf""trag"')
    expect(pg.tableRef({schema: null, name: 'kunde'})).toBe('"kunde"')
  })
})

describe('postgresDialect.typeClass', () => {
  it.each([
    ['character varying(40)', 'text'],
    ['VARCHAR(10)', 'text'],
    ['character(20)', 'text'],
    ['text', 'text'],
    ['citext', 'text'],
    ['USER-DEFINED', 'text'],
    ['name', 'text'],
    ['integer', 'integer'],
    ['bigint', 'integer'],
    ['smallint', 'integer'],
    ['int4', 'integer'],
    ['numeric(10,2)', 'decimal'],
    ['numeric', 'decimal'],
    ['double precision', 'decimal'],
    ['real', 'decimal'],
    ['money', 'decimal'],
    ['boolean', 'boolean'],
    ['date', 'date'],
    ['timestamp without time zone', 'datetime'],
    ['timestamp(3) with time zone', 'datetime'],
    ['timestamptz', 'datetime'],
    ['time without time zone', 'time'],
    ['time(0) with time zone', 'time'],
    ['bytea', 'binary'],
    ['json', 'other'],
    ['jsonb', 'other'],
    ['xml', 'other'],
    ['uuid', 'other'],
    ['interval', 'other'],
    ['integer[]', 'other'],
    ['character varying(20)[]', 'other'],
    ['ARRAY', 'other'],
    ['tsvector', 'other'],
    ['geometry(Point,4326)', 'other'],
    ['public.mood', 'other'],
  ])('%s → %s', (declared, expected) => {
    expect(pg.typeClass(declared)).toBe(expected)
  })

  it('marks values that cannot be grouped cheaply as large objects', () => {
    for (const type of ['bytea', 'json', 'jsonb', 'xml', 'tsvector', 'text[]', 'integer[]']) expect(postgresLargeObject(type)).toBe(true)
    for (const type of ['text', 'character varying(4000)', 'uuid', 'numeric(10,2)']) expect(postgresLargeObject(type)).toBe(false)
  })
})

describe('postgresDialect session and privileges', () => {
  it('sets read-only and the statement timeout in milliseconds', () => {
    expect(pg.sessionSetup(30_000).map((s) => s.sql)).toEqual(['SET default_transaction_read_only = on', 'SET statement_timeout = 30000'])
    expect(pg.sessionSetup(1234.6)[1].sql).toBe('SET statement_timeout = 1235')
    expect(pg.readOnlyCheck()?.sql).toBe("SELECT current_setting('transaction_read_only') AS read_only")
  })

  it('finds write privileges from superuser, table privileges, ownership and CREATE', () => {
    const result = pg.parseWritePrivileges([
      [{role_name: 'erp', superuser: true}],
      [
        {privilege_type: 'INSERT', table_count: '12', example: 'public.kunde'},
        {privilege_type: 'OWNER', table_count: 1, example: 'public.log'},
      ],
      [{database_name: 'erp', create_on_database: 't', create_schemas: ['public']}],
    ])
    expect(result).toEqual({
      canWrite: true,
      evidence: ['superuser', 'INSERT on 12 tables (e.g. public.kunde)', 'owner of 1 table (e.g. public.log)', 'CREATE on schema public', 'CREATE on database erp'],
    })
  })

  it('finds no write privilege for a SELECT-only account', () => {
    expect(pg.parseWritePrivileges([[{role_name: 'reader', superuser: false}], [], [{database_name: 'erp', create_on_database: false, create_schemas: null}]])).toEqual({
      canWrite: false,
      evidence: [],
    })
  })

  it('reads privileges with SELECT statements only', () => {
    const statements = pg.privilegeStatements()
    expect(statements).toHaveLength(3)
    for (const statement of statements) expect(statement.sql).toMatch(/^SELECT /)
    expect(statements[1].sql).toContain("('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('OWNER')")
    expect(statements[2].sql).toContain("has_schema_privilege(n.oid, 'CREATE')")
  })

  it('prints the GRANT lines for a read-only account, with a password placeholder', () => {
    expect(pg.grantStatements('erp', ['public', 'Lager'], 'datenreife')).toEqual([
      `CREATE ROLE "datenreife" LOGIN PASSWORD '<password>';`,
      'GRANT CONNECT ON DATABASE "erp" TO "datenreife";',
      'GRANT USAGE ON SCHEMA "public" TO "datenreife";',
      'GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "datenreife";',
      'ALTER DEFAULT PRIVILEGES IN SCHEMA "public" GRANT SELECT ON TABLES TO "datenreife";',
      'GRANT USAGE ON SCHEMA "Lager" TO "datenreife";',
      'GRANT SELECT ON ALL TABLES IN SCHEMA "Lager" TO "datenreife";',
      'ALTER DEFAULT PRIVILEGES IN SCHEMA "Lager" GRANT SELECT ON TABLES TO "datenreife";',
      'ALTER ROLE "datenreife" SET default_transaction_read_only = on;',
    ])
    expect(pg.grantStatements('erp', [], 'r"x').join('\n')).toContain('GRANT USAGE ON SCHEMA "public" TO "r""x";')
  })
})

describe('postgresDialect catalog statements', () => {
  it('reads the catalog with SELECT statements on system views only', () => {
    const statements = pg.catalogStatements({include: [], exclude: []})
    expect(statements.map((s) => s.label)).toEqual([
      'catalog: server',
      'catalog: schemas',
      'catalog: tables',
      'catalog: columns',
      'catalog: constraints',
      'catalog: indexes',
    ])
    for (const {sql} of statements) {
      expect(sql).toMatch(/^SELECT /)
      expect(sql).not.toMatch(/\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|information_schema\.)/i)
    }
    expect(statements[0].sql).toContain("current_setting('transaction_read_only') AS read_only")
    expect(statements[2].sql).toContain("current_setting('block_size')")
    // pg_total_relation_size would wait for a lock another session holds on the table
    expect(statements[2].sql).not.toContain('pg_total_relation_size')
    expect(statements[3].sql).toContain('format_type(a.atttypid, a.atttypmod)')
  })

  it('excludes system schemas and puts include/exclude patterns into the SQL', () => {
    expect(schemaCondition({include: [], exclude: []})).toBe(
      "n.nspname NOT IN ('pg_catalog', 'information_schema')\n  AND n.nspname NOT LIKE 'pg!_toast%' ESCAPE '!'\n  AND n.nspname NOT LIKE 'pg!_temp!_%' ESCAPE '!'",
    )
    const condition = schemaCondition({include: ['sales', 'hr_*'], exclude: ["o'brien?"]})
    expect(condition).toContain("AND (n.nspname ILIKE 'sales' ESCAPE '!' OR n.nspname ILIKE 'hr!_%' ESCAPE '!')")
    expect(condition).toContain("AND NOT (n.nspname ILIKE 'o''brien_' ESCAPE '!')")
    expect(globToLikePattern('100%_a!*?')).toBe('100!%!_a!!%_')
  })
})

describe('postgresDialect.readCatalog', () => {
  const rows: SqlRow[][] = [
    [{version: '15.20 (Debian 15.20-0+deb12u1)', database_name: 'erp', encoding: 'UTF8', collation: 'de_DE.UTF-8', size_bytes: '9000000', read_only: 'on', user_name: 'reader'}],
    [{schema_name: 'public'}, {schema_name: 'tmp_import'}],
    [
      {schema_name: 'public', table_name: 'kunde', relkind: 'r', row_estimate: 1500, size_bytes: '65536', table_comment: 'Kunden'},
      {schema_name: 'public', table_name: 'auftrag', relkind: 'p', row_estimate: '250000', size_bytes: '1048576', table_comment: null},
      {schema_name: 'public', table_name: 'neu', relkind: 'r', row_estimate: -1, size_bytes: '0', table_comment: null},
      {schema_name: 'public', table_name: 'sicht', relkind: 'v', row_estimate: 0, size_bytes: null, table_comment: null},
      {schema_name: 'public', table_name: 'fern', relkind: 'f', row_estimate: 300, size_bytes: null, table_comment: null},
      {schema_name: 'tmp_import', table_name: 'x', relkind: 'r', row_estimate: 1, size_bytes: '8192', table_comment: null},
    ],
    [
      {schema_name: 'public', table_name: 'kunde', attnum: 1, column_name: 'nr', declared_type: 'integer', typtype: 'b', typcategory: 'N', nullable: false, default_value: null, column_comment: null, collation_name: null},
      {schema_name: 'public', table_name: 'kunde', attnum: 3, column_name: 'status', declared_type: 'public.status', typtype: 'e', typcategory: 'E', nullable: true, default_value: "'neu'::status", column_comment: 'Status', collation_name: null},
      {schema_name: 'public', table_name: 'kunde', attnum: 4, column_name: 'plz', declared_type: 'public.plz', typtype: 'd', typcategory: 'S', base_type: 'character varying(5)', base_category: 'S', nullable: true, default_value: null, column_comment: null, collation_name: 'de-x-icu'},
      {schema_name: 'public', table_name: 'kunde', attnum: 5, column_name: 'tags', declared_type: 'text[]', typtype: 'b', typcategory: 'A', nullable: true, default_value: null, column_comment: null, collation_name: null},
      {schema_name: 'public', table_name: 'kunde', attnum: 6, column_name: 'ids', declared_type: 'public.idliste', typtype: 'd', typcategory: 'A', base_type: 'integer[]', base_category: 'A', nullable: true, default_value: null, column_comment: null, collation_name: null},
      {schema_name: 'tmp_import', table_name: 'x', attnum: 1, column_name: 'a', declared_type: 'text', typtype: 'b', typcategory: 'S', nullable: true, default_value: null, column_comment: null, collation_name: null},
    ],
    [
      {schema_name: 'public', table_name: 'kunde', constraint_name: 'kunde_pkey', constraint_type: 'p', column_names: ['nr'], ref_schema: null, ref_table: null, ref_columns: null},
      {schema_name: 'public', table_name: 'auftrag', constraint_name: 'auftrag_kunde_fk', constraint_type: 'f', column_names: '["mandant","kunden_nr"]', ref_schema: 'public', ref_table: 'kunde', ref_columns: '["mandant","nr"]'},
      {schema_name: 'public', table_name: 'auftrag', constraint_name: 'auftrag_nr_key', constraint_type: 'u', column_names: ['nr'], ref_schema: null, ref_table: null, ref_columns: null},
    ],
    [{schema_name: 'public', table_name: 'kunde', index_name: 'kunde_pkey', is_unique: true, is_primary: true, column_names: ['nr']}],
  ]

  async function read(filter = {include: [], exclude: ['tmp*']}) {
    const ran: LabeledSql[] = []
    const catalog = await pg.readCatalog(async (statement) => {
      ran.push(statement)
      return rows[ran.length - 1]
    }, filter)
    return {catalog, ran}
  }

  it('runs exactly the catalog statements, in order', async () => {
    const filter = {include: [], exclude: ['tmp*']}
    const {ran} = await read(filter)
    expect(ran).toEqual(pg.catalogStatements(filter))
  })

  it('assembles server facts, converting driver strings to numbers and booleans', async () => {
    const {catalog} = await read()
    expect(catalog.server).toEqual({
      engine: 'PostgreSQL',
      version: '15.20',
      database: 'erp',
      encoding: 'UTF8',
      collation: 'de_DE.UTF-8',
      sizeBytes: 9_000_000,
      readOnlySession: true,
      user: 'reader',
    })
  })

  it('re-applies the schema filter and sorts tables by schema and name', async () => {
    const {catalog} = await read()
    expect(catalog.schemas).toEqual(['public'])
    expect(catalog.tables.map((t) => t.name)).toEqual(['auftrag', 'fern', 'kunde', 'neu', 'sicht'])
  })

  it('turns estimates and sizes into numbers; -1, views and foreign tables have no estimate', async () => {
    const {catalog} = await read()
    const byName = new Map(catalog.tables.map((t) => [t.name, t]))
    expect(byName.get('kunde')).toMatchObject({kind: 'table', rowEstimate: 1500, sizeBytes: 65536, comment: 'Kunden'})
    expect(byName.get('auftrag')).toMatchObject({kind: 'table', rowEstimate: 250000, sizeBytes: 1048576})
    expect(byName.get('auftrag')!.comment).toBeUndefined()
    expect(byName.get('neu')!.rowEstimate).toBeNull()
    expect(byName.get('sicht')).toMatchObject({kind: 'view', rowEstimate: null, sizeBytes: null})
    expect(byName.get('fern')).toMatchObject({kind: 'table', rowEstimate: null})
  })

  it('classifies enums as text, domains by their base type and arrays as large objects; positions are 0-based', async () => {
    const {catalog} = await read()
    const kunde = catalog.tables.find((t) => t.name === 'kunde')!
    expect(kunde.columns).toEqual([
      {name: 'nr', position: 0, declaredType: 'integer', typeClass: 'integer', nullable: false, largeObject: false},
      {name: 'status', position: 1, declaredType: 'public.status', typeClass: 'text', nullable: true, largeObject: false, defaultValue: "'neu'::status", comment: 'Status'},
      {name: 'plz', position: 2, declaredType: 'public.plz', typeClass: 'text', nullable: true, largeObject: false, collation: 'de-x-icu'},
      {name: 'tags', position: 3, declaredType: 'text[]', typeClass: 'other', nullable: true, largeObject: true},
      {name: 'ids', position: 4, declaredType: 'public.idliste', typeClass: 'other', nullable: true, largeObject: true},
    ])
  })

  it('reads key columns from parsed arrays and from JSON text', async () => {
    const {catalog} = await read()
    const kunde = catalog.tables.find((t) => t.name === 'kunde')!
    const auftrag = catalog.tables.find((t) => t.name === 'auftrag')!
    expect(kunde.primaryKey).toEqual(['nr'])
    expect(kunde.indexes).toEqual([{name: 'kunde_pkey', columns: ['nr'], unique: true, primary: true}])
    expect(auftrag.primaryKey).toBeNull()
    expect(auftrag.uniqueConstraints).toEqual([['nr']])
    expect(auftrag.foreignKeys).toEqual([
      {name: 'auftrag_kunde_fk', columns: ['mandant', 'kunden_nr'], references: {schema: 'public', table: 'kunde', columns: ['mandant', 'nr']}},
    ])
  })
})

describe('postgresDialect fragments', () => {
  it('builds text, temporal and month expressions', () => {
    expect(pg.charLength('"name"')).toBe('char_length(CAST("name" AS text))')
    expect(pg.trimmed('"name"')).toBe(`btrim(CAST("name" AS text), ${POSTGRES_TRIM_CHARACTERS})`)
    expect(POSTGRES_TRIM_CHARACTERS).toContain("decode('c2a0e19a80")
    expect(POSTGRES_TRIM_CHARACTERS).toContain('efbbbf')
    expect(POSTGRES_TRIM_CHARACTERS).toContain("convert_from(decode('a0', 'hex'), current_setting('server_encoding'))")
    expect(pg.binaryText('"name"')).toBe('CAST("name" AS text) COLLATE "C"')
    expect(pg.temporalAsText('"datum"')).toBe('CAST("datum" AS text)')
    expect(pg.monthKey('"datum"')).toBe('CAST(EXTRACT(YEAR FROM "datum") * 100 + EXTRACT(MONTH FROM "datum") AS integer)')
    expect(pg.approxDistinct('"x"')).toBeNull()
    expect(pg.maxSelectItems).toBe(1000)
  })

  it('limits a select with LIMIT', () => {
    expect(pg.limitSelect({columns: '"a", "b"', from: '"public"."t"', where: '"a" > 1', orderBy: '"a"'}, 50)).toBe(
      'SELECT "a", "b" FROM "public"."t" WHERE "a" > 1 ORDER BY "a" LIMIT 50',
    )
    expect(pg.limitSelect({columns: '*', from: '"t"'}, 10)).toBe('SELECT * FROM "t" LIMIT 10')
  })

  it('reads binaries as their length and large text as its first 1000 characters', () => {
    expect(pg.sampleExpr(column('foto', 'binary', true))).toBe('octet_length("foto")')
    expect(pg.sampleExpr(column('tags', 'other', true))).toBe('left(CAST("tags" AS text), 1000)')
    expect(pg.sampleExpr(column('name', 'text'))).toBe('"name"')
  })
})

describe('postgresDialect.sampleStatement', () => {
  const columns = [column('nr', 'integer'), column('foto', 'binary', true)]

  it('uses TABLESAMPLE SYSTEM for about 3n rows when the table is more than 10n rows', () => {
    expect(pg.sampleStatement(table({rowEstimate: 1_000_000}), columns, 10_000)).toBe(
      'SELECT "nr", octet_length("foto") AS "foto" FROM "public"."kunde" TABLESAMPLE SYSTEM (3) LIMIT 10000',
    )
  })

  it('reads the first n rows of small tables, unknown estimates and views', () => {
    expect(pg.sampleStatement(table({rowEstimate: 100_000}), columns, 10_000)).toBe('SELECT "nr", octet_length("foto") AS "foto" FROM "public"."kunde" LIMIT 10000')
    expect(pg.sampleStatement(table({rowEstimate: null}), columns, 10)).toBe('SELECT "nr", octet_length("foto") AS "foto" FROM "public"."kunde" LIMIT 10')
    expect(pg.sampleStatement(table({kind: 'view', rowEstimate: 1e9}), columns, 10)).not.toContain('TABLESAMPLE')
  })

  it('writes the percentage as a plain decimal, never in exponent notation', () => {
    expect(samplePercent(1e9, 10_000)).toBe('0.003')
    expect(samplePercent(1e12, 10_000)).toBe('0.000003')
    expect(samplePercent(1e15, 100)).toBe('0.000001')
    expect(samplePercent(40_000, 1000)).toBe('7.5')
    expect(samplePercent(100, 1000)).toBe('100')
  })
})
