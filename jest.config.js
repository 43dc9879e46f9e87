/** Jest: every test of the project, from pure domain to LibreOffice and Chromium. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2021",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  testTimeout: 30000,
  // Two workers on the two-core test machine (Jest's default leaves one core idle): most slow
  // suites wait on LibreOffice or Chromium, another process, while the other worker runs.
  maxWorkers: 2,
};
