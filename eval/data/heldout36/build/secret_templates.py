"""Bespoke secret-bearing templates: (format, text, {placeholder: (kind, generator)})."""
import json
from common import *
from secret_kinds import *

def aws_secret(): return rs(40, ALNUM + "+/")
def aws_akid(p="AKIA"): return p + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
def pw(n=None): return lambda: password(n)
def jesc(s): return json.dumps(s)[1:-1]

def gcp_sa():
    pk = pem_rsa_pkcs8(2048) + "\n"
    return jesc(pk)

def k8s_token():
    return jwt_rs256({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "benefits-prd",
                      "kubernetes.io/serviceaccount/secret.name": "deployer-token-" + rs(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                      "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:benefits-prd:deployer"}, hx(16))

def app_jwt():
    sec = b64bytes(32)
    now = 1790000000 + R.randrange(10**7)
    return jwt_hs256({"sub": f"caseworker-{R.randrange(10000,99999)}", "roles": ["CASE_READ", "CASE_WRITE"], "iss": "https://idp.taxagency.example", "iat": now, "exp": now + 3600}, sec)

def basic(user):
    p = password()
    return base64.b64encode(f"{user}:{p}".encode()).decode()

def jenkins_enc():
    return "{AQAAABAAAAAQ" + b64bytes(R.choice([32, 48]))[:-1].rstrip("=") + "=}"

def cyberark_session():
    return b64bytes(R.choice([180, 198]))

TEMPLATES = [
("aws_credentials_file", "$ cat ~/.aws/credentials\n[default]\nregion = eu-west-1\n\n[taxagency-prd-deploy]\naws_access_key_id = ⟨S1⟩\naws_secret_access_key = ⟨S2⟩\n# rotated by ⟨person⟩ ⟨date⟩ - ticket CHG-⟨num6⟩\n\n[sso-readonly]\nsso_start_url = https://taxagency.awsapps.com/start\nsso_account_id = ⟨num12⟩\n",
 {"S1": ("aws_access_key_id", aws_akid), "S2": ("aws_secret_access_key", aws_secret)}),
("aws_sts_json", "$ aws sts assume-role --role-arn arn:aws:iam::⟨num12⟩:role/BacsFileUploader --role-session-name jenkins-⟨build⟩\n{\n    \"Credentials\": {\n        \"AccessKeyId\": \"⟨S1⟩\",\n        \"SecretAccessKey\": \"⟨S2⟩\",\n        \"SessionToken\": \"⟨S3⟩\",\n        \"Expiration\": \"⟨ts⟩\"\n    },\n    \"AssumedRoleUser\": {\n        \"AssumedRoleId\": \"AROA⟨upper17⟩:jenkins-⟨build⟩\",\n        \"Arn\": \"arn:aws:sts::⟨num12⟩:assumed-role/BacsFileUploader/jenkins-⟨build⟩\"\n    }\n}\n",
 {"S1": ("aws_temporary_access_key_id", lambda: aws_akid("ASIA")), "S2": ("aws_secret_access_key", aws_secret), "S3": ("aws_session_token", lambda: "IQoJb3JpZ2luX2VjE" + rs(380, ALNUM + "+/") + "==")}),
("azure_storage_connection_string", "# local.settings.json for func-correspondence-render\n{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\",\n    \"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName=stcorrespprdweu;AccountKey=⟨S1⟩;EndpointSuffix=core.windows.net\",\n    \"TemplateContainer\": \"letter-templates\",\n    \"PrintVendorQueue\": \"print-outbound\"\n  }\n}\n",
 {"S1": ("azure_storage_account_key", lambda: b64bytes(64))}),
("azure_sas_url", "$ azcopy copy './out/BACS_⟨num6⟩.dat' 'https://stpaymentsprd.blob.core.windows.net/bacs-outbound/BACS_⟨num6⟩.dat?⟨S1⟩'\nINFO: Scanning...\nINFO: Any empty folders will not be processed, because source and/or destination doesn't have full folder support\nJob ⟨uuid⟩ has started\n100.0 %, 1 Done, 0 Failed, 0 Pending, 0 Skipped, 1 Total, 2-sec Throughput (Mb/s): 4.1\nFinal Job Status: Completed\n",
 {"S1": ("azure_sas_token", lambda: f"sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig={base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().replace('+','%2B').replace('/','%2F').replace('=','%3D')}")}),
("azure_servicebus_config_json", "{\n  \"Logging\": {\"LogLevel\": {\"Default\": \"Information\"}},\n  \"ServiceBus\": {\n    \"ConnectionString\": \"Endpoint=sb://sb-benefits-prd.servicebus.windows.net/;SharedAccessKeyName=claims-sender;SharedAccessKey=⟨S1⟩\",\n    \"Queue\": \"claim-decisions\",\n    \"MaxConcurrentCalls\": 16\n  },\n  \"AllowedHosts\": \"*\"\n}\n",
 {"S1": ("azure_service_bus_shared_access_key", lambda: b64bytes(32))}),
("dotnet_user_secrets", "PS> dotnet user-secrets list --project .\\src\\CaseHub.Api\nCosmos:Database = casehub\nCosmos:ConnectionString = AccountEndpoint=https://cosmos-casehub-prd.documents.azure.com:443/;AccountKey=⟨S1⟩;\nFeatureManagement:NewTriage = true\nAzureAd:TenantId = ⟨uuid⟩\n",
 {"S1": ("azure_cosmosdb_account_key", lambda: b64bytes(64))}),
("gcp_service_account_json", "$ cat keys/sa-fraud-bq.json\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"fraud-analytics-prd\",\n  \"private_key_id\": \"⟨hex40⟩\",\n  \"private_key\": \"⟨S1⟩\",\n  \"client_email\": \"bq-export@fraud-analytics-prd.iam.gserviceaccount.com\",\n  \"client_id\": \"1⟨num20⟩\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n",
 {"S1": ("gcp_service_account_private_key", gcp_sa)}),
("jcl_job", "//TAXB01PR JOB (ACCT⟨num4⟩,RVN),'PAYE RECON',CLASS=A,MSGCLASS=X,\n//         NOTIFY=&SYSUID,USER=TAXB01,PASSWORD=⟨S1⟩\n//*--------------------------------------------------------------\n//* NIGHTLY PAYE RECONCILIATION - SEE RUNBOOK RB-⟨num3⟩\n//*--------------------------------------------------------------\n//STEP010  EXEC PGM=PAYERC01,REGION=0M\n//STEPLIB  DD DSN=TAX.PROD.LOADLIB,DISP=SHR\n//INFILE   DD DSN=TAX.PAYE.DAILY.G⟨num4⟩V00,DISP=SHR\n//OUTFILE  DD DSN=TAX.PAYE.RECON.OUT,DISP=(NEW,CATLG,DELETE),\n//            SPACE=(CYL,(50,10),RLSE),UNIT=SYSDA\n//SYSOUT   DD SYSOUT=*\n",
 {"S1": ("racf_password_jcl", mf_password)}),
("jcl_ftp_step", "//BACSFTP  EXEC PGM=FTP,PARM='(EXIT TIMEOUT 120'\n//SYSPRINT DD SYSOUT=*\n//OUTPUT   DD SYSOUT=*\n//INPUT    DD *\nbacs-gw.payments.taxagency.example\nsvcbacs1\n⟨S1⟩\nbinary\nput 'PAY.BACS.STD18.D⟨num6⟩' BACS_STD18_⟨num6⟩.dat\nquit\n/*\n//* RC=0 EXPECTED, RC=8 MEANS GATEWAY REJECT - PAGE ONCALL\n",
 {"S1": ("mainframe_ftp_password", mf_password)}),
("sysout_db2_batch", "1J E S 2  J O B  L O G  --  S Y S T E M  Z 0 1  --  N O D E  N 1\n ⟨time⟩ ⟨jobid⟩  ---- WEDNESDAY, 14 OCT 2026 ----\n ⟨time⟩ ⟨jobid⟩  IRR010I  USERID TAXB02   IS ASSIGNED TO THIS JOB.\n ⟨time⟩ ⟨jobid⟩  $HASP373 DB2UNLD  STARTED - INIT 4    - CLASS A - SYS Z01\n-STEP010 SYSTSIN:\n  DSN SYSTEM(DB2P)\n  RUN PROGRAM(DSNTIAUL) PLAN(DSNTIB12) PARMS('SQL')\n-STEP020 REXX TRACE:\n  \"CONNECT TO TAXDB2P USER TAXB02 USING ⟨S1⟩\"\n  SQLCODE=0 SQLSTATE=00000\n ⟨time⟩ ⟨jobid⟩  $HASP395 DB2UNLD  ENDED - RC=0000\n",
 {"S1": ("db2_connect_password", mf_password)}),
("sapnwrfc_ini", "$ cat /usr/sap/interfaces/sapnwrfc.ini\nDEST=PRD_FI_RFC\nASHOST=sapprd-ci.erp.taxagency.example\nSYSNR=00\nCLIENT=100\nUSER=RFCUSER_FI\nPASSWD=⟨S1⟩\nLANG=EN\nTRACE=0\n\nDEST=QAS_FI_RFC\nASHOST=sapqas-ci.erp.taxagency.example\nSYSNR=10\nCLIENT=200\nUSER=RFCUSER_FI\nSNC_MODE=1\nSNC_PARTNERNAME=p:CN=QAS, OU=SAP, O=Taxagency, C=IE\n",
 {"S1": ("sap_rfc_password", pw(16))}),
("shell_session", "sapadm@hanaprd01:/usr/sap/HDB/HDB00> hdbuserstore SET BACKUPKEY hanaprd01:30013@SYSTEMDB BACKUP_OPERATOR '⟨S1⟩'\nsapadm@hanaprd01:/usr/sap/HDB/HDB00> hdbuserstore LIST BACKUPKEY\nDATA FILE       : /usr/sap/HDB/home/.hdb/hanaprd01/SSFS_HDB.DAT\nKEY FILE        : /usr/sap/HDB/home/.hdb/hanaprd01/SSFS_HDB.KEY\n\nKEY BACKUPKEY\n  ENV : hanaprd01:30013\n  USER: BACKUP_OPERATOR\n  DATABASE: SYSTEMDB\n",
 {"S1": ("sap_hana_userstore_password", pw(18))}),
("oracle_mkstore_session", "[oracle@ora-ledger-01 ~]$ mkstore -wrl /u01/app/oracle/wallet/ledger -createCredential LEDGERPRD ledger_batch ⟨S2⟩\nOracle Secret Store Tool Release 19.0.0.0.0 - Production\nVersion 19.4.0.0.0\nCopyright (c) 2004, 2023, Oracle and/or its affiliates. All rights reserved.\n\nEnter wallet password: ⟨S1⟩\n[oracle@ora-ledger-01 ~]$ mkstore -wrl /u01/app/oracle/wallet/ledger -listCredential\n1: LEDGERPRD ledger_batch\n",
 {"S1": ("oracle_wallet_password", pw(16)), "S2": ("oracle_db_password", pw(14))}),
("shell_session", "$ ps -ef | grep sqlplus | grep -v grep\noracle   ⟨num5⟩ ⟨num5b⟩  0 02:15 ?        00:00:00 /bin/sh /u01/scripts/close_period.sh\noracle   ⟨num5c⟩ ⟨num5⟩  1 02:15 ?        00:00:03 sqlplus -s ledger_owner/⟨S1⟩@//ora-ledger-01.dc2.taxagency.example:1521/LEDGERPRD @close_period.sql\n",
 {"S1": ("oracle_sqlplus_password", pw(15))}),
("tomcat_context_xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Context>\n  <WatchedResource>WEB-INF/web.xml</WatchedResource>\n  <Resource name=\"jdbc/LedgerDS\" auth=\"Container\" type=\"javax.sql.DataSource\"\n            driverClassName=\"oracle.jdbc.OracleDriver\"\n            url=\"jdbc:oracle:thin:ledger_app/⟨S1⟩@ora-ledger-01.dc2.taxagency.example:1521/LEDGERPRD\"\n            maxTotal=\"40\" maxIdle=\"10\" validationQuery=\"SELECT 1 FROM DUAL\"/>\n</Context>\n",
 {"S1": ("jdbc_url_password", pw(14))}),
("java_properties", "# datasource.properties - crm reporting\ncrm.datasource.url=jdbc:sqlserver://crm-db.contact.taxagency.example:1433;databaseName=ContactCentre;encrypt=true;user=crm_report;password=⟨S1⟩\ncrm.datasource.pool.max=20\ncrm.datasource.pool.timeout=30000\ncrm.report.schedule=0 0 6 * * MON-FRI\n",
 {"S1": ("jdbc_sqlserver_password", pw(16))}),
("log4j_startup_log", "⟨tslog⟩,114 INFO  [main] c.t.b.ClaimsApplication - Starting ClaimsApplication v3.⟨num1⟩.⟨num2⟩ using Java 17.0.9\n⟨tslog⟩,802 DEBUG [main] c.t.b.config.Db2Config - Initialising DB2 pool with url=jdbc:db2://db2p.zos.taxagency.example:446/TAXDB2P:user=CLMAPP01;password=⟨S1⟩;sslConnection=true;\n⟨tslog⟩,991 INFO  [main] com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Starting...\n⟨tslog⟩,377 INFO  [main] com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed.\n",
 {"S1": ("jdbc_db2_password", mf_password)}),
("python_traceback", "Traceback (most recent call last):\n  File \"/srv/refund-engine/refunds/db.py\", line 41, in connect\n    return psycopg.connect(DSN, connect_timeout=5)\n  File \"/usr/lib/python3.11/site-packages/psycopg/connection.py\", line 748, in connect\n    raise last_ex.with_traceback(None)\npsycopg.OperationalError: connection failed: connection to server at \"10.41.8.17\", port 5432 failed: timeout expired\nDSN='postgresql://refund_rw:⟨S1⟩@pg-claims-02.benefits.example:5432/refunds?sslmode=require'\n",
 {"S1": ("postgres_uri_password", pw(18))}),
("pgpass_file", "$ cat ~/.pgpass\n# hostname:port:database:username:password\npg-claims-02.benefits.example:5432:claims:etl_loader:⟨S1⟩\npg-claims-02.benefits.example:5432:*:readonly_analyst:*\nlocalhost:5432:*:postgres:\n",
 {"S1": ("pgpass_password", pw(20))}),
("mysql_cnf", "$ sudo cat /etc/mysql/conf.d/backup.cnf\n[client]\nuser=backup_agent\npassword=\"⟨S1⟩\"\nhost=mysql-helpdesk-01.int.taxagency.example\n\n[mysqldump]\nsingle-transaction\nquick\nmax_allowed_packet=512M\n",
 {"S1": ("mysql_password", pw(16))}),
("node_config_js", "// config/production.js\nmodule.exports = {\n  port: 8080,\n  mongo: {\n    uri: 'mongodb+srv://corr_svc:⟨S1⟩@cluster-corr.x7p2q.mongodb.net/correspondence?retryWrites=true&w=majority',\n    poolSize: 20,\n  },\n  templates: { bucket: 'letters-prd' },\n};\n",
 {"S1": ("mongodb_uri_password", pw(16))}),
("redis_cli_session", "$ redis-cli -u 'rediss://:⟨S1⟩@redis-sess-01.cache.taxagency.example:6380/0' INFO keyspace\n# Keyspace\ndb0:keys=⟨num5⟩,expires=⟨num5⟩,avg_ttl=1790021\n$ redis-cli -u 'rediss://:⟨S1⟩@redis-sess-01.cache.taxagency.example:6380/0' TTL sess:⟨hex32⟩\n(integer) 1432\n",
 {"S1": ("redis_password", lambda: rs(32))}),
("odbc_ini", "$ cat /etc/odbc.ini\n[HelpdeskDW]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:sql-helpdesk-dw.database.windows.net,1433\nDatabase=helpdesk_dw\nUid=dw_reader\nPwd={⟨S1⟩}\nEncrypt=yes\nTrustServerCertificate=no\n",
 {"S1": ("odbc_password", pw(16))}),
("kafka_client_properties", "# /etc/benefits/kafka-producer.properties\nbootstrap.servers=kafka-b1.stream.taxagency.example:9093,kafka-b2.stream.taxagency.example:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"kafka-benefits-producer\" password=\"⟨S1⟩\";\nacks=all\nenable.idempotence=true\ncompression.type=zstd\n",
 {"S1": ("kafka_sasl_password", pw(24))}),
("confluent_client_properties", "# Confluent Cloud cluster lkc-⟨alnum5⟩ (eu-west-1)\nbootstrap.servers=pkc-⟨alnum5b⟩.eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.username=⟨upper16⟩\nsasl.password=⟨S1⟩\nsession.timeout.ms=45000\nclient.dns.lookup=use_all_dns_ips\n",
 {"S1": ("confluent_cloud_api_secret", lambda: rs(64, ALNUM + "+/"))}),
("mqccred_ini", "$ cat /var/mqm/mqccred.ini\n# MQ client credentials for AMQP bridge (QM: QMBEN1)\nAllQueueManagers:\n  User=mqclient01\n  Password=⟨S1⟩\nQueueManager:\n  Name=QMPAY1\n  User=mqpay01\n  Password=⟨S2⟩\n",
 {"S1": ("mq_channel_password", pw(12)), "S2": ("mq_channel_password", pw(12))}),
("spring_yaml", "spring:\n  rabbitmq:\n    addresses: amqps://notif_pub:⟨S1⟩@rmq-01.msg.taxagency.example:5671/benefits\n    listener:\n      simple:\n        prefetch: 50\n  jackson:\n    default-property-inclusion: non_null\nnotification:\n  exchange: letters.outbound\n",
 {"S1": ("amqp_uri_password", pw(16))}),
("winscp_script", "; nightly_sepa_upload.txt - run by Task Scheduler on PAYJUMP01\noption batch abort\noption confirm off\nopen sftp://svc-sftp-sepa:⟨S1⟩@sftp.payments.hacienda-ops.example/ -hostkey=\"ssh-ed25519 255 ⟨b64_32⟩\"\ncd /inbound/pain001\nput D:\\PaymentFiles\\Out\\PAIN001_*.xml\nclose\nexit\n",
 {"S1": ("sftp_password", pw(18))}),
("shell_script", "#!/bin/bash\n# push_nacha.sh - upload ACH file to originating bank (ODFI)\nset -euo pipefail\nFILE=/data/ach/out/ACH_$(date +%Y%m%d).txt\nsshpass -p '⟨S1⟩' sftp -oBatchMode=no svc_ach@sftp.odfi-partner.example <<EOF\ncd incoming\nput ${FILE}\nbye\nEOF\necho \"uploaded ${FILE}\"\n",
 {"S1": ("sshpass_password", pw(16))}),
("postfix_sasl_passwd", "$ sudo cat /etc/postfix/sasl_passwd\n[smtp-relay.mail.taxagency.example]:587 noreply-correspondence:⟨S1⟩\n$ sudo postmap /etc/postfix/sasl_passwd\n$ sudo systemctl reload postfix\n",
 {"S1": ("smtp_password", pw(16))}),
("sssd_conf", "$ sudo cat /etc/sssd/sssd.conf\n[sssd]\nservices = nss, pam\ndomains = TAXAGENCY\n\n[domain/TAXAGENCY]\nid_provider = ldap\nldap_uri = ldaps://ldap.dir.taxagency.example\nldap_search_base = dc=taxagency,dc=example\nldap_default_bind_dn = cn=svc-sssd,ou=ServiceAccounts,dc=taxagency,dc=example\nldap_default_authtok_type = password\nldap_default_authtok = ⟨S1⟩\ncache_credentials = true\n",
 {"S1": ("ldap_bind_password", pw(18))}),
("curl_verbose", "$ curl -v https://crm-api.contact.taxagency.example/api/v2/cases/CASE-⟨num7⟩\n*   Trying 10.22.4.19:443...\n* Connected to crm-api.contact.taxagency.example (10.22.4.19) port 443\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> GET /api/v2/cases/CASE-⟨num7⟩ HTTP/1.1\n> Host: crm-api.contact.taxagency.example\n> Authorization: Basic ⟨S1⟩\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n< X-Request-Id: ⟨uuid⟩\n",
 {"S1": ("http_basic_auth_credentials", lambda: basic("svc_crm_sync"))}),
("pip_conf", "$ cat /etc/pip.conf\n[global]\nindex-url = https://build-bot:⟨S1⟩@artifactory.tools.northgate-it.example/artifactory/api/pypi/pypi-virtual/simple\ntrusted-host = artifactory.tools.northgate-it.example\ntimeout = 60\n",
 {"S1": ("url_embedded_password", pw(20))}),
("docker_config_json", "$ cat ~/.docker/config.json\n{\n  \"auths\": {\n    \"acr.taxagency.example\": {\n      \"auth\": \"⟨S1⟩\"\n    },\n    \"ghcr.io\": {}\n  },\n  \"credsStore\": \"desktop\",\n  \"currentContext\": \"default\"\n}\n",
 {"S1": ("docker_registry_auth", lambda: basic("acr-push-bot"))}),
("jenkins_credentials_xml", "<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@1319.v7eb_51b_3a_c97b_\">\n  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">\n    <entry>\n      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>\n      <java.util.concurrent.CopyOnWriteArrayList>\n        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n          <id>db2-batch-deploy</id>\n          <description>DB2 batch deploy (z/OS)</description>\n          <username>TAXDPLY</username>\n          <password>⟨S1⟩</password>\n        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n",
 {"S1": ("jenkins_encrypted_credential", jenkins_enc)}),
("jenkins_casc_yaml", "jenkins:\n  systemMessage: \"Northgate IT build farm - managed by JCasC\"\n  numExecutors: 0\ncredentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - usernamePassword:\n              scope: GLOBAL\n              id: \"ghe-release-bot\"\n              username: \"release-bot\"\n              password: \"⟨S1⟩\"\n          - string:\n              scope: GLOBAL\n              id: \"sonar-token\"\n              secret: \"${SONAR_TOKEN}\"\n",
 {"S1": ("jenkins_casc_password", pw(20))}),
("vault_cli_output", "$ vault login -method=ldap username=⟨user⟩\nPassword (will be hidden):\nSuccess! You are now authenticated. The token information displayed below\nis already stored in the token helper. You do NOT need to run \"vault login\"\nagain. Future Vault requests will automatically use this token.\n\nKey                    Value\n---                    -----\ntoken                  ⟨S1⟩\ntoken_accessor         ⟨alnum24⟩\ntoken_duration         8h\ntoken_renewable        true\ntoken_policies         [\"default\" \"ops-readonly\"]\n",
 {"S1": ("hashicorp_vault_service_token", lambda: "hvs.CAESI" + rs(86, B64URL))}),
("vault_operator_init", "$ vault operator init -key-shares=5 -key-threshold=3\nUnseal Key 1: ⟨S1⟩\nUnseal Key 2: ⟨S2⟩\nUnseal Key 3: ⟨S3⟩\nUnseal Key 4: [handed to custodian ⟨person⟩]\nUnseal Key 5: [handed to custodian ⟨person2⟩]\n\nInitial Root Token: ⟨S4⟩\n\nVault initialized with 5 key shares and a key threshold of 3.\n",
 {"S1": ("vault_unseal_key", lambda: b64bytes(33)), "S2": ("vault_unseal_key", lambda: b64bytes(33)), "S3": ("vault_unseal_key", lambda: b64bytes(33)), "S4": ("vault_root_token", lambda: "hvs." + rs(24))}),
("vault_cli_output", "$ vault write -f auth/approle/role/payments-batch/secret-id\nKey                   Value\n---                   -----\nsecret_id             ⟨S1⟩\nsecret_id_accessor    ⟨uuid⟩\nsecret_id_num_uses    0\nsecret_id_ttl         720h\n$ vault read auth/approle/role/payments-batch/role-id\nKey        Value\n---        -----\nrole_id    ⟨uuid2⟩\n",
 {"S1": ("vault_approle_secret_id", uid)}),
("vault_cli_output", "$ vault kv get -mount=secret payments/bacs/submitter\n======= Secret Path =======\nsecret/data/payments/bacs/submitter\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       ⟨ts⟩\nversion            7\n\n====== Data ======\nKey         Value\n---         -----\nusername    svc-bacs-submit\npassword    ⟨S1⟩\n",
 {"S1": ("vault_kv_secret_value", pw(22))}),
("cyberark_ccp_json", "$ curl -s --cert client.pem --key client.key 'https://ccp.cyberark.taxagency.example/AIMWebService/api/Accounts?AppID=SAP_FI_BATCH&Safe=SAP-PRD-Service&Object=Operating%20System-SAPPRD-rfcbatch'\n{\"Content\":\"⟨S1⟩\",\"CreationMethod\":\"PVWA\",\"Address\":\"sapprd-ci.erp.taxagency.example\",\"Safe\":\"SAP-PRD-Service\",\"UserName\":\"RFCBATCH\",\"PolicyID\":\"UnixSSH\",\"DeviceType\":\"Operating System\",\"Name\":\"Operating System-SAPPRD-rfcbatch\",\"Folder\":\"Root\",\"PasswordChangeInProcess\":\"False\"}\n",
 {"S1": ("cyberark_retrieved_password", pw(20))}),
("powershell_output", "PS C:\\ops> $r = Invoke-RestMethod -Method Post -Uri https://pvwa.cyberark.taxagency.example/PasswordVault/API/auth/LDAP/Logon -Body $body -ContentType 'application/json'\nPS C:\\ops> $r\n⟨S1⟩\nPS C:\\ops> $h = @{ Authorization = $r }\nPS C:\\ops> (Invoke-RestMethod -Uri 'https://pvwa.cyberark.taxagency.example/PasswordVault/API/Safes?limit=3' -Headers $h).value.safeName\nSAP-PRD-Service\nDB2-ZOS-Batch\nAzure-Prd-SPN\n",
 {"S1": ("cyberark_pvwa_session_token", cyberark_session)}),
("conjur_netrc", "$ cat ~/.netrc\nmachine https://conjur.sec.taxagency.example/authn\n  login host/ci/jenkins-agent-04\n  password ⟨S1⟩\n",
 {"S1": ("conjur_api_key", lambda: rs(R.choice([51, 53, 55]), LD))}),
("aws_cli_json", "$ aws secretsmanager get-secret-value --secret-id prd/claims/db-master --region eu-west-1\n{\n    \"ARN\": \"arn:aws:secretsmanager:eu-west-1:⟨num12⟩:secret:prd/claims/db-master-⟨alnum6⟩\",\n    \"Name\": \"prd/claims/db-master\",\n    \"VersionId\": \"⟨uuid⟩\",\n    \"SecretString\": \"{\\\"username\\\":\\\"claims_admin\\\",\\\"password\\\":\\\"⟨S1⟩\\\",\\\"engine\\\":\\\"postgres\\\",\\\"host\\\":\\\"claims-prd.cluster-⟨alnum12⟩.eu-west-1.rds.amazonaws.com\\\",\\\"port\\\":5432}\",\n    \"VersionStages\": [\"AWSCURRENT\"],\n    \"CreatedDate\": \"⟨ts⟩\"\n}\n",
 {"S1": ("aws_secretsmanager_secret_value", lambda: rs(24, ALNUM + "!#%*-_"))}),
("azure_cli_json", "$ az keyvault secret show --vault-name kv-payments-prd --name bacs-hsm-pin\n{\n  \"attributes\": {\n    \"created\": \"⟨ts⟩\",\n    \"enabled\": true,\n    \"recoveryLevel\": \"Recoverable+Purgeable\"\n  },\n  \"contentType\": \"text/plain\",\n  \"id\": \"https://kv-payments-prd.vault.azure.net/secrets/bacs-hsm-pin/⟨hex32⟩\",\n  \"name\": \"bacs-hsm-pin\",\n  \"value\": \"⟨S1⟩\"\n}\n",
 {"S1": ("azure_keyvault_secret_value", pw(16))}),
("ansible_playbook_output", "$ cat roles/deploy/files/id_rsa_deploy\n⟨S1⟩\n$ ansible-playbook -i inventories/prd site.yml --limit batch --check\nPLAY [batch] *******************************************************************\nTASK [Gathering Facts] *********************************************************\nok: [batch01.dc1.taxagency.example]\n",
 {"S1": ("rsa_private_key", pem_rsa_pkcs1)}),
("nginx_tls_key_file", "$ sudo cat /etc/nginx/tls/payments-gw.key\n⟨S1⟩\n$ sudo openssl ec -in /etc/nginx/tls/payments-gw.key -noout -check\nread EC key\nEC Key valid.\n",
 {"S1": ("ec_private_key", pem_ec)}),
("ssh_key_cat", "ops@jump01:~$ ls -l ~/.ssh\n-rw------- 1 ops ops  411 Sep 30 09:12 id_ed25519\n-rw-r--r-- 1 ops ops  102 Sep 30 09:12 id_ed25519.pub\n-rw-r--r-- 1 ops ops 2220 Oct 14 16:40 known_hosts\nops@jump01:~$ cat ~/.ssh/id_ed25519\n⟨S1⟩\n",
 {"S1": ("openssh_private_key", openssh_ed25519)}),
("kubernetes_secret_yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: saml-sp-config\n  namespace: ident-verify\ndata:\n  sp-entity-id: https://login.taxagency.example/saml/sp\n  sp-signing.key: |\n    ⟨S1⟩\n",
 {"S1": ("pkcs8_private_key", lambda: pem_rsa_pkcs8(2048).replace("\n", "\n    "))}),
("nginx_access_log", "10.40.2.11 - - [14/Oct/2026:09:12:44 +0000] \"GET /api/cases/CASE-⟨num7⟩/documents HTTP/1.1\" 200 5123 \"-\" \"case-hub-ui/5.2\"\n10.40.2.11 - - [14/Oct/2026:09:12:45 +0000] \"GET /api/cases/CASE-⟨num7⟩/notes?access_token=⟨S1⟩ HTTP/1.1\" 200 2210 \"-\" \"case-hub-ui/5.2\"\n10.40.2.12 - - [14/Oct/2026:09:12:47 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n",
 {"S1": ("jwt_bearer_token", app_jwt)}),
("kubeconfig_yaml", "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJMk1ERXhOVEE1TXpFeE5Gb1hEVE0yTURFeE16QTVNekV4TkZvd0ZURVRNQkVHQTFVRQo=\n    server: https://aks-benefits-prd-dns-⟨hex8⟩.hcp.westeurope.azmk8s.io:443\n  name: aks-benefits-prd\ncontexts:\n- context: {cluster: aks-benefits-prd, user: deployer, namespace: benefits-prd}\n  name: prd\ncurrent-context: prd\nusers:\n- name: deployer\n  user:\n    token: ⟨S1⟩\n",
 {"S1": ("kubernetes_service_account_token", k8s_token)}),
("kubectl_get_secret_yaml", "$ kubectl get secret payments-db -n payments -o yaml\napiVersion: v1\ndata:\n  DB_USER: cGF5bWVudHNfYXBw\n  DB_PASSWORD: ⟨S1⟩\nkind: Secret\nmetadata:\n  creationTimestamp: \"⟨ts⟩\"\n  name: payments-db\n  namespace: payments\n  resourceVersion: \"⟨num8⟩\"\n  uid: ⟨uuid⟩\ntype: Opaque\n",
 {"S1": ("kubernetes_secret_data_base64", lambda: base64.b64encode(password(20).encode()).decode())}),
("terraform_state_json", "$ terraform state pull | jq '.resources[] | select(.type==\"azurerm_postgresql_flexible_server\") | .instances[0].attributes | {name, administrator_login, administrator_password, fqdn}'\n{\n  \"name\": \"psql-claims-prd-weu\",\n  \"administrator_login\": \"pgadmin_claims\",\n  \"administrator_password\": \"⟨S1⟩\",\n  \"fqdn\": \"psql-claims-prd-weu.postgres.database.azure.com\"\n}\n",
 {"S1": ("terraform_state_password", pw(24))}),
("ansible_inventory_ini", "# inventories/prd/hosts.ini\n[db2_lpars]\nzlnx01.dc1.taxagency.example\nzlnx02.dc1.taxagency.example\n\n[db2_lpars:vars]\nansible_user=zadmin\nansible_become=true\nansible_become_method=sudo\nansible_become_password=⟨S1⟩\nansible_python_interpreter=/usr/bin/python3\n",
 {"S1": ("ansible_become_password", pw(16))}),
("powershell_script", "# Map-PaymentShare.ps1 - run as scheduled task on PAYJUMP01\n$user = 'TAXAGENCY\\svc-payfiles'\n$sec  = ConvertTo-SecureString '⟨S1⟩' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential($user, $sec)\nNew-PSDrive -Name P -PSProvider FileSystem -Root \\\\fs-pay01\\Outbound -Credential $cred -Persist\nGet-ChildItem P:\\BACS | Where-Object LastWriteTime -gt (Get-Date).AddDays(-1)\n",
 {"S1": ("powershell_plaintext_password", pw(16))}),
("windows_cmd_session", "C:\\Windows\\system32>schtasks /Create /TN \"HR\\NightlyPayrollExport\" /TR \"D:\\hr\\export.cmd\" /SC DAILY /ST 01:30 /RU TAXAGENCY\\svc-hr-export /RP ⟨S1⟩\nSUCCESS: The scheduled task \"HR\\NightlyPayrollExport\" has successfully been created.\n\nC:\\Windows\\system32>schtasks /Query /TN \"HR\\NightlyPayrollExport\"\nFolder: \\HR\nTaskName                                 Next Run Time          Status\n======================================== ====================== ===============\nNightlyPayrollExport                     15/10/2026 01:30:00    Ready\n",
 {"S1": ("windows_service_account_password", pw(14))}),
("netrc_file", "$ cat ~/.netrc\nmachine ghe.code.taxagency.example\n  login release-bot\n  password ⟨S1⟩\nmachine artifactory.tools.northgate-it.example\n  login build-bot\n  password ⟨S2⟩\n",
 {"S1": ("github_pat_classic", lambda: crc_token("ghp_")), "S2": ("artifactory_identity_token", lambda: "cmVmdGtuOjAxOjE3" + rs(48, ALNUM))}),
("alertmanager_yaml", "route:\n  receiver: benefits-oncall\n  group_by: ['alertname', 'service']\nreceivers:\n  - name: benefits-oncall\n    slack_configs:\n      - api_url: ⟨S1⟩\n        channel: '#benefits-alerts'\n        send_resolved: true\n",
 {"S1": ("slack_webhook_url", lambda: f"https://hooks.slack.com/services/T{rs(10, UPD)}/B{rs(10, UPD)}/{rs(24)}")}),
("powershell_script", "$webhook = '⟨S1⟩'\n$card = @{ '@type'='MessageCard'; '@context'='http://schema.org/extensions'; summary='Batch failure'; text=\"Job PAYE-RECON failed on $env:COMPUTERNAME\" } | ConvertTo-Json\nInvoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'\n",
 {"S1": ("teams_incoming_webhook_url", lambda: f"https://taxagency.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/{hx(32)}/{uid()}/V2{rs(43, B64URL)}")}),
("python_script", "import requests, json\n\n# post batch summary to the Ops space\nURL = \"⟨S1⟩\"\n\ndef notify(text):\n    r = requests.post(URL, data=json.dumps({\"text\": text}), headers={\"Content-Type\": \"application/json; charset=UTF-8\"})\n    r.raise_for_status()\n\nnotify(\"child-benefit-batch finished: 48211 payments, 0 rejects\")\n",
 {"S1": ("google_chat_webhook_url", lambda: f"https://chat.googleapis.com/v1/spaces/AAAA{rs(7, B64URL)}/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token={rs(43, B64URL)}%3D")}),
("pkcs11_conf", "# /etc/payments/hsm.conf - Thales Luna client for BACS signing\nlibrary = /usr/safenet/lunaclient/lib/libCryptoki2_64.so\nslot_label = BACS-SIGN-PRD\nkey_label = bacs-submitter-2026\nuser_pin = ⟨S1⟩\nsession_pool_size = 4\n",
 {"S1": ("hsm_user_pin", lambda: rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))}),
("cisco_running_config", "rtr-dc1-edge01#show running-config | section snmp\nsnmp-server group NMS-RO v3 priv read NMS-VIEW\nsnmp-server view NMS-VIEW iso included\nsnmp-server user nms-poller NMS-RO v3 auth sha ⟨S1⟩ priv aes 128 ⟨S2⟩\nsnmp-server host 10.9.0.15 version 3 priv nms-poller\nsnmp-server location DC1 Row 4 Rack 12\n",
 {"S1": ("snmpv3_auth_password", pw(16)), "S2": ("snmpv3_priv_password", pw(16))}),
("kafka_connect_rest_json", "$ curl -s http://connect-01.stream.taxagency.example:8083/connectors/claims-outbox-source/config | jq .\n{\n  \"connector.class\": \"io.debezium.connector.postgresql.PostgresConnector\",\n  \"database.hostname\": \"pg-claims-02.benefits.example\",\n  \"database.port\": \"5432\",\n  \"database.user\": \"debezium\",\n  \"database.password\": \"⟨S1⟩\",\n  \"database.dbname\": \"claims\",\n  \"topic.prefix\": \"claims\",\n  \"table.include.list\": \"public.outbox\",\n  \"name\": \"claims-outbox-source\"\n}\n",
 {"S1": ("kafka_connect_db_password", pw(18))}),
("dbt_profiles_yaml", "fraud_analytics:\n  target: prd\n  outputs:\n    prd:\n      type: snowflake\n      account: taxagency-eu1\n      user: DBT_FRAUD_SVC\n      password: \"⟨S1⟩\"\n      role: FRAUD_TRANSFORMER\n      warehouse: FRAUD_WH\n      database: FRAUD\n      schema: MARTS\n      threads: 8\n",
 {"S1": ("snowflake_password", pw(20))}),
("git_config", "$ cat .git/config\n[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n[remote \"origin\"]\n\turl = https://ci-bot:⟨S1⟩@dev.azure.com/taxagency/Benefits/_git/claims-api\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch \"main\"]\n\tremote = origin\n\tmerge = refs/heads/main\n",
 {"S1": ("azure_devops_pat", lambda: rs(52, B32L))}),
("wireguard_conf", "$ sudo cat /etc/wireguard/wg0.conf\n[Interface]\nAddress = 10.200.0.4/24\nPrivateKey = ⟨S1⟩\nListenPort = 51820\n\n[Peer]\n# contractor site - Northgate IT Pune\nPublicKey = ⟨b64_32⟩\nAllowedIPs = 10.200.0.0/24, 10.41.0.0/16\nEndpoint = vpn-pune.northgate-it.example:51820\n",
 {"S1": ("wireguard_private_key", wireguard_priv)}),
("twilio_env_snippet", "# contact-centre callback service\nTWILIO_ACCOUNT_SID=AC⟨hex32⟩\nTWILIO_API_KEY=SK⟨hex32b⟩\nTWILIO_API_SECRET=⟨S1⟩\nTWILIO_CALLER_ID_REGION=IE\nCALLBACK_QUEUE=cc-callbacks\n",
 {"S1": ("twilio_api_key_secret", lambda: rs(32))}),
("elasticsearch_curl", "$ curl -s -H 'Authorization: ApiKey ⟨S1⟩' 'https://es-logs.obs.taxagency.example:9200/_cat/indices/fraud-*?v&s=index'\nhealth status index                 uuid                   pri rep docs.count store.size\ngreen  open   fraud-events-2026.10  ⟨alnum22⟩   3   1    ⟨num7⟩      8.1gb\ngreen  open   fraud-events-2026.09  ⟨alnum22b⟩   3   1    ⟨num7b⟩      7.6gb\n",
 {"S1": ("elastic_api_key", lambda: base64.b64encode(f"{rs(20, B64URL)}:{rs(22, B64URL)}".encode()).decode())}),
("opsgenie_curl", "$ curl -s -X POST https://api.eu.opsgenie.com/v2/alerts \\\n    -H \"Content-Type: application/json\" \\\n    -H \"Authorization: GenieKey ⟨S1⟩\" \\\n    -d '{\"message\":\"MQ QMPAY1 channel PAY.SVRCONN stopped\",\"priority\":\"P2\",\"tags\":[\"mq\",\"payments\"]}'\n{\"result\":\"Request will be processed\",\"took\":0.011,\"requestId\":\"⟨uuid⟩\"}\n",
 {"S1": ("opsgenie_api_key", uid)}),
]
