// Google's official Node client (`googleapis`, Spanner Admin v1, with google-auth-library)
// against the Copydeck sandbox. What changes: the API root (`rootUrl`) and, for the gcloud user,
// the token endpoint (`clientOptions.endpoints.oauth2TokenUrl`); the key files are the sandbox's.
//
// One deviation, said plainly: google-auth-library 11 ignores a service-account key's
// `token_uri` (gtoken posts to the hard-coded https://oauth2.googleapis.com/token, see
// node_modules/google-auth-library/build/src/gtoken/getToken.js), so that one request is routed
// to the key's token_uri by a request interceptor. The JWT itself is the library's, unchanged.
// Reads the sandbox's start-up JSON line from SANDBOX_INFO; runs it with --speed 200 (a copy
// takes about 6 s).
import { google } from "googleapis";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const info = JSON.parse(process.env.SANDBOX_INFO).spanner;
const rootUrl = info.endpoint;
const scopes = ["https://www.googleapis.com/auth/cloud-platform"];
const GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token";
const dir = mkdtempSync(join(tmpdir(), "copydeck-google-"));
const keyFile = join(dir, "service-account.json");
writeFileSync(keyFile, JSON.stringify(info.serviceAccountKey));
const userFile = join(dir, "application_default_credentials.json");
writeFileSync(userFile, JSON.stringify(info.authorizedUser));

const prod = "projects/copydeck-demo/instances/orders-prod";
const eu = "projects/copydeck-demo/instances/orders-eu";
const copyType = "type.googleapis.com/google.spanner.admin.database.v1.CopyBackupMetadata";

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`PASS ${name}`);
  } catch (error) {
    failed++;
    const google = error?.response?.data?.error;
    console.log(`FAIL ${name}: ${error?.message ?? error}${google ? " " + JSON.stringify(google) : ""}`);
  }
}

async function serviceAccountAuth() {
  const auth = new google.auth.GoogleAuth({ keyFile, scopes });
  const client = await auth.getClient();
  const tokenUri = info.serviceAccountKey.token_uri;
  client.transporter.interceptors.request.add({
    resolved: async (config) => {
      if (String(config.url) === GOOGLE_TOKEN_URL) config.url = tokenUri;
      return config;
    },
  });
  return client;
}

function userAuth() {
  return new google.auth.GoogleAuth({
    keyFile: userFile,
    scopes,
    clientOptions: { endpoints: { oauth2TokenUrl: info.tokenUri } },
  });
}

async function refusedWith(promise, status) {
  try {
    await promise;
  } catch (error) {
    assert.equal(error.response?.data?.error?.status, status, JSON.stringify(error.response?.data));
    return error.response.data.error;
  }
  assert.fail(`expected ${status}`);
}

const inHours = (from, hours) => new Date(new Date(from).getTime() + hours * 3600e3).toISOString();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const robot = google.spanner({ version: "v1", auth: await serviceAccountAuth(), rootUrl });
const admin = robot.projects.instances;

await check("service-account key: JWT-bearer token from the key's token_uri, instances listed", async () => {
  const { data } = await admin.list({ parent: "projects/copydeck-demo" });
  assert.deepEqual(data.instances.map((i) => i.name).sort(), [eu, prod]);
  assert.equal(data.instances.find((i) => i.name === prod).config, "projects/copydeck-demo/instanceConfigs/nam3");
});

await check("gcloud user: refresh-token grant at the overridden token endpoint", async () => {
  const user = google.spanner({ version: "v1", auth: userAuth(), rootUrl });
  const { data } = await user.projects.instanceConfigs.get({ name: "projects/copydeck-demo/instanceConfigs/eur3" });
  assert.equal(data.replicas.length, 5);
});

await check("no token: 401 UNAUTHENTICATED in Google's shape", async () => {
  const anonymous = google.spanner({ version: "v1", rootUrl });
  const error = await refusedWith(anonymous.projects.instances.list({ parent: "projects/copydeck-demo" }), "UNAUTHENTICATED");
  assert.equal(error.code, 401);
});

