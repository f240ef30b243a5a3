"""The server package's files, read as their tools read them (no container engine runs in CI:
the Containerfile and compose file are linted here; the .deb is installed by make installer-test).
"""

from __future__ import annotations

import configparser
import dataclasses
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sync_server.settings import Settings

SERVER = Path(__file__).resolve().parents[2] / "installer" / "server"


def unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(SERVER / "fallakte-server.service", "utf-8")
    return parser


def test_unit_is_hardened_and_runs_the_packaged_command() -> None:
    service = unit()["Service"]
    assert service["ExecStart"] == "/usr/bin/fallakte-server serve"
    assert (
        service["User"] == "fallakte" and service["EnvironmentFile"] == "/etc/fallakte/server.env"
    )
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "PrivateDevices": "yes",
        "CapabilityBoundingSet": "",
        "RestrictAddressFamilies": "AF_UNIX AF_INET AF_INET6",
        "SystemCallArchitectures": "native",
        "UMask": "0077",
    }.items():
        assert service[key] == value, key


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd")
def test_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    # verify needs the ExecStart command to exist: a stand-in at the same path under --root is
    # not supported by every systemd, so point a copy of the unit at /bin/true.
    text = (SERVER / "fallakte-server.service").read_text("utf-8")
    copy = tmp_path / "fallakte-server.service"
    copy.write_text(text.replace("/usr/bin/fallakte-server serve", "/bin/true serve"), "utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    problems = [line for line in result.stderr.splitlines() if "fallakte-server.service" in line]
    assert result.returncode == 0 and not problems, result.stderr


def test_conffile_sets_only_real_settings() -> None:
    known = {f"FALLAKTE_SERVER_{f.name.upper()}" for f in dataclasses.fields(Settings)}
    lines = (SERVER / "server.env").read_text("utf-8").splitlines()
    keys = [line.split("=", 1)[0] for line in lines if line and not line.startswith("#")]
    assert keys and set(keys) <= known
    assert (SERVER / "conffiles").read_text("utf-8").split() == ["/etc/fallakte/server.env"]


def test_package_uses_debians_libpq_and_no_qt() -> None:
    out = subprocess.run(
        [sys.executable, str(SERVER / "requirements.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    names = {re.split(r"[<>=\[]", r)[0] for r in out}
    assert {"fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg", "cryptography"} <= names
    assert not any("binary" in r or "PySide6" in r for r in out)
    assert "libpq5" in (SERVER / "control.in").read_text("utf-8")


def test_postinst_migrates_on_upgrade_only() -> None:
    text = (SERVER / "postinst").read_text("utf-8")
    upgrade = text[text.index('if [ -n "$2" ]; then') :]
    assert upgrade.index("migrate\n") < upgrade.index("else")
    commands = [line.strip() for line in text.splitlines()]
    assert not any(
        c.startswith(("systemctl enable", "deb-systemd-helper enable")) for c in commands
    )
    result = subprocess.run(["sh", "-n", str(SERVER / "postinst")], check=False)
    assert result.returncode == 0


def containerfile() -> list[tuple[str, str]]:
    text = (SERVER / "Containerfile").read_text("utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [tuple(line.split(None, 1)) for line in lines if not line.startswith("#")]  # type: ignore[misc]


def test_containerfile_installs_the_package_and_migrates_before_serving() -> None:
    steps = containerfile()
    known = {"FROM", "COPY", "RUN", "ENV", "USER", "EXPOSE", "HEALTHCHECK", "CMD"}
    assert {op for op, _ in steps} <= known and steps[0][0] == "FROM"
    assert "debian:12" in steps[0][1]
    assert any(op == "RUN" and "fallakte-server_*_amd64.deb" in arg for op, arg in steps)
    assert ("USER", "fallakte") in steps
    cmd = json.loads(next(arg for op, arg in steps if op == "CMD"))
    assert cmd[-1] == "fallakte-server migrate && exec fallakte-server serve"


def test_compose_runs_postgres_server_and_tls_proxy() -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML reads the compose file")
    compose = yaml.safe_load((SERVER / "compose.yaml").read_text("utf-8"))
    services = compose["services"]
    assert set(services) == {"db", "server", "proxy"}
    server = services["server"]
    assert server["read_only"] is True and server["cap_drop"] == ["ALL"]
    assert "migrate && exec fallakte-server serve" in server["entrypoint"][-1]
    assert services["server"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "443:443" in services["proxy"]["ports"]
    assert "POSTGRES_PASSWORD" not in json.dumps(services["db"]["environment"]).replace(
        "POSTGRES_PASSWORD_FILE", ""
    )


@pytest.mark.skipif(shutil.which("nginx") is None, reason="needs nginx")
def test_nginx_site_is_valid(tmp_path: Path) -> None:
    # nginx -t with the example site and a throw-away self-signed certificate.
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fallakte.kommune.example")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "fullchain.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "privkey.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    site = (
        (SERVER / "nginx-fallakte.conf")
        .read_text("utf-8")
        .replace("/etc/ssl/fallakte", str(tmp_path))
    )
    (tmp_path / "site.conf").write_text(site, "utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log stderr;\nevents {{}}\n"
        f"http {{ access_log off; include {tmp_path}/site.conf; }}\n",
        "utf-8",
    )
    result = subprocess.run(
        ["nginx", "-t", "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_container_commands_are_real_entry_points() -> None:
    """What the Containerfile and compose file run exists: the subcommands in the server's
    parser, the health check's route in its API, the user in the package's postinst."""
    import argparse

    from sync_server.api.ops import router
    from sync_server.cli import build_parser

    parser = build_parser()
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    steps = containerfile()
    cmd = json.loads(next(arg for op, arg in steps if op == "CMD"))[-1]
    yaml = pytest.importorskip("yaml", reason="PyYAML reads the compose file")
    compose = yaml.safe_load((SERVER / "compose.yaml").read_text("utf-8"))
    entry = compose["services"]["server"]["entrypoint"][-1]
    used = set(re.findall(r"fallakte-server (\w[\w-]*)", cmd + " " + entry))
    assert used and used <= commands, used - commands
    health = next(arg for op, arg in steps if op == "HEALTHCHECK")
    path = re.search(r"127\.0\.0\.1:8765(/\w+)", health)
    assert path is not None and path.group(1) in {getattr(r, "path", "") for r in router.routes}
    user = next(arg for op, arg in steps if op == "USER")
    postinst = (SERVER / "postinst").read_text("utf-8").replace("\\\n", " ")
    assert re.search(rf"adduser --system .*\b{user}\b", postinst)
