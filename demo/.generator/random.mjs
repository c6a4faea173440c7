// Seeded pseudo-random numbers (mulberry32), so every run of make-demo.mjs writes the same bytes.

export function createRandom(seed) {
  let state = seed >>> 0
  function next() {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    /** integer in [min, max] */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    shuffle(list) {
      const a = [...list]
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[a[i], a[j]] = [a[j], a[i]]
      }
      return a
    },
    /** a date between two UTC dates (inclusive), at midnight UTC */
    date(from, to) {
      const days = Math.round((to.getTime() - from.getTime()) / 86_400_000)
      return new Date(from.getTime() + Math.floor(next() * (days + 1)) * 86_400_000)
    },
  }
}
