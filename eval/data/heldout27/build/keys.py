"""Real (freshly generated, throw-away) asymmetric key material."""
import datetime as dt
import os
import subprocess
import tempfile

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID

NOENC = serialization.NoEncryption()
PEM = serialization.Encoding.PEM


def rsa_pkcs1(bits=1024):
    k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return k.private_bytes(PEM, serialization.PrivateFormat.TraditionalOpenSSL, NOENC).decode()


def rsa_pkcs8(bits=1024):
    k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return k.private_bytes(PEM, serialization.PrivateFormat.PKCS8, NOENC).decode()


def ec_sec1():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(PEM, serialization.PrivateFormat.TraditionalOpenSSL, NOENC).decode()


def ec_pkcs8():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(PEM, serialization.PrivateFormat.PKCS8, NOENC).decode()


def ed25519_openssh_private():
    k = ed25519.Ed25519PrivateKey.generate()
    return k.private_bytes(PEM, serialization.PrivateFormat.OpenSSH, NOENC).decode()


def ed25519_openssh_public(comment):
    k = ed25519.Ed25519PrivateKey.generate()
    pub = k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    return f"{pub} {comment}"


def rsa_openssh_public(comment, bits=2048):
    k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    pub = k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    return f"{pub} {comment}"


def ec_public_pem():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.public_key().public_bytes(PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def self_signed_cert(cn):
    k = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = dt.datetime(2025, 1, 1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(k.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=397))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(cn)]), critical=False)
            .sign(k, hashes.SHA256()))
    return cert.public_bytes(PEM).decode()


def pgp_public_key(uid):
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, GNUPGHOME=home)
        subprocess.run(["gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", "",
                        "--quick-gen-key", uid, "ed25519", "sign", "2y"], env=env, check=True,
                       capture_output=True)
        out = subprocess.run(["gpg", "--armor", "--export", uid], env=env, check=True, capture_output=True)
        return out.stdout.decode()
