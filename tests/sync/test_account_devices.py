"""My devices: ``fallakte whoami`` lists them, ``fallakte devices revoke ID`` revokes one of
mine (real server, real CLI process), and the other laptop is told to wipe."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.sync import account
from desktop_app.sync.api import DeviceRevoked
from tests.sync.conftest import PASSPHRASE, ClientFactory, cli_env, run_cli


def test_whoami_lists_devices_and_one_is_revoked(
    sealed_clients: ClientFactory, tmp_path: Path
) -> None:
    _, _, [member] = sealed_clients.team(1)
    second = account.login(tmp_path / "second", sealed_clients.server.url, member.name, PASSPHRASE)
    mine, other = member.session.api.device_id, second.api.device_id
    assert mine and other and mine != other
    notices = second.api.devices()
    assert {d.device_id for d in notices} == {mine, other}
    member.vault.lock()
    who = run_cli(cli_env(member), "whoami")
    assert who.returncode == 0, who.stderr
    assert mine in who.stdout and other in who.stdout
    done = run_cli(cli_env(member), "devices", "revoke", other)
    assert done.returncode == 0, done.stderr
    assert f"device {other} revoked" in done.stdout
    with pytest.raises(DeviceRevoked):
        second.api.keys()
    second.close()
