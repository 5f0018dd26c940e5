// Compiles the JSON Schema with ajv 8 (draft 2020-12) in strict mode, every strict rule an error.
// Usage: node .ci/schema-strict.js SCHEMA; ajv and ajv-formats are found through NODE_PATH.
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const file = process.argv[2];
const complaints = [];
const logger = {
  log() {},
  warn(message) { complaints.push(String(message)); },
  error(message) { complaints.push(String(message)); },
};
const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
addFormats(ajv);
try {
  ajv.compile(JSON.parse(fs.readFileSync(file, "utf8")));
} catch (e) {
  complaints.push(e.message);
}
for (const c of complaints) {
  console.error("ajv: " + c);
}
if (complaints.length > 0) {
  console.error("ajv: " + file + " does not compile in strict mode");
  process.exit(1);
}
console.log("ajv: " + file + " compiles in strict mode");
