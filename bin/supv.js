#!/usr/bin/env node
// The compiled CLI lives in lib/ (npm run compile; the set-up script does it).
import '../lib/cli/bin.js';
