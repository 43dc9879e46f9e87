/**
 * Task pane + ribbon commands bundles.
 *
 * - Office.js comes from Microsoft's CDN (see the HTML templates), never from the bundle.
 * - exceljs stays behind dynamic imports (src/hosts/xlsx, loaded by the task pane on demand),
 *   so it lands in its own async chunk instead of the first load.
 * - Production builds rewrite https://localhost:3000/ in the copied manifest to ADDIN_URL
 *   (default: a placeholder, https://www.contoso.com/).
 * - The dev server uses office-addin-dev-certs when it can; `npm run build` never asks for certs.
 * - The first load of the task pane (the scripts taskpane.html loads before any action) has a
 *   budget in gzip bytes that fails a production build when exceeded (FirstLoadBudget).
 */
const path = require("node:path");
const { gzipSync } = require("node:zlib");
const { WebpackError } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PROD_URL = "https://www.contoso.com/";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The production origin + path, always ending in "/". */
function productionUrl() {
  const url = process.env.ADDIN_URL || DEFAULT_PROD_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/** The first load's budget: React + Fluent's provider + the shell; the App and the rest are lazy. */
const FIRST_LOAD_BUDGET_KB = 180;

/**
 * Measures the initial scripts of an entry point (gzip -9, as a server would send them) after
 * minification, reports the figure and fails the build when it is over the budget.
 */
class FirstLoadBudget {
  /** @param {{ entry: string, maxKb: number }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { entry, maxKb } = this.options;
    compiler.hooks.thisCompilation.tap("FirstLoadBudget", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FirstLoadBudget", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const point = compilation.entrypoints.get(entry);
          if (!point) return;
          const files = [...point.getFiles()].filter((f) => f.endsWith(".js"));
          const sizes = files.map(
            (f) => gzipSync(compilation.getAsset(f).source.buffer(), { level: 9 }).length,
          );
          const total = sizes.reduce((a, b) => a + b, 0);
          const kb = (n) => (n / 1024).toFixed(1);
          const line = `${entry} first load: ${kb(total)} KB gzip (budget ${maxKb} KB): ${files
            .map((f, i) => `${f} ${kb(sizes[i])} KB`)
            .join(", ")}`;
          compilation.getLogger("FirstLoadBudget").info(line);
          if (total > maxKb * 1024)
            compilation.errors.push(new WebpackError(`Over the first-load budget: ${line}`));
        },
      );
    });
  }
}

/**
 * HTTPS options for the dev server: the Office dev certificates when they exist or can be made,
 * otherwise webpack-dev-server's own self-signed certificate (Office will then refuse to load
 * the pane until `npx office-addin-dev-certs install` has run, which the warning says).
 */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, cert, key } = await devCerts.getHttpsServerOptions();
    return { ca, cert, key };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    process.emitWarning(
      `office-addin-dev-certs unavailable (${reason}); serving with a self-signed certificate. ` +
        "Run `npx office-addin-dev-certs install` for a certificate Office trusts.",
    );
    return undefined;
  }
}

/**
 * @param {Record<string, unknown>} env webpack --env values; `outputPath` overrides dist/ (tests),
 *   `firstLoadBudgetKb` the first-load budget (to see the build fail)
 * @param {{ mode?: "production" | "development" }} argv
 * @returns {Promise<import("webpack").Configuration>}
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const outputPath = typeof env.outputPath === "string" ? env.outputPath : path.resolve(__dirname, "dist");

  return {
    mode,
    context: __dirname,
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/root/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: outputPath,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      ...(dev
        ? []
        : [
            new FirstLoadBudget({
              entry: "taskpane",
              maxKb: Number(env.firstLoadBudgetKb) || FIRST_LOAD_BUDGET_KB,
            }),
          ]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(productionUrl())),
          },
        ],
      }),
    ],
    // Minified by webpack's default terser: about a minute (mostly re-minifying exceljs), but the
    // first-load chunk is ~23 KB gzip smaller than with esbuild's minifier.
    performance: {
      // The gzip budget of the first load is FirstLoadBudget's; these raw sizes only warn.
      hints: dev ? false : "warning",
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 1200 * 1024,
    },
    devServer: serving
      ? {
          port: PORT,
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
