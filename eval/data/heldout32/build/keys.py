"""Real key material from system randomness via `cryptography`."""
import datetime, base64, struct, os
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519
NE = serialization.NoEncryption()
PEM = serialization.Encoding.PEM

def rsa_pkcs1(bits=2048):
    k = rsa.generate_private_key(65537, bits)
    return k.private_bytes(PEM, serialization.PrivateFormat.TraditionalOpenSSL, NE).decode().strip()
def rsa_pkcs8(bits=2048):
    k = rsa.generate_private_key(65537, bits)
    return k.private_bytes(PEM, serialization.PrivateFormat.PKCS8, NE).decode().strip()
def ec_sec1():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(PEM, serialization.PrivateFormat.TraditionalOpenSSL, NE).decode().strip()
def ec_pkcs8_p384():
    k = ec.generate_private_key(ec.SECP384R1())
    return k.private_bytes(PEM, serialization.PrivateFormat.PKCS8, NE).decode().strip()
def openssh_ed25519(comment=""):
    k = ed25519.Ed25519PrivateKey.generate()
    priv = k.private_bytes(PEM, serialization.PrivateFormat.OpenSSH, NE).decode().strip()
    pub = k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    return priv, pub + (" " + comment if comment else "")
def openssh_ecdsa():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(PEM, serialization.PrivateFormat.OpenSSH, NE).decode().strip()
def ssh_pub_ed25519(comment):
    k = ed25519.Ed25519PrivateKey.generate()
    return k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode() + " " + comment
def ssh_pub_rsa(comment):
    k = rsa.generate_private_key(65537, 2048)
    return k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode() + " " + comment
def _name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Aldermoor University"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
def cert_pem(cn):
    k = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc)
    c = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name("Aldermoor Issuing CA 2")).public_key(k.public_key())
         .serial_number(x509.random_serial_number()).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=397))
         .add_extension(x509.SubjectAlternativeName([x509.DNSName(cn)]), False).sign(k, hashes.SHA256()))
    fp = c.fingerprint(hashes.SHA256()).hex()
    return c.public_bytes(PEM).decode().strip(), fp
def csr_pem(cn):
    k = ec.generate_private_key(ec.SECP256R1())
    c = x509.CertificateSigningRequestBuilder().subject_name(_name(cn)).sign(k, hashes.SHA256())
    return c.public_bytes(PEM).decode().strip()
def pub_pem_rsa():
    k = rsa.generate_private_key(65537, 2048)
    return k.public_key().public_bytes(PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode().strip()
def x25519_pair():
    from cryptography.hazmat.primitives.asymmetric import x25519
    k = x25519.X25519PrivateKey.generate()
    priv = base64.b64encode(k.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, NE)).decode()
    pub = base64.b64encode(k.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()
    return priv, pub

def keytab_b64(principal_parts, realm, kvno=3):
    """MIT keytab v0x0502 with one aes256-cts-hmac-sha1-96 entry (random key)."""
    def cs(s): b = s.encode(); return struct.pack(">H", len(b)) + b
    body = struct.pack(">H", len(principal_parts)) + cs(realm) + b"".join(cs(p) for p in principal_parts)
    body += struct.pack(">IIB", 1, 1790000000, kvno) + struct.pack(">HH", 18, 32) + os.urandom(32)
    data = b"\x05\x02" + struct.pack(">i", len(body)) + body
    return base64.b64encode(data).decode()
