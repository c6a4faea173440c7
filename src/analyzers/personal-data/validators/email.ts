/**
 * E-mail addresses: the practical subset of RFC 5322 that real exports hold (a dot-atom local part and a
 * domain of labels with a top-level label of letters), plus what makes an address personal: a local part
 * that looks like a person (vorname.nachname, j.mueller) rather than a role (info@, rechnung@, kontakt@).
 */

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const LABEL = /^(?!-)[A-Za-z0-9äöüÄÖÜß-]{1,63}(?<!-)$/
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{2,59})$/

/** role mailboxes of companies: an address with one of these local parts names no person */
const ROLE_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'info', 'kontakt', 'contact', 'office', 'buero', 'mail', 'post', 'service', 'support', 'hilfe', 'sales', 'vertrieb',
  'verkauf', 'einkauf', 'bestellung', 'bestellungen', 'order', 'orders', 'rechnung', 'rechnungen', 'invoice', 'invoices',
  'buchhaltung', 'accounting', 'finanzen', 'personal', 'hr', 'jobs', 'karriere', 'bewerbung', 'presse', 'press',
  'marketing', 'noreply', 'no-reply', 'admin', 'webmaster', 'postmaster', 'datenschutz', 'privacy', 'team', 'zentrale',
])

export function isValidEmail(text: string): boolean {
  const value = text.trim()
  if (value.length < 6 || value.length > 254) return false
  const at = value.lastIndexOf('@')
  if (at < 1 || at !== value.indexOf('@')) return false
  const local = value.slice(0, at)
  const labels = value.slice(at + 1).split('.')
  if (local.length > 64 || !LOCAL.test(local) || labels.length < 2) return false
  return labels.every((l) => LABEL.test(l)) && TOP_LEVEL.test(labels[labels.length - 1])
}

/** a valid address whose local part is not a company's role mailbox */
export function isPersonalEmail(text: string): boolean {
  if (!isValidEmail(text)) return false
  const local = text.trim().slice(0, text.trim().indexOf('@')).toLowerCase()
  return !ROLE_LOCAL_PARTS.has(local)
}
