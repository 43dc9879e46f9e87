// @ts-check
/**
 * One rule that says which part of the source may import which: the domain's feature folders form
 * a graph with no arrow back, src/app reaches no host, the hosts are siblings, the task pane reaches
 * hosts only in its composition root. It sees `import`, `export … from` and `import()` alike
 * (`no-restricted-imports` does not see `import()`).
 */
import path from "node:path";

/**
 * Each layer: a path prefix (relative to the repository) and the layers it may import. The most
 * specific prefix wins. `packages` lists bare module names the layer may not import (also dynamically).
 * @typedef {{ name: string; prefix: string; may: string[]; packages?: string[] }} Layer
 */

/** @param {Layer[]} layers @param {string} file */
function layerOf(layers, file) {
  let best;
  for (const l of layers) {
    if ((file === l.prefix || file.startsWith(l.prefix)) && (!best || l.prefix.length > best.prefix.length))
      best = l;
  }
  return best;
}

/** @type {import("eslint").Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: "problem",
    docs: { description: "Imports follow the layer graph, for static and dynamic imports." },
    schema: [{ type: "object", properties: { layers: { type: "array" } }, additionalProperties: false }],
    messages: {
      layer: "{{from}} may not import {{to}} ({{spec}}): allowed here: {{allowed}}.",
      pkg: "{{from}} may not import the package {{spec}}.",
    },
  },
  create(context) {
    /** @type {Layer[]} */
    const layers = context.options[0]?.layers ?? [];
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join("/");
    const from = layerOf(layers, file);
    if (!from) return {};
    /** @param {import("estree").Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== "string") return;
      if (!source.startsWith(".")) {
        const bare = source.startsWith("@") ? source.split("/").slice(0, 2).join("/") : source.split("/")[0];
        if (
          from &&
          from.packages?.some((p) => p === bare || (p.endsWith("*") && bare.startsWith(p.slice(0, -1))))
        ) {
          context.report({ node, messageId: "pkg", data: { from: from.name, spec: source } });
        }
        return;
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
      const to = layerOf(layers, target) ?? layerOf(layers, `${target}/`);
      if (!to || !from || to.name === from.name || from.may.includes(to.name)) return;
      context.report({
        node,
        messageId: "layer",
        data: { from: from.name, to: to.name, spec: source, allowed: from.may.join(", ") || "(nothing)" },
      });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
      CallExpression: (node) => {
        // jest.mock("…") and require("…") name modules too.
        const arg = node.arguments[0];
        if (node.callee.type === "Identifier" && node.callee.name === "require" && arg?.type === "Literal")
          check(node, arg.value);
      },
    };
  },
};

export default { rules: { "allowed-imports": allowedImports } };