let source;
await check("backups.list pages with pageToken and filters", async () => {
  const names = [];
  let pageToken;
  do {
    const { data } = await admin.backups.list({ parent: prod, pageSize: 3, pageToken });
    assert.ok(data.backups.length <= 3);
    names.push(...data.backups.map((b) => b.name));
    pageToken = data.nextPageToken;
  } while (pageToken);
  assert.equal(new Set(names).size, 11);
  const { data } = await admin.backups.list({ parent: prod, filter: "state:READY AND name:orders-daily" });
  assert.equal(data.backups.length, 7);
  source = data.backups.find((b) => b.name.endsWith("/orders-daily-01"));
  assert.equal(typeof source.sizeBytes, "string"); // int64 as a JSON string
  assert.ok(source.maxExpireTime);
});

let copyOperation;
await check("backups.copy starts an operation with CopyBackupMetadata", async () => {
  const { data } = await admin.backups.copy({
    parent: eu,
    requestBody: { backupId: "sdk-copy", sourceBackup: source.name, expireTime: inHours(source.createTime, 24 * 30) },
  });
  copyOperation = data;
  assert.match(data.name, new RegExp(`^${eu}/backups/sdk-copy/operations/`));
  assert.equal(data.metadata["@type"], copyType);
  assert.equal(data.metadata.sourceBackup, source.name);
});

await check("operations.get follows the copy to done with a response Backup", async () => {
  let operation = copyOperation;
  let lastPercent = -1;
  for (let i = 0; i < 60 && !operation.done; i++) {
    await sleep(250);
    ({ data: operation } = await admin.backups.operations.get({ name: copyOperation.name }));
    const percent = operation.metadata.progress.progressPercent ?? 0;
    assert.ok(operation.done || percent >= lastPercent, "progress never falls");
    lastPercent = percent;
  }
  assert.equal(operation.done, true);
  assert.equal(operation.response.state, "READY");
  assert.equal(operation.response.name, `${eu}/backups/sdk-copy`);
  assert.ok(operation.metadata.progress.endTime);
});

await check("backupOperations.list with Google's filter finds the copy", async () => {
  const { data } = await admin.backupOperations.list({
    parent: eu,
    filter: `(metadata.@type=${copyType}) AND (metadata.source_backup:orders-daily-01) AND done:true`,
  });
  assert.deepEqual(data.operations.map((o) => o.name), [copyOperation.name]);
});

await check("operations.cancel ends a copy CANCELLED and deletes its destination", async () => {
  const { data: started } = await admin.backups.copy({
    parent: eu,
    requestBody: { backupId: "sdk-cancelled", sourceBackup: source.name, expireTime: inHours(source.createTime, 24 * 30) },
  });
  await admin.backups.operations.cancel({ name: started.name });
  const { data: operation } = await admin.backups.operations.get({ name: started.name });
  assert.equal(operation.done, true);
  assert.equal(operation.error.code, 1);
  assert.ok(operation.metadata.cancelTime);
  await refusedWith(admin.backups.get({ name: `${eu}/backups/sdk-cancelled` }), "NOT_FOUND");
});

await check("backups.create with encryption query parameters, then patch the expiry", async () => {
  const { data: databases } = await admin.databases.list({ parent: eu });
  const database = databases.databases[0];
  const { data: operation } = await admin.backups.create({
    parent: eu,
    backupId: "sdk-created",
    "encryptionConfig.encryptionType": "GOOGLE_DEFAULT_ENCRYPTION",
    requestBody: { database: database.name, expireTime: inHours(Date.now(), 48) },
  });
  assert.equal(operation.metadata.database, database.name);
  const later = inHours(Date.now(), 24 * 10);
  const { data: patched } = await admin.backups.patch({
    name: `${prod}/backups/orders-daily-02`, updateMask: "expireTime", requestBody: { expireTime: later },
  });
  assert.equal(new Date(patched.expireTime).getTime(), new Date(later).getTime());
});

await check("refusals keep Google's error body: field violations, ALREADY_EXISTS", async () => {
  const error = await refusedWith(admin.backups.copy({
    parent: eu,
    requestBody: { backupId: "too-soon", sourceBackup: source.name, expireTime: inHours(source.createTime, 1) },
  }), "INVALID_ARGUMENT");
  assert.equal(error.code, 400);
  const badRequest = error.details.find((d) => d["@type"] === "type.googleapis.com/google.rpc.BadRequest");
  assert.equal(badRequest.fieldViolations[0].field, "expire_time");
  await refusedWith(admin.backups.copy({
    parent: eu,
    requestBody: { backupId: "sdk-copy", sourceBackup: source.name, expireTime: inHours(source.createTime, 24 * 30) },
  }), "ALREADY_EXISTS");
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
