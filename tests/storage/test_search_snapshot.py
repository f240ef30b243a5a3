"""The sealed snapshot of the search index (``fallakte search``, issue 18) answers as the index a
rebuild from records gives, is ignored once a record or a team key came after it, keeps working
under updates, and holds nothing readable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage import search_snapshot
from desktop_app.storage.search import SearchIndex
from desktop_app.storage.vault import Vault
from tests.storage import test_search_cache
from tests.storage.conftest import PASSPHRASE, make_case

QUERIES = ["haddad", "hadad", "lina", "lena", "kov", "2026", "1990-04-03", "03.04.1990", "1", "o"]


def answers(index: SearchIndex, queries: list[str] = QUERIES) -> dict[str, Any]:
    """What the index answers (not how it keeps it: the snapshot keeps some of it lazily)."""
    return {
        "len": len(index),
        "entries": index.entries(),
        "hits": [index.hit(h.case_id) for h in index.entries()],
        "search": [index.search(q, limit=5) for q in queries],
        "serial": index.max_serial(2026),
    }


def rebuilt(vault: Vault) -> SearchIndex:
    full = SearchIndex()
    full.rebuild(vault.store.iter_kinds(("case", "person")))
    return full


filled = test_search_cache.filled
"""Three cases with a member each (the fixture of the per-case rows' tests)."""


def _open(data_dir: Path) -> tuple[Vault, bool]:
    vault = Vault.unlock(data_dir, PASSPHRASE, build_index=False)
    return vault, vault.open_index()


def test_the_snapshot_answers_as_a_rebuild(filled: Vault, data_dir: Path) -> None:
    expected = answers(rebuilt(filled))
    filled.lock()  # the index was built by create + writes: no snapshot from it
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert not vault.open_index()  # none yet: the unlock's way; its lock writes one
    vault, from_snapshot = _open(data_dir)
    with vault:
        assert from_snapshot
        assert answers(vault.index) == expected
        assert vault.index_cache is None


def test_a_record_written_after_it_is_not_answered_from_it(filled: Vault, data_dir: Path) -> None:
    filled.lock()
    Vault.unlock(data_dir, PASSPHRASE).lock()  # writes the snapshot
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        vault.store.put_many(make_case(vault, "Yilmaz", "Deniz", number="IM-2026-00042"))
        expected = answers(rebuilt(vault), ["yilmaz", *QUERIES])
    vault, from_snapshot = _open(data_dir)
    with vault:
        assert not from_snapshot  # the clock moved: from the cache rows and records
        assert answers(vault.index, ["yilmaz", *QUERIES]) == expected
    vault, from_snapshot = _open(data_dir)  # that lock wrote a new one
    with vault:
        assert from_snapshot and answers(vault.index, ["yilmaz", *QUERIES]) == expected
        assert vault.index.max_serial(2026) == 42


def test_a_team_key_that_came_since_voids_it(
    filled: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled.lock()
    Vault.unlock(data_dir, PASSPHRASE).lock()
    vault, from_snapshot = _open(data_dir)
    vault.lock()
    assert from_snapshot
    monkeypatch.setattr(Vault, "_key_count", lambda self: 2)  # as after a new key version
    vault, from_snapshot = _open(data_dir)
    with vault:
        assert not from_snapshot


def test_updates_on_an_index_from_the_snapshot(filled: Vault, data_dir: Path) -> None:
    filled.lock()
    Vault.unlock(data_dir, PASSPHRASE).lock()
    vault, from_snapshot = _open(data_dir)
    with vault:
        assert from_snapshot
        persons = sorted(vault.store.iter_records("person"), key=lambda r: r.id)
        cases = sorted(vault.store.iter_records("case"), key=lambda r: r.payload["number"])
        first = next(p for p in persons if p.case_id == cases[0].id)
        vault.store.put(first.with_payload({**first.payload, "family_name": "Haddat"}))
        mover = next(p for p in persons if p.case_id == cases[1].id)
        vault.store.put(Record(mover.id, "person", mover.team_id, cases[2].id, mover.payload))
        vault.store.delete(cases[2].id)
        queries = ["haddat", "sami", *QUERIES]
        assert answers(vault.index, queries) == answers(rebuilt(vault), queries)


def test_nothing_readable_in_the_file(filled: Vault, data_dir: Path) -> None:
    filled.lock()
    Vault.unlock(data_dir, PASSPHRASE).lock()
    vault, from_snapshot = _open(data_dir)
    vault.lock()
    assert from_snapshot
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for word in (b"Kovalenko", b"Olena", b"Haddad", b"IM-2026"):
                assert word not in data, (path, word)


NAMES = st.sampled_from(["Haddad", "Müller", "Mueller", "Öztürk", "Kovalenko", "Nguyễn", "Lee"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(NAMES, NAMES, st.booleans()), min_size=0, max_size=12),
    st.lists(st.sampled_from(["mül", "haddat", "ngu", "lee", "2026", "kovalenko müller"])),
)
def test_encode_install_round_trip(people: list[tuple[str, str, bool]], queries: list[str]) -> None:
    records: list[Record] = []
    for n, (family, given_, closed) in enumerate(people):
        case_id, person_id = new_id(), new_id()
        number = f"IM-2026-{n + 1:05d}"
        status = "closed" if closed else "open"
        records.append(Record(case_id, "case", "t", case_id, {"number": number, "status": status}))
        names = {"family_name": family, "given_names": given_}
        records.append(Record(person_id, "person", "t", case_id, names))
    index = SearchIndex()
    index.rebuild(records)
    copy = SearchIndex()
    assert search_snapshot.install(copy, search_snapshot.encode(index))
    assert answers(copy, [*queries, *QUERIES]) == answers(index, [*queries, *QUERIES])
    assert not search_snapshot.install(SearchIndex(), b'[1, "another layout"]')
