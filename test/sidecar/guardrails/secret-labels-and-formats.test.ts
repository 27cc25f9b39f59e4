/**
 * Secrets under labels and in formats a research-computing author's dev half named (fifty-third
 * session): Duo's `skey`, LDIF's base64 `attribute::` values, numbered labels (Vault's `Unseal
 * Key 1:`), and Kubernetes bootstrap tokens after `--token`. Each beside the look-alike that
 * stays unreported: a type signature's `token :: Text`, a numbered step, Duo's public `ikey`.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] => scan({ text }, { pii: "off", secrets: "detect", injection: "off" }).findings.map((f) => text.slice(f.start, f.end));

describe("secret labels and formats", () => {
  it("Duo's secret key, not its integration key", () => {
    const conf = "[duo]\nikey = DIXKMC5GMDF08S5PR6RK\nskey = reFRrxPFcZu1oqj8lYmBfD6IwhsOzAzKjpyBFONS\nhost = api-72ecfeb2.duosecurity.com\n";
    expect(found(conf)).toEqual(["reFRrxPFcZu1oqj8lYmBfD6IwhsOzAzKjpyBFONS"]);
  });

  it("an LDIF attribute's base64 value after `::`, not a type's `::`", () => {
    expect(found("dn: CN=svc-papercut,OU=Service,DC=example\nunicodePwd:: IgBCACEAZwBCAGkATwBiAGUAXwBvAFMAQwBTAF4APQBvAHgAcQAyACIA\n")).toHaveLength(1);
    expect(found("import Data.Text\n\ntoken :: Text\ntoken = mempty\n")).toEqual([]);
  });

  it("numbered labels: every unseal key of a Vault init", () => {
    const init =
      "$ vault operator init -key-shares=2 -key-threshold=2\nUnseal Key 1: ChByHh2cMby9yJdHD/E/ipye3JfUmPEMWSKfEdaEffnL\nUnseal Key 2: ZWME1YOVrKQcskf3HqXct1EOBiWYRjxunUbSScgjvl5u\n";
    expect(found(init)).toHaveLength(2);
    expect(found("Step 1: install the agent\nKey 2: value\nPassword 3: see the vault\n")).toEqual([]);
  });

  it("a JSON object under a credential's name: its members read as keys", () => {
    const rclone =
      '[fieldwork]\ntype = dropbox\ntoken = {"access_token":"sl.u.ABFvPSoDYNsMKS2uzMUn7OfefurhQD3FjCx1lcKzJIOuLl4XsFXvOSNffSxAXf0gw7NRgQyIsj28sbNItkZQ","token_type":"bearer"}\n';
    expect(found(rclone)).toEqual(["sl.u.ABFvPSoDYNsMKS2uzMUn7OfefurhQD3FjCx1lcKzJIOuLl4XsFXvOSNffSxAXf0gw7NRgQyIsj28sbNItkZQ"]);
    expect(found('auth = {"user":"svc-backup","note":"rotated monthly"}\n')).toEqual([]);
  });

  it("MinIO's client: the secret key of `mc alias set`, not its access key or a variable", () => {
    expect(found("$ mc alias set hpcdata https://s3.data.example X19746VBECGDQSS154T3 1h/wJhmoGF1vSp0BqEb7F5FksewkeJ4jZ36o5Uvz\n")).toEqual([
      "1h/wJhmoGF1vSp0BqEb7F5FksewkeJ4jZ36o5Uvz",
    ]);
    expect(found("mc alias set local http://localhost:9000 $MINIO_ROOT_USER $MINIO_ROOT_PASSWORD\n")).toEqual([]);
  });

  it("a Kubernetes bootstrap token after --token", () => {
    expect(found("kubeadm join k8s-api.example:6443 --token x149z6.srhcr9vt3j9of5kb \\\n  --discovery-token-ca-cert-hash sha256:4f0b…")).toContain(
      "x149z6.srhcr9vt3j9of5kb",
    );
  });
});

const cards = (text: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.type === "CREDIT_CARD")
    .map((f) => text.slice(f.start, f.end));

describe("sixteen digits in fours that name a person, not a card", () => {
  it("an ORCID iD or an ISNI under its name; a card under its own", () => {
    expect(cards('<contributor orcid="5322-7569-6293-8251" role="author"/>')).toEqual([]);
    expect(cards("Author ORCID iD: 5322-7569-6293-8251; https://orcid.org/5322-7569-6293-8251")).toEqual([]);
    expect(cards("Paid with card 5322-7569-6293-8251 on 3 May.")).toEqual(["5322-7569-6293-8251"]);
  });
});
