// Puppeteer must never download a browser (npm ci runs its install script):
// supv drives the system Chromium. See src/render/find-chromium.ts for how it is found.
const { usualChromium } = require('./chromium-paths.cjs');

/** @type {import("puppeteer").Configuration} */
module.exports = {
  skipDownload: true,
  executablePath: usualChromium(),
};
