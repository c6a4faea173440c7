/**
 * Document and text classification (Dokument- und Textklassifikation): sorts free text — service
 * requests, complaints, notes, e-mail subjects — into categories or routes it. It needs enough filled
 * text, ideally an existing category to learn from, and texts without personal data (or a plan to
 * pseudonymise them: free text is where names and phone numbers hide).
 */
import type {UseCaseDefinition} from './use-case-model.js'

/** texts shorter than this are codes or keywords, not free text (unless the column is named so) */
export const TEXT_MIN_LENGTH = 80
/** filled texts below this are too few to train or even check a classifier */
export const TEXT_MIN_VALUES = 500
/** a label column has at least 2 and at most this many distinct values */
export const TEXT_MAX_LABELS = 50

export const TEXT_CLASSIFICATION: UseCaseDefinition = {
  id: 'text-classification',
  title: {de: 'Dokument- und Textklassifikation', en: 'Document and text classification'},
  description: {
    de: 'Ordnet Freitexte (Anfragen, Reklamationen, Notizen) automatisch Kategorien oder Zuständigen zu.',
    en: 'Assigns free texts (requests, complaints, notes) to categories or people automatically.',
  },
  prerequisites: [
    {
      id: 'free-text',
      core: true,
      text: {de: `Freitextspalten mit mindestens ${TEXT_MIN_VALUES} gefüllten Texten`, en: `free-text columns with at least ${TEXT_MIN_VALUES} filled texts`},
      need: {kind: 'freeText', minLength: TEXT_MIN_LENGTH, minValues: TEXT_MIN_VALUES},
    },
    {
      id: 'labels',
      core: false,
      text: {de: 'eine Kategorie-Spalte neben den Texten (Lernbeispiele)', en: 'a category column next to the texts (training labels)'},
      need: {kind: 'labels', of: 'free-text', maxDistinct: TEXT_MAX_LABELS},
    },
    {
      id: 'no-personal-data',
      core: false,
      text: {de: 'Texte ohne personenbezogene Daten oder pseudonymisiert', en: 'texts without personal data, or pseudonymised'},
      need: {kind: 'noPersonalData', of: 'free-text'},
    },
  ],
}
