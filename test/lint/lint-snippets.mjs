// Lints code snippets as if they stood at the given paths, with the project's own ESLint config.
// Input (stdin): [{ path, code }]; output (stdout): [{ path, rules: string[] }].
import { ESLint } from "eslint";

const snippets = JSON.parse(
  await new Promise((resolve) => {
    let text = "";
    process.stdin.on("data", (d) => (text += d));
    process.stdin.on("end", () => resolve(text));
  }),
);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { path, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: path });
  out.push({ path, rules: (result?.messages ?? []).map((m) => m.ruleId ?? m.message) });
}
process.stdout.write(JSON.stringify(out));
