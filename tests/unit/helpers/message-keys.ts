import ts from 'typescript';

/** One `t(...)` call and the keys it can pass, as far as the source shows them. */
export interface KeyUse {
  /** `path:line` of the call. */
  where: string;
  /** Every key the call can pass; `null` when the argument is not something this check can read. */
  keys: string[] | null;
}

/**
 * The keys an expression can be: a literal, either branch of a `?:`, a value of a `const`
 * literal map or array indexed by anything (`HEADLINE[words]`, `DAY_KEYS[day]!`), or a property
 * of the elements of a `const` literal array it is mapped over (`PARTS.map((part) =>
 * t(part.label))`). Anything else is `null`: the type check still covers it, this test cannot.
 */
function keysOf(node: ts.Expression, file: ts.SourceFile): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node))
    return keysOf(node.expression, file);
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return keysOf(node.expression, file);
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [keysOf(node.whenTrue, file), keysOf(node.whenFalse, file)];
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isIdentifier(node)) {
    const init = constInitializer(node.text, file);
    return init ? keysOf(init, file) : null;
  }
  if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) {
    const init = constInitializer(node.expression.text, file);
    return init ? literalValues(init, file) : null;
  }
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
    const list = mappedList(node.expression, file);
    if (!list) return null;
    const keys: string[] = [];
    for (const element of list.elements) {
      const item = unwrap(element);
      if (!ts.isObjectLiteralExpression(item)) return null;
      const property = item.properties.find(
        (p) => ts.isPropertyAssignment(p) && p.name.getText(file) === node.name.text,
      );
      const value = property && ts.isPropertyAssignment(property) ? property.initializer : null;
      const found = value && keysOf(value, file);
      if (!found) return null;
      keys.push(...found);
    }
    return keys;
  }
  return null;
}

function unwrap(node: ts.Expression): ts.Expression {
  return ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isParenthesizedExpression(node)
    ? unwrap(node.expression)
    : node;
}

/** Every value of an object or array literal, each read by {@link keysOf}. */
function literalValues(init: ts.Expression, file: ts.SourceFile): string[] | null {
  const node = unwrap(init);
  const values = ts.isArrayLiteralExpression(node)
    ? [...node.elements]
    : ts.isObjectLiteralExpression(node)
      ? node.properties.map((p) => (ts.isPropertyAssignment(p) ? p.initializer : null))
      : null;
  if (!values) return null;
  const keys: string[] = [];
  for (const value of values) {
    const found = value && keysOf(value, file);
    if (!found) return null;
    keys.push(...found);
  }
  return keys;
}

/** The initializer of a `const` of that name in the file, at any depth. */
function constInitializer(name: string, file: ts.SourceFile): ts.Expression | null {
  let found: ts.Expression | null = null;
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    )
      found = node.initializer;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** For the parameter of `LIST.map((param) => …)`, the `const` array literal LIST. */
function mappedList(param: ts.Identifier, file: ts.SourceFile): ts.ArrayLiteralExpression | null {
  let list: ts.ArrayLiteralExpression | null = null;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'map' &&
      ts.isIdentifier(node.expression.expression)
    ) {
      const callback = node.arguments[0];
      const first = callback && ts.isArrowFunction(callback) ? callback.parameters[0] : undefined;
      if (first && ts.isIdentifier(first.name) && first.name.text === param.text) {
        const init = constInitializer(node.expression.expression.text, file);
        const array = init && unwrap(init);
        if (array && ts.isArrayLiteralExpression(array)) list = array;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return list;
}

/** Every call of the `t` imported from utils/i18n in `text` (the file at `path`), with its keys. */
export function keyUses(path: string, text: string): KeyUse[] {
  if (!/import \{[^}]*\bt\b[^}]*\} from '[./]*(?:utils\/)?i18n'/.test(text)) return [];
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const uses: KeyUse[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 't'
    ) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      const arg = node.arguments[0];
      uses.push({ where: `${path}:${line + 1}`, keys: arg ? keysOf(arg, file) : null });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}
