import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // oclif writes through console.log; vitest would swallow it otherwise (oclif/test#655)
    disableConsoleIntercept: true,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
