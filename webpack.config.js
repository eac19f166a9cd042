// Builds the task pane into dist/ (page, scripts, icons, manifest) and serves it over https on
// localhost:3000 for sideloading.
//   npm run build                                   -> dist/, manifest URLs stay https://localhost:3000
//   ADDIN_URL=https://example.org/tildeling npm run build -> dist/manifest.xml points there instead
//   npm run dev-server                              -> https://localhost:3000 with office-addin-dev-certs
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000";
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

// Each page the manifest can open. A later host (Word) adds its own entry here.
const pages = [{ name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" }];

function productionUrl() {
  const url = (process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, "");
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https URL without spaces or quotes, got: ${url}`);
  }
  return url;
}

/** No eval, no remote scripts but office.js; Fluent UI injects <style> tags, hence 'unsafe-inline' for styles. */
function contentSecurityPolicy(dev) {
  const connect = dev ? "'self' wss://localhost:3000" : "'self'";
  return [
    "default-src 'self'",
    // office.js loads its host files from its own origin and, in some hosts, Microsoft's Ajax
    // helper from ajax.aspnetcdn.com (seen in OfficeDev/office-js#1005); nothing else may run.
    `script-src 'self' ${OFFICE_JS_ORIGIN} https://ajax.aspnetcdn.com`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** Loaded only for `webpack serve`: creates a local CA and localhost certificate in ~/.office-addin-dev-certs. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    // Trusting the CA needs admin rights (sudo on Linux). The certificates exist by then, so
    // serve with them and say what to run; Office refuses the pane until the CA is trusted.
    const paths = require("office-addin-dev-certs/lib/defaults");
    const fs = require("node:fs");
    console.warn(`office-addin-dev-certs: ${err.message}\nServing with an untrusted certificate; run \`npx office-addin-dev-certs install\` as an administrator.`);
    return {
      ca: fs.readFileSync(paths.caCertificatePath),
      cert: fs.readFileSync(paths.localhostCertificatePath),
      key: fs.readFileSync(paths.localhostKeyPath),
    };
  }
}

async function devServerOptions() {
  return {
    host: "localhost",
    port: 3000,
    server: { type: "https", options: await httpsOptions() },
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    client: { overlay: { warnings: false } },
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const addinUrl = dev ? DEV_URL : productionUrl();
  return {
    mode: dev ? "development" : "production",
    // ES2020 has globalThis, so webpack's runtime needs no `new Function("return this")`, which the CSP blocks.
    target: ["web", "es2020"],
    // Source maps as separate files in every mode: the pane's CSP forbids eval, which the
    // eval-* devtools need.
    devtool: "source-map",
    entry: Object.fromEntries(pages.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: dev } },
                // Office runs panes in Edge WebView2, Safari WKWebView or a current browser.
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    plugins: [
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: [p.name],
            csp: contentSecurityPolicy(dev),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The support page both manifests name (SupportUrl, LearnMoreUrl): static, nb and en.
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => content.toString().split(DEV_URL).join(addinUrl),
          },
        ],
      }),
    ],
    performance: { hints: false }, // the budget is checked on gzip size by scripts/bundle-size.js
    devServer: env && env.WEBPACK_SERVE ? await devServerOptions() : undefined,
  };
};
