"""Policy fixtures: a policy file named by ``FALLAKTE_POLICY`` and a real recovery key pair."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.crypto.keys import UserKeyPair

PolicyWriter = Callable[[Any], Path]


@pytest.fixture
def write_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PolicyWriter:
    """Write a policy document (a dict as JSON, or raw text) where ``FALLAKTE_POLICY`` points."""
    path = tmp_path / "etc" / "policy.json"
    path.parent.mkdir()
    monkeypatch.setenv("FALLAKTE_POLICY", str(path))

    def write(document: Any) -> Path:
        text = document if isinstance(document, str) else json.dumps(document)
        path.write_text(text, "utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def recovery() -> dict[str, Any]:
    """A recovery key pair's public half as IT writes it into the policy."""
    public = UserKeyPair.generate().public_keys
    return {
        "recovery_public_keys": {
            "x25519": base64.b64encode(public.x25519).decode(),
            "ed25519": base64.b64encode(public.ed25519).decode(),
        },
        "recovery_fingerprint": public.fingerprint(),
    }
