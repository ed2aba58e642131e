/**
 * Which properties of the words the site's code reads, by symbol, as the TypeScript compiler resolves
 * them: `words.check.label` reads the `label` declared in WizardWords' `check`, not every property
 * called `label`. The code is every .ts, .tsx and .astro file under CODE_FOLDERS; an .astro file is
 * read as the TSX the Astro language tools make of it (@astrojs/astro2tsx). A property counts as read
 * where the code uses its value: a property access, an index by a literal, or a destructured binding
 * that is used for more than handing the value on under the same name (src/components/wizard/islandWords.ts
 * picks the island's words that way; what counts is what the island then reads).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { convertToTsx } from '@astrojs/astro2tsx';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
export const CODE_FOLDERS = ['src/components', 'src/pages', 'src/layouts', 'src/scripts', 'src/utils'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:astro|ts|tsx)$/.test(file))
    .map((file) => join(folder, file));
}

/** An .astro file's name as TypeScript sees its TSX: "Checklist.astro" → "Checklist.astro.tsx". */
const tsxName = (file: string) => (file.endsWith('.astro') ? `${file}.tsx` : file);

/** The code as a TypeScript program, with the compiler options of tsconfig.json. */
function codeProgram(): { program: ts.Program; codeFiles: string[] } {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const files = CODE_FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder)));
  const astro = new Map(
    files
      .filter((file) => file.endsWith('.astro'))
      .map((file) => [
        tsxName(file),
        convertToTsx(readFileSync(file, 'utf8'), { filename: file, ambientTypes: true }).code,
      ]),
  );
  const options: ts.CompilerOptions = { ...config?.options, noEmit: true, allowArbitraryExtensions: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => astro.get(name) ?? readFile(name);
  host.fileExists = (name) => astro.has(name) || fileExists(name);
  const codeFiles = files.map(tsxName);
  return { program: ts.createProgram(codeFiles, options, host), codeFiles };
}

/** The symbols a reader of the code reaches: a property symbol of the words, whatever name the code gives it. */
export function readWords(): { checker: ts.TypeChecker; program: ts.Program; isRead: (symbol: ts.Symbol) => boolean } {
  const { program, codeFiles } = codeProgram();
  const checker = program.getTypeChecker();
  const read = new Set<ts.Symbol>();

  /** Where a symbol's value comes from: itself, the symbols it instantiates, and what it was taken from. */
  const origins = (symbol: ts.Symbol | undefined, seen = new Set<ts.Symbol>()): ts.Symbol[] => {
    if (!symbol || seen.has(symbol)) return [];
    seen.add(symbol);
    const found = [symbol, ...checker.getRootSymbols(symbol).filter((root) => root !== symbol)];
    for (const declaration of symbol.declarations ?? []) {
      if (ts.isShorthandPropertyAssignment(declaration))
        found.push(...origins(checker.getShorthandAssignmentValueSymbol(declaration), seen));
      else if (ts.isPropertyAssignment(declaration))
        found.push(...origins(checker.getSymbolAtLocation(accessed(declaration.initializer)), seen));
      else if (ts.isBindingElement(declaration)) found.push(...origins(destructured(declaration), seen));
      else if (ts.isVariableDeclaration(declaration) && declaration.initializer)
        found.push(...origins(checker.getSymbolAtLocation(accessed(declaration.initializer)), seen));
    }
    return found.flatMap((each) => [each, ...checker.getRootSymbols(each)]);
  };
  /** The node that names what an expression reads: `b` of `a.b`, the literal of `a['b']`. */
  const accessed = (expression: ts.Expression): ts.Node => {
    if (ts.isPropertyAccessExpression(expression)) return expression.name;
    if (ts.isElementAccessExpression(expression)) return expression.argumentExpression;
    return expression;
  };
  /** The property a binding element takes out of an object: `label` of `const { label } = words.check`. */
  const destructured = (element: ts.BindingElement): ts.Symbol | undefined => {
    if (!ts.isObjectBindingPattern(element.parent)) return undefined;
    const name = element.propertyName ?? element.name;
    if (!ts.isIdentifier(name) && !ts.isStringLiteral(name)) return undefined;
    return checker.getTypeAtLocation(element.parent).getProperty(name.text);
  };
  const markRead = (symbol: ts.Symbol | undefined) => {
    for (const origin of origins(symbol)) read.add(origin);
  };

  for (const file of codeFiles) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file}: not in the program`);
    // A destructured name used only to hand the value on, as a shorthand property of the same name, reads nothing yet.
    const usedFor = new Map<ts.Symbol, boolean>();
    const bindings: ts.BindingElement[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) markRead(checker.getSymbolAtLocation(node.name));
      else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
        markRead(checker.getSymbolAtLocation(node.argumentExpression));
      else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) bindings.push(node);
      else if (ts.isIdentifier(node) && !ts.isBindingElement(node.parent)) {
        const symbol = checker.getSymbolAtLocation(node);
        if (symbol && !ts.isShorthandPropertyAssignment(node.parent)) usedFor.set(symbol, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    for (const binding of bindings) {
      const local = ts.isIdentifier(binding.name) ? checker.getSymbolAtLocation(binding.name) : undefined;
      // A nested pattern (`{ result: { copyLink } }`) reads what it takes out; its inner elements are bindings too.
      if (!local || usedFor.get(local)) markRead(destructured(binding));
    }
  }
  return {
    checker,
    program,
    isRead: (symbol) => [symbol, ...checker.getRootSymbols(symbol)].some((each) => read.has(each)),
  };
}
