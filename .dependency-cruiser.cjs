/** Dependency rules of ARCHITECTURE.md, checked by `npm test`. */
module.exports = {
  forbidden: [
    {
      name: "lib-not-app",
      comment: "Dependencies point one way: app → lib → db (integration tests may drive route handlers).",
      severity: "error",
      from: { path: "^lib/", pathNot: "\\.test\\.ts$" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "db-not-domain",
      comment: "db/ imports no domain module of lib/ (only lib/env).",
      severity: "error",
      from: { path: "^db/", pathNot: "\\.test\\.ts$" },
      to: { path: "^lib/", pathNot: "^lib/env\\.ts$" },
    },
    {
      name: "app-not-db",
      comment: "Reads go through lib/ modules that own their transaction: pages and route handlers never import db/.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: "^db/" },
    },
    {
      name: "components-not-db",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^db/" },
    },
    {
      name: "prediction-is-pure",
      comment: "lib/prediction has no I/O: no db, no fetch helpers, no Next.",
      severity: "error",
      from: { path: "^lib/prediction/" },
      to: { path: "^(db/|lib/(?!prediction/)|node_modules/(next|postgres|drizzle-orm|pg)/)" },
    },
    {
      name: "no-react-in-lib",
      comment: "No React in lib/ except hooks.ts files and the browser API client.",
      severity: "error",
      from: { path: "^lib/", pathNot: "(hooks\\.ts|\\.test\\.ts)$" },
      to: { path: "node_modules/(react|react-dom|@tanstack/react-query)/" },
    },
    {
      name: "hooks-take-server-types-only",
      comment:
        "Browser hooks type their JSON from the server's presenters and queries with `import type`: no server code (and no db) reaches the client bundle.",
      severity: "error",
      from: { path: "^lib/.+/hooks\\.ts$" },
      to: { path: "^(db|lib)/", pathNot: "^lib/(http/(client|hooks)|[^/]+/schemas)\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "(^|/)(\\.next|node_modules|\\.test-data|\\.data)/" },
  },
};
