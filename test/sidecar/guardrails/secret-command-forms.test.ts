/**
 * Credentials in the grammar of the tools that take them, from a tax agency's IT author's dev
 * half (fifty-third session): PowerShell's plain-text secure string whose value starts with a
 * dash, DB2's `CONNECT TO … USING`, Oracle's `mkstore -createCredential` and thin JDBC logon,
 * `schtasks /RP`, and an ODBC connection string's braced value — each beside its look-alike: a
 * host variable, a placeholder, a template's `{name}`, an English "connect to … using".
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] => scan({ text }, { pii: "off", secrets: "detect", injection: "off" }).findings.map((f) => text.slice(f.start, f.end));

describe("credentials in a tool's own grammar", () => {
  it("a quoted secure string is a value even when it starts with a dash", () => {
    expect(found("$sec = ConvertTo-SecureString '-#0P9zo58yib%izw' -AsPlainText -Force")).toEqual(["-#0P9zo58yib%izw"]);
  });

  it("DB2's CONNECT TO … USING, not a host variable or prose", () => {
    expect(found('  "CONNECT TO TAXDB2P USER TAXB02 USING BXDPXP1L"\n  SQLCODE=0')).toEqual(["BXDPXP1L"]);
    expect(found("db2 connect to SAMPLE user db2inst1 using :hostvar")).toEqual([]);
    expect(found("Please connect to the VPN using your token.")).toEqual([]);
  });

  it("Oracle's wallet and thin JDBC logon", () => {
    expect(found("$ mkstore -wrl /u01/app/oracle/wallet/ledger -createCredential LEDGERPRD ledger_batch 6evi+z*qHHh_YL")).toEqual(["6evi+z*qHHh_YL"]);
    expect(found('url="jdbc:oracle:thin:ledger_app/oP%zfS@A*j9Lzw@ora-ledger-01.dc2.example:1521/LEDGER"')).toEqual(["oP%zfS@A*j9Lzw"]);
    // A shell variable in place of the password (written without a template literal).
    expect(found(["jdbc:oracle:thin:scott/$", "{DB_PASSWORD}@db:1521/orcl"].join(""))).toEqual([]);
  });

  it("schtasks' run-as password", () => {
    expect(found('schtasks /Create /TN "HR export" /TR "D:\\hr\\export.cmd" /SC DAILY /RU TAXAGENCY\\svc-hr /RP h_*v1HDX0^eNtX')).toEqual(["h_*v1HDX0^eNtX"]);
  });

  it("an ODBC value in braces is its inside; a template's {name} is no value", () => {
    expect(found("Uid=dw_reader\nPwd={.%G-oCdXLo09KfE@}\nEncrypt=yes")).toEqual([".%G-oCdXLo09KfE@"]);
    expect(found('conn = "Server=db;Uid=sa;Pwd={db_password};"')).toEqual([]);
  });
});
