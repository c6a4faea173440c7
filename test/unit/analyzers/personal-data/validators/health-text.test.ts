import {describe, expect, it} from 'vitest'
import {containsHealthTerm} from '../../../../../src/analyzers/personal-data/validators/health-text.js'

describe('containsHealthTerm', () => {
  it.each([
    'AU bis 12.3., Bandscheibenvorfall',
    'seit Montag krankgeschrieben',
    'AU-Bescheinigung liegt vor',
    'Mitarbeiterin schwanger, Beschäftigungsverbot ab Juni',
    'Chronische Atemwegserkrankung',
    'Allergie: Nüsse',
    'Kur vom 04.04.2024 bis 11.05.2024 bewilligt',
    'BEM-Gespräch am 01.12.2023 geführt',
    'Schwerbehindert, GdB 50',
    'Langzeiterkrankung, Krankengeld läuft',
    'Knie-OP, sechs Wochen arbeitsunfähig',
    'Magen-Darm, kommt Montag wieder',
  ])('finds health data in %s', (text) => expect(containsHealthTerm(text)).toBe(true))

  it.each([
    'Lieferung krank? nein',
    'Diagnose: Zündspule defekt',
    'Befund: Kratzer am Gehäuse',
    'Behinderung der Zufahrt durch LKW',
    'Auftrag AU 4711 erledigt',
    'Kurier kommt morgen',
    'Selbstentzündung von Öllappen vermeiden',
    'Medikamente an Praxis geliefert',
    'Ware in Quarantäne',
    'Corona-Pause im Werk',
    'Elternzeit vom 26.06.2024 bis 01.08.2024 beantragt',
    'Kinderkrankheiten der neuen Software behoben',
    'Rechnung per Mail, Zahlung in 14 Tagen',
  ])('finds nothing in %s', (text) => expect(containsHealthTerm(text)).toBe(false))
})
