// Validates CloudNativePG resources (YAML files given as arguments) against the published CRD schema, compiled by
// @kubernetes-models/cloudnative-pg. Prints one line a resource, "ok <file> <kind>" or "INVALID <file> <kind>: why";
// exits 1 when any is invalid.
import { Cluster, ScheduledBackup } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1";
import { parseAllDocuments } from "yaml";
import { readFileSync } from "fs";

const kinds = { Cluster, ScheduledBackup };
let invalid = 0;
for (const file of process.argv.slice(2)) {
  for (const resource of parseAllDocuments(readFileSync(file, "utf8")).map(d => d.toJS())) {
    if (resource.apiVersion !== "postgresql.cnpg.io/v1") continue;
    const Kind = kinds[resource.kind];
    try {
      if (!Kind) throw new Error("no schema here for " + resource.kind);
      new Kind(resource).validate();
      console.log(`ok ${file} ${resource.kind}`);
    } catch (e) {
      invalid++;
      console.log(`INVALID ${file} ${resource.kind}: ${e.message}`);
    }
  }
}
process.exit(invalid ? 1 : 0);
