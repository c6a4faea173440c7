import {describe, expect, it} from 'vitest'
import {join} from 'node:path'
import {runScan} from '../../../src/engine/scan-service.js'
import {scoreReport} from '../../../src/scoring/score-report.js'

const DEMO = join(import.meta.dirname, '..', '..', '..', 'demo')

describe('scoreReport on the demo scan', () => {
  it('scores the three hurdles, the use cases and the actions without duplicates, in German', async () => {
    const report = await runScan({inputs: [DEMO, `sqlite:${join(DEMO, 'wawi.db')}`], lang: 'de', workers: 0})
    const {scores, useCases, recommendations} = scoreReport(report, new Date(report.scan.startedAt))
    for (const hurdle of ['datenbasis', 'infrastruktur', 'datenschutz'] as const) {
      expect(scores[hurdle].score, hurdle).toBeGreaterThanOrEqual(0)
      expect(scores[hurdle].criteria.length, hurdle).toBeGreaterThan(0)
    }
    expect(useCases.map((u) => u.id)).toEqual(['forecasting', 'segmentation', 'dunning', 'monitoring', 'text-classification'])
    const titles = recommendations.map((r) => r.title)
    expect(new Set(titles).size).toBe(titles.length)
    expect(titles.join('\n')).not.toMatch(/\b1 Tabellen\b/)
    expect(recommendations.map((r) => r.rank)).toEqual(recommendations.map((_, i) => i + 1))
  }, 60_000)
})
