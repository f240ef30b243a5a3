"""A process killed mid-write or mid-passphrase-change leaves a vault with the old or new state;
no plaintext ever reaches any file in the data folder."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.errors import StorageFull, WrongPassphrase
from desktop_app.storage.vault import Vault
from tests.storage.conftest import PASSPHRASE, make_case
from tests.waiting import Lines, kill

WRITER = """
import sys
from pathlib import Path
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2], use_keyring=False)
print("ready", flush=True)
while True:
    case = new_id()
    vault.store.put_many([Record(new_id(), "session", vault.team_id, case, {"notes": "n" * 200})
                          for _ in range(500)])
    print("wrote", flush=True)
"""

REKEYER = """
import sys
from pathlib import Path
from desktop_app.storage.vault import Vault
a, b = sys.argv[2], sys.argv[3]
vault = Vault.unlock(Path(sys.argv[1]), a, use_keyring=False)
print("ready", flush=True)
while True:
    vault.change_passphrase(a, b)
    print("changed", flush=True)
    a, b = b, a
"""


def _run_and_kill(script: str, *args: str, after: int) -> None:
    """Run ``script``; SIGKILL it once it has printed ``after`` lines past ``ready``, that is in
    the middle of its next batch or passphrase change."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert proc.stdout is not None
    try:
        lines = Lines(proc.stdout).wait_for(1 + after)
    finally:
        kill(proc)
    assert lines[0] == b"ready"


@pytest.mark.parametrize("batches", [0, 2, 5])
def test_killed_during_put_many(data_dir: Path, no_keyring: None, batches: int) -> None:
    Vault.create(data_dir, PASSPHRASE).lock()
    _run_and_kill(WRITER, str(data_dir), PASSPHRASE, after=batches)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        count = vault.store.count("session")
        assert count % 500 == 0, f"a batch was half-written: {count}"
        assert vault.store.unreadable == []
        assert sum(1 for _ in vault.store.iter_records("session")) == count


@pytest.mark.parametrize("changes", [0, 1, 2])
def test_killed_during_passphrase_change(data_dir: Path, no_keyring: None, changes: int) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        record = vault.store.put_many(make_case(vault))[1]
    _run_and_kill(REKEYER, str(data_dir), PASSPHRASE, "Neue Passphrase 2026", after=changes)
    opened = 0
    for passphrase in (PASSPHRASE, "Neue Passphrase 2026"):
        try:
            with Vault.unlock(data_dir, passphrase) as vault:
                assert vault.store.get(record.id) == record
                opened += 1
        except WrongPassphrase:
            pass
    assert opened == 1


NEEDLES = ["Zaraqelyn", "Quaxorbeth", "Vexholmerstrasse 12", "1913-07-29", "Geheimnotiz Wolke"]


def test_no_plaintext_in_any_file(data_dir: Path, no_keyring: None) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        case, person = make_case(vault, "Zaraqelyn", "Quaxorbeth", "1913-07-29")
        person = Record(
            person.id,
            "person",
            vault.team_id,
            case.id,
            {**person.payload, "housing": {"address": "Vexholmerstrasse 12"}},
        )
        notes = Record(
            new_id(),
            "session",
            vault.team_id,
            case.id,
            {"notes": "Geheimnotiz Wolke", "duration_minutes": 30},
        )
        vault.store.put_many([case, person, notes])
        vault.change_passphrase(PASSPHRASE, "zweite Passphrase")
        # read while the WAL is still there, then check it too
        assert vault.index.search("Zaraqelyn")
        files = [p for p in data_dir.rglob("*") if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files)
        _assert_absent(files)
    _assert_absent([p for p in data_dir.rglob("*") if p.is_file()])


def _assert_absent(files: list[Path]) -> None:
    assert files
    for path in files:
        data = path.read_bytes()
        for needle in NEEDLES:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert encoded not in data, f"{needle!r} in plaintext in {path.name}"


def test_random_kill_points_never_break_the_vault(data_dir: Path, no_keyring: None) -> None:
    Vault.create(data_dir, PASSPHRASE).lock()
    rng = random.Random(7)
    for _ in range(2):
        _run_and_kill(WRITER, str(data_dir), PASSPHRASE, after=rng.randrange(5))
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert vault.store.count("session") % 500 == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB file system (tmpfs), so the disk really fills up."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_real_disk_full(tiny_disk: Path, no_keyring: None) -> None:
    folder = tiny_disk / "vault"
    with Vault.create(folder, PASSPHRASE) as vault:
        kept = vault.store.put_many(make_case(vault))
        with pytest.raises(StorageFull, match="disk is full"):
            for _ in range(200):
                vault.store.put_many(
                    [
                        Record(
                            new_id(),
                            "session",
                            vault.team_id,
                            kept[0].id,
                            {"notes": os.urandom(2000).hex()},
                        )
                        for _ in range(20)
                    ]
                )
        written = vault.store.count("session")
        assert written % 20 == 0
    with Vault.unlock(folder, PASSPHRASE) as again:
        assert again.store.get(kept[1].id) == kept[1]
        assert again.store.count("session") == written
