// The official AWS SDK for JavaScript (v3) against the Copydeck sandbox, with nothing changed but
// the endpoint. Reads the sandbox's start-up JSON line from the SANDBOX_INFO environment variable.
import {
  BackupClient,
  DescribeBackupVaultCommand,
  DescribeCopyJobCommand,
  DescribeRecoveryPointCommand,
  ListCopyJobsCommand,
  StartCopyJobCommand,
  paginateListBackupVaults,
  paginateListRecoveryPointsByBackupVault,
} from "@aws-sdk/client-backup";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";

const info = JSON.parse(process.env.SANDBOX_INFO);
const endpoint = info.aws.endpoint;
const account = info.aws.accounts[0];
const regions = account.regions;
const credentials = { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey };
const client = (region, creds = credentials) =>
  new BackupClient({ region, endpoint, credentials: creds, maxAttempts: 1 });

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`PASS ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error?.name ?? ""} ${error?.message ?? error}`);
  }
}

async function allVaults(region) {
  const vaults = [];
  for await (const page of paginateListBackupVaults({ client: client(region), pageSize: 1 }, {}))
    vaults.push(...page.BackupVaultList);
  return vaults;
}

async function allRecoveryPoints(region, vaultName) {
  const points = [];
  const pages = paginateListRecoveryPointsByBackupVault(
    { client: client(region), pageSize: 2 }, { BackupVaultName: vaultName });
  for await (const page of pages) points.push(...page.RecoveryPoints);
  return points;
}

const [sourceRegion, destinationRegion] = regions;
let source; // a copyable recovery point
let destinationVault;

await check("ListBackupVaults pages through every vault once", async () => {
  const vaults = await allVaults(sourceRegion);
  assert.ok(vaults.length >= 2, "at least two vaults");
  assert.equal(new Set(vaults.map((v) => v.BackupVaultArn)).size, vaults.length);
  assert.ok(vaults[0].CreationDate instanceof Date, "CreationDate parsed as a date");
  const there = await allVaults(destinationRegion);
  destinationVault = there[0];
  assert.ok(destinationVault.BackupVaultArn.includes(`:${destinationRegion}:`));
});

await check("ListRecoveryPointsByBackupVault finds a completed recovery point", async () => {
  for (const vault of await allVaults(sourceRegion)) {
    const points = await allRecoveryPoints(sourceRegion, vault.BackupVaultName);
    // A type that supports cold storage, so that the 90-day lifecycle rule applies to it.
    const coldCapable = ["EBS", "EFS", "DynamoDB", "EC2"];
    const candidate = points.find(
      (p) => p.Status === "COMPLETED" && !p.RecoveryPointArn.includes(":continuous:")
        && coldCapable.includes(p.ResourceType) && !(p.ResourceName ?? "").includes("corrupt"));
    if (candidate) {
      source = candidate;
      break;
    }
  }
  assert.ok(source, "a COMPLETED recovery point");
  assert.ok(source.CreationDate instanceof Date);
  assert.equal(typeof source.BackupSizeInBytes, "number");
});

await check("DescribeBackupVault and DescribeRecoveryPoint", async () => {
  const vault = await client(sourceRegion).send(
    new DescribeBackupVaultCommand({ BackupVaultName: source.BackupVaultName }));
  assert.equal(vault.BackupVaultName, source.BackupVaultName);
  const point = await client(sourceRegion).send(new DescribeRecoveryPointCommand({
    BackupVaultName: source.BackupVaultName, RecoveryPointArn: source.RecoveryPointArn }));
  assert.equal(point.RecoveryPointArn, source.RecoveryPointArn);
  assert.equal(point.Status, "COMPLETED");
});

await check("DescribeBackupVault of an unknown vault is ResourceNotFoundException", async () => {
  await assert.rejects(
    client(sourceRegion).send(new DescribeBackupVaultCommand({ BackupVaultName: "no-such-vault" })),
    (error) => error.name === "ResourceNotFoundException" && error.$metadata.httpStatusCode >= 400);
});

await check("a bad lifecycle is refused with the service's message", async () => {
  await assert.rejects(
    client(sourceRegion).send(new StartCopyJobCommand({
      RecoveryPointArn: source.RecoveryPointArn,
      SourceBackupVaultName: source.BackupVaultName,
      DestinationBackupVaultArn: destinationVault.BackupVaultArn,
      IamRoleArn: `arn:aws:iam::${account.accountNumber}:role/service-role/AWSBackupDefaultServiceRole`,
      Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 60 },
    })),
    (error) => error.name === "InvalidParameterValueException" && /90 days/.test(error.message));
});

await check("unknown credentials are refused", async () => {
  const stranger = client(sourceRegion, { accessKeyId: "AKIDNOSUCHKEY", secretAccessKey: "x" });
  await assert.rejects(
    stranger.send(new DescribeBackupVaultCommand({ BackupVaultName: source.BackupVaultName })),
    (error) => error.name === "UnrecognizedClientException" && error.$metadata.httpStatusCode === 403);
});

await check("StartCopyJob is idempotent and the copy completes", async () => {
  const input = {
    RecoveryPointArn: source.RecoveryPointArn,
    SourceBackupVaultName: source.BackupVaultName,
    DestinationBackupVaultArn: destinationVault.BackupVaultArn,
    IamRoleArn: `arn:aws:iam::${account.accountNumber}:role/service-role/AWSBackupDefaultServiceRole`,
    IdempotencyToken: randomUUID(),
    Lifecycle: { DeleteAfterDays: 120 },
  };
  const first = await client(sourceRegion).send(new StartCopyJobCommand(input));
  const second = await client(sourceRegion).send(new StartCopyJobCommand(input));
  assert.equal(second.CopyJobId, first.CopyJobId);
  assert.ok(first.CreationDate instanceof Date);

  let job;
  for (let i = 0; i < 200; i++) {
    ({ CopyJob: job } = await client(sourceRegion).send(
      new DescribeCopyJobCommand({ CopyJobId: first.CopyJobId })));
    if (["COMPLETED", "FAILED", "PARTIAL"].includes(job.State)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(job.State, "COMPLETED");
  assert.ok(job.DestinationRecoveryPointArn);
  assert.ok(job.CompletionDate instanceof Date);

  const listed = await client(sourceRegion).send(
    new ListCopyJobsCommand({ ByDestinationVaultArn: destinationVault.BackupVaultArn }));
  assert.equal(listed.CopyJobs.filter((j) => j.CopyJobId === first.CopyJobId).length, 1);

  const copies = await allRecoveryPoints(destinationRegion, destinationVault.BackupVaultName);
  const copy = copies.find((p) => p.RecoveryPointArn === job.DestinationRecoveryPointArn);
  assert.ok(copy, "the copy is listed in the destination vault");
  assert.equal(copy.SourceBackupVaultArn, source.BackupVaultArn);
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
