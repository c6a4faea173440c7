#!/usr/bin/env node
import {setFlagsFromString} from 'node:v8'

// Profiling allocates short-lived strings fast while its live data stays small. V8's default heap
// growing factor (up to 4× the live size) would let garbage pile up to hundreds of MB; 30 % keeps the
// heap near the live size, and the extra major GCs cost milliseconds (measured in bench/README.md).
setFlagsFromString('--heap-growing-percent=30')

// a scan of a big file starts its worker threads now, so that they load while oclif does (early-workers.ts)
const {prestartScanWorkers} = await import('../dist/engine/early-workers.js').catch(() => ({prestartScanWorkers: () => {}}))
prestartScanWorkers(process.argv.slice(2))

const {execute} = await import('@oclif/core')
await execute({dir: import.meta.url})
