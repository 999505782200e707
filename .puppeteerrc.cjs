// Puppeteer must never download a browser (npm ci runs its install script):
// supv drives the system Chromium. See src/render/chromium.ts for how it is found.
const fs = require('node:fs');

const candidates = [
  process.env.SUPV_CHROME,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

/** @type {import("puppeteer").Configuration} */
module.exports = {
  skipDownload: true,
  executablePath: candidates.find((p) => fs.existsSync(p)),
};
