// Where Chrome or Chromium is usually installed, in the order supv tries them:
// one list for src/render/find-chromium.ts, .puppeteerrc.cjs, scripts/setup.mjs and
// the benchmarks. CommonJS with no dependencies, so .puppeteerrc.cjs can
// require it and setup.mjs can use it before anything is installed or compiled.
'use strict';
const { existsSync } = require('node:fs');

const CHROMIUM_PATHS = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
]);

/** SUPV_CHROME when it names a file, else the first usual place that exists, else undefined. */
function usualChromium(env = process.env) {
  return [env.SUPV_CHROME, ...CHROMIUM_PATHS].find((candidate) => candidate && existsSync(candidate));
}

module.exports = { CHROMIUM_PATHS, usualChromium };
