import type {EncodingIssues} from './connector.js'

/** Adds `more` into `into`: counts sum, the first offset is the smallest known one. */
export function addEncodingIssues(into: EncodingIssues, more: EncodingIssues | undefined): void {
  if (!more || more.count === 0) return
  into.count += more.count
  if (more.firstByte >= 0 && (into.firstByte < 0 || more.firstByte < into.firstByte)) into.firstByte = more.firstByte
}
