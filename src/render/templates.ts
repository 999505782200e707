/**
 * Which template files a run uses, and a hash of them, without compiling
 * anything: `supv build` needs the hash to tell whether a PDF is up to date,
 * and a build with nothing to render should not pay for loading Handlebars and
 * markdown-it (src/render/html.ts compiles the sources read here).
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kind } from '../model.js';
import { UserError } from '../util/errors.js';
import { packageFile } from '../util/package-files.js';

/** supv's own templates, shipped with the package. */
export const BUILT_IN_TEMPLATES = fileURLToPath(packageFile('templates/'));

/** The template of each kind of record. */
export const KIND_TEMPLATES: Record<Kind, string> = {
  session: 'session.hbs',
  contract: 'contract.hbs',
  decision: 'decision.hbs',
  'case-audit': 'case-audit.hbs',
  staff: 'staff.hbs',
};
export const STYLESHEET = 'print.css';

/** A template file that cannot be used. */
export class TemplateError extends UserError {}

/** The template files of a run, read but not compiled. */
export interface TemplateSources {
  /** File name (`session.hbs`, `partials/body.hbs`, `print.css`) to its text. */
  sources: Map<string, string>;
  /** Which files came from the repository's own `templates/` folder. */
  overridden: string[];
  /** SHA-256 over every template, partial and the stylesheet used. */
  hash: string;
}

/**
 * The built-in templates, each replaced by a file of the same name in
 * `<repository>/templates/` when there is one (`session.hbs`,
 * `partials/signature-block.hbs`, `print.css`, ...).
 */
export function readTemplateSources(repositoryRoot?: string, builtIn: string = BUILT_IN_TEMPLATES): TemplateSources {
  const sources = new Map<string, string>();
  const overridden: string[] = [];
  for (const name of templateFiles(builtIn)) sources.set(name, readFileSync(path.join(builtIn, name), 'utf8'));
  const own = repositoryRoot ? path.join(repositoryRoot, 'templates') : undefined;
  if (own && existsSync(own)) {
    const realRoot = realpathSync(repositoryRoot!);
    for (const name of templateFiles(own)) {
      const file = path.join(own, name);
      const real = realpathSync(file);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
        throw new TemplateError(`templates/${name} is a symbolic link leading out of the repository; supv will not use it`);
      }
      sources.set(name, readFileSync(file, 'utf8'));
      overridden.push(name);
    }
  }
  const hash = createHash('sha256');
  for (const name of [...sources.keys()].sort()) hash.update(`${name}\0${sources.get(name)}\0`);
  return { sources, overridden: overridden.sort(), hash: hash.digest('hex') };
}

/** Template files below a folder: `*.hbs`, `partials/*.hbs` and the stylesheet. Symbolic links are resolved by the caller. */
function templateFiles(dir: string): string[] {
  const names: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.hbs') || name === STYLESHEET) {
      if (isFile(path.join(dir, name))) names.push(name);
    }
  }
  const partials = path.join(dir, 'partials');
  if (existsSync(partials) && lstatSync(partials).isDirectory()) {
    for (const name of readdirSync(partials)) {
      if (name.endsWith('.hbs') && isFile(path.join(partials, name))) names.push(`partials/${name}`);
    }
  }
  return names.sort();
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
