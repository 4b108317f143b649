"""HTTPS through the vetted address: SNI and certificate checks still use the URL's host name."""

from __future__ import annotations

import datetime as dt
import ssl
from dataclasses import replace

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fault_server import FaultServer
from fetch_helpers import fetch


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(subject: str, issuer: str, key, issuer_key, *, ca: bool, san: str | None = None):
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if san:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(san)]), False)
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """The fault server behind TLS with a certificate for secure.test from a test CA."""
    folder = tmp_path_factory.mktemp("tls")
    ca_key, leaf_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca = _certificate("newsetl test CA", "newsetl test CA", ca_key, ca_key, ca=True)
    leaf = _certificate(
        "secure.test", "newsetl test CA", leaf_key, ca_key, ca=False, san="secure.test"
    )
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (folder / "leaf.key").write_bytes(
        leaf_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "leaf.pem", folder / "leaf.key")
    server_names: list[str | None] = []
    context.sni_callback = lambda sock, name, ctx: server_names.append(name)
    server = FaultServer()
    server.socket = context.wrap_socket(server.socket, server_side=True)
    with server:
        yield server, str(folder / "ca.pem"), server_names


async def _loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


def test_tls_uses_the_host_name_while_connecting_to_the_vetted_address(settings, tls_server):
    server, ca_file, server_names = tls_server
    tls = replace(settings, ca_file=ca_file, obey_robots=False)
    [page] = fetch(tls, f"https://secure.test:{server.port}/ok/tls", resolver=_loopback)
    assert page.outcome == "fetched", page.error
    assert "secure.test" in server_names
    assert server.log.to("/ok/tls")[0].host == "secure.test"


def test_tls_certificate_for_another_name_is_refused_and_not_retried(settings, tls_server):
    server, ca_file, _ = tls_server
    tls = replace(settings, ca_file=ca_file, obey_robots=False, max_attempts=3)
    [page] = fetch(tls, f"https://impostor.test:{server.port}/ok/tls", resolver=_loopback)
    assert (page.outcome, page.attempts) == ("connection_error", 1)
    assert "certificate" in page.error.lower()


def test_tls_without_the_test_ca_is_refused(settings, tls_server):
    server, _, _ = tls_server
    untrusting = replace(settings, obey_robots=False, max_attempts=1)
    [page] = fetch(untrusting, f"https://secure.test:{server.port}/ok/tls", resolver=_loopback)
    assert page.outcome == "connection_error"
    assert "certificate" in page.error.lower()
