/**
 * Passwords where no `key = value` marks them: the argument a command-line tool documents for
 * one, the word for "password" in the message's language, a login pair after a credentials
 * label, a table's password column, a config directive and prose ("was reset to …", "use …
 * as the password"). Each form with a benign counterpart that stays quiet: variables, prompts,
 * masked values, advice, dates, paths and type names.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] => {
  const out = scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 });
  return out.findings.map((f) => text.slice(f.start, f.end));
};

const PW = "Qv7!mzT2pLw9";

describe("passwords in command arguments", () => {
  it("finds the argument each tool documents for a password", () => {
    expect(found(`sshpass -p '${PW}' ssh deploy@10.0.4.2`)).toEqual([PW]);
    expect(found(`docker login -u builder -p ${PW} registry.example.com`)).toEqual([PW]);
    expect(found(`redis-cli -h cache -a ${PW} ping`)).toEqual([PW]);
    expect(found(`ldapsearch -x -D cn=admin -w ${PW} -b dc=example`)).toEqual([PW]);
    expect(found(`sqlcmd -S db -U sa -P ${PW} -Q "select 1"`)).toEqual([PW]);
    expect(found(`smbclient //fs/share -U ops%${PW}`)).toEqual([PW]);
    expect(found(`htpasswd -b /etc/nginx/.htpasswd ops ${PW}`)).toEqual([PW]);
    expect(found(`net user svc_backup ${PW} /add`)).toEqual([PW]);
    expect(found(`PsExec.exe \\\\host -u admin -p ${PW} cmd`)).toEqual([PW]);
    expect(found(`sqlplus scott/${PW}@orcl`)).toEqual([PW]);
    expect(found(`keytool -list -storepass ${PW}`)).toEqual([PW]);
    expect(found(`$pw = ConvertTo-SecureString "${PW}" -AsPlainText -Force`)).toEqual([PW]);
    expect(found(`CREATE USER 'report'@'%' IDENTIFIED BY '${PW}';`)).toEqual([PW]);
  });

  it("leaves variables, prompts and lines without a password alone", () => {
    expect(found("docker login -u user -p $TOKEN registry.example.com")).toEqual([]);
    expect(found('sshpass -p "$SSHPASS" ssh host')).toEqual([]);
    expect(found("docker login -u user --password-stdin registry.example.com")).toEqual([]);
    expect(found("net user guest /active:no")).toEqual([]);
    expect(found("net use Z: \\\\srv\\share /user:bob")).toEqual([]);
    expect(found("htpasswd -c /etc/nginx/.htpasswd ops")).toEqual([]);
    expect(found("7z x -p archive.7z")).toEqual([]);
    expect(found("sqlplus / as sysdba")).toEqual([]);
    expect(found("sqlcmd -S db -U sa -P $(cat /run/secrets/sa)")).toEqual([]);
    expect(found("Set-ADAccountPassword -Identity bob -NewPassword (ConvertTo-SecureString -AsPlainText $pw -Force)")).toEqual([]);
  });
});

describe("the word for password in other languages", () => {
  it.each([
    ["Mot de passe : ", "fr"],
    ["Contraseña: ", "es"],
    ["Senha: ", "pt"],
    ["Wachtwoord: ", "nl"],
    ["Hasło: ", "pl"],
    ["Lösenord: ", "sv"],
    ["Пароль: ", "ru"],
    ["密码：", "zh"],
    ["パスワード: ", "ja"],
    ["비밀번호: ", "ko"],
    ["Kennwort: ", "de"],
  ])("%s (%s)", (label) => {
    expect(found(`Benutzer: ops\n${label}${PW}\n`)).toEqual([PW]);
  });

  it("needs a value that looks chosen, not the message going on", () => {
    expect(found("Mot de passe oublié ? Cliquez ici : https://example.com/reset")).toEqual([]);
    expect(found("Contraseña: ********")).toEqual([]);
    expect(found("Senha: <sua senha>")).toEqual([]);
    expect(found("密码：请联系管理员")).toEqual([]);
    expect(found("パスワードは8文字以上にしてください")).toEqual([]);
    expect(found("Parola chiave: python3")).toEqual([]);
    expect(found("Пароль должен содержать не менее 8 символов")).toEqual([]);
    // "is" in the language: only a value that looks chosen
    expect(found(`Het wachtwoord is ${PW} voor de staging omgeving`)).toEqual([PW]);
    expect(found("Het wachtwoord is geheim")).toEqual([]);
  });
});

describe("login pairs, table columns, directives and prose", () => {
  it("reads the password of a login pair after a credentials label", () => {
    expect(found(`login: admin / ${PW}`)).toEqual([PW]);
    // the keyword rule reads the whole value after `credentials:`, user and password
    expect(found(`credentials: deploy:${PW}`)).toEqual([`deploy:${PW}`]);
    expect(found(`creds (staging) = ops / ${PW}`)).toEqual([PW]);
    expect(found("login: 2024/05/13")).toEqual([]);
    expect(found("credentials: aws/prod-readonly")).toEqual([]);
    expect(found("credentials: vault/secret/data/app")).toEqual([]);
  });

  it("reads a password column under its header, not a schema's rows", () => {
    expect(found(`username,password,role\nadmin,${PW},owner\nana,Lm9vQz2rTx,viewer`)).toEqual([PW, "Lm9vQz2rTx"]);
    expect(found(`| user | pass |\n|---|---|\n| admin | ${PW} |`)).toEqual([PW]);
    expect(found("user,password\nana,********\nbob,(hidden)")).toEqual([]);
    expect(found("username,password_last_changed\nana,2024-03-01")).toEqual([]);
    expect(found("| Field | Type |\n|---|---|\n| password | varchar(255) |\n| api_key | Base64Text |")).toEqual([]);
  });

  it("reads a config directive and a tab-separated pair", () => {
    expect(found(`requirepass ${PW}`)).toEqual([PW]);
    expect(found(`password\t${PW}`)).toEqual([PW]);
    expect(found("PASS anonymous@")).toEqual([]);
  });

  it("reads prose only when the value looks chosen", () => {
    expect(found(`The admin password was reset to ${PW}.`)).toEqual([PW]);
    expect(found(`I set the root password to ${PW} for now`)).toEqual([PW]);
    expect(found(`use ${PW} as the password`)).toEqual([PW]);
    expect(found(`user admin, password ${PW}`)).toEqual([PW]);
    expect(found(`password for staging: ${PW}`)).toEqual([PW]);
    expect(found(`password (staging): ${PW}`)).toEqual([PW]);
    expect(found(`[12:03] alex: the password's ${PW}`)).toEqual([PW]);
    expect(found(`pw - ${PW}`)).toEqual([PW]);
    expect(found("the password was reset to default")).toEqual([]);
    expect(found("set the password to something memorable")).toEqual([]);
    expect(found("use SSO as the login method")).toEqual([]);
    expect(found("The password Argon2id hash is stored")).toEqual([]);
    expect(found("password - see the team vault")).toEqual([]);
    expect(found('new one is in 1Password → "Stripe prod (restricted)"')).toEqual([]);
  });
});
