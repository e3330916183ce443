// Lint Cypher texts with Neo4j's own parser and semantic analyser
// (@neo4j-cypher/language-support, the engine behind Neo4j's editors), for each
// Cypher version asked for.
//
// stdin (JSON):
//   {"versions": ["CYPHER 5", "CYPHER 25"],
//    "schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...],
//               "graphSchema": [{"from": "City", "to": "Region", "relType": "LOCATED_IN"}]},
//    "items": [{"id": "...", "text": "...", "parameters": {"id": "..."} | null,
//               "console": false}]}
// `parameters` null: the statement's parameters are supplied by code, so "Parameter
// $x is not defined" is not reported for it. `console`: the text may hold Neo4j
// Browser commands (`:param x => 1`).
//
// stdout (JSON):
//   {"package": "<version>", "node": "<version>", "functions": {"CYPHER 5": n, ...},
//    "results": [{"id", "version", "diagnostics": [{"severity": "error|warning|info|hint",
//                 "deprecated": bool, "message", "line", "column"}]}]}
// Lines and columns are 1-based, counted in the item's text.
//
// Functions and procedures: the built-in ones of the package's recorded Neo4j
// catalogue (testData.mockSchema), so a misspelt or deprecated function is reported,
// and so is any APOC call (relgraph's Cypher must run without plugins).

import { readFileSync } from 'node:fs';

import {
  isNotParamError,
  lintCypherQuery,
  testData,
} from '@neo4j-cypher/language-support';

// The package's exports do not include its package.json, so it is read as a file.
const pkg = JSON.parse(
  readFileSync(
    new URL(
      './node_modules/@neo4j-cypher/language-support/package.json',
      import.meta.url,
    ),
    'utf8',
  ),
);

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const DEPRECATED_TAG = 2;

function builtIns(registry, keep) {
  const out = {};
  for (const [version, entries] of Object.entries(registry ?? {})) {
    out[version] = Object.fromEntries(
      Object.entries(entries).filter(([name, entry]) => keep(name, entry)),
    );
  }
  return out;
}

const notPlugin = (name) => !name.toLowerCase().startsWith('apoc.');
const functions = builtIns(
  testData.mockSchema.functions,
  (name, fn) => fn.isBuiltIn && notPlugin(name),
);
const procedures = builtIns(testData.mockSchema.procedures, notPlugin);

function lint(item, version, schema) {
  const dbSchema = {
    ...schema,
    functions,
    procedures,
    defaultLanguage: version,
    parameters: item.parameters ?? {},
  };
  const { diagnostics } = lintCypherQuery(item.text, dbSchema, {
    consoleCommandsEnabled: Boolean(item.console),
  });
  return diagnostics
    .filter((d) => item.parameters != null || isNotParamError(d))
    .map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      deprecated:
        (d.tags ?? []).includes(DEPRECATED_TAG) || /deprecat/i.test(d.message),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    }));
}

const input = JSON.parse(readFileSync(0, 'utf8'));
const versions = input.versions ?? ['CYPHER 5', 'CYPHER 25'];
const results = [];
for (const item of input.items) {
  for (const version of versions) {
    results.push({
      id: item.id,
      version,
      diagnostics: lint(item, version, input.schema ?? {}),
    });
  }
}
const counts = Object.fromEntries(
  Object.entries(functions).map(([v, fns]) => [v, Object.keys(fns).length]),
);
process.stdout.write(
  JSON.stringify({
    package: pkg.version,
    node: process.version,
    functions: counts,
    results,
  }) + '\n',
);
