import {it} from 'vitest'
process.env.TZ = 'Pacific/Auckland'
it('x', () => { console.log(new Date(2024,0,31).toISOString(), new Date(2024,0,31).getTimezoneOffset()) })
