/**
 * Reads the public API of the package (the exports of `src/index.ts`) with the TypeScript
 * compiler, for the documentation checks.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** One public export and its TSDoc. */
export interface PublicExport {
  readonly name: string;
  readonly summary: string;
  readonly tags: readonly string[];
}

/**
 * Every export of the library entry, with its doc summary and the names of its block tags.
 *
 * @example
 * ```ts
 * publicExports().find((e) => e.name === 'evaluate')?.tags; // ['throws', 'example']
 * ```
 */
export function publicExports(entry = '../../src/index.ts'): PublicExport[] {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${file}`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return {
      name: exported.getName(),
      summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
      tags: symbol.getJsDocTags(checker).map((tag) => tag.name),
    };
  });
}
