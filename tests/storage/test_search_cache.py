"""The search index from sealed cache rows is the index a full rebuild from records gives:
after edits, deletes, moved and tombstoned cases, damaged or foreign rows, unreadable records,
and writes that race the rows being written."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.crypto.aead import random_key
from desktop_app.crypto.bundle import seal_key_bundle
from desktop_app.crypto.kdf import KdfParams, derive_account_keys
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.search import SearchIndex
from desktop_app.storage.search_cache import PURPOSE, IndexCache, load_index, write_rows
from desktop_app.storage.vault import Vault, VaultIdentity
from tests.storage.conftest import PASSPHRASE, make_case

QUERIES = ["haddad", "hadad", "lina", "lena", "kov", "2026", "1990-04-03", "03.04.1990", "1", "o"]


def snapshot(index: SearchIndex) -> dict[str, Any]:
    """Everything the index holds and answers, in a form that compares exactly."""
    with index._lock:
        return {
            "cases": {
                c: (e.live, e.payload, dict(sorted(e.persons.items())))
                for c, e in sorted(index._cases.items())
            },
            "tokens": dict(sorted(index._case_tokens.items())),
            "postings": {t: ids for t, ids in sorted(index._postings.items()) if ids},
            "skeletons": dict(sorted(index._skeletons.items())),
            "by_first": dict(sorted(index._by_first.items())),
            "entries": index.entries(),
            "hits": [index.hit(c) for c in sorted(index._cases)],
            "search": [index.search(q) for q in QUERIES],
            "serial": index.max_serial(2026),
        }


def rebuilt(vault: Vault) -> dict[str, Any]:
    full = SearchIndex()
    full.rebuild(vault.store.iter_kinds(("case", "person")))
    return snapshot(full)


def from_cache(vault: Vault) -> tuple[dict[str, Any], IndexCache]:
    snapshot_, cache, _index = unlocked(vault)
    return snapshot_, cache


def unlocked(vault: Vault) -> tuple[dict[str, Any], IndexCache, SearchIndex]:
    """What an unlock builds: the index from rows and records, and the rows left to write."""
    index = SearchIndex()
    cache = load_index(vault.store, index)
    return snapshot(index), cache, index


def save_all(vault: Vault, cache: IndexCache, index: SearchIndex | None = None) -> None:
    while write_rows(vault.store, index or vault.index, cache, 2):
        pass


def rows(vault: Vault) -> set[str]:
    found = vault._conn.raw.execute("SELECT case_id FROM derived WHERE purpose = ?", [PURPOSE])
    return {r[0] for r in found}


def person(vault: Vault, case_id: str, family: str, given: str, role: str = "member") -> Record:
    return Record(
        new_id(),
        "person",
        vault.team_id,
        case_id,
        {"family_name": family, "given_names": given, "birth_date": "2015-02-01", "role": role},
    )


@pytest.fixture
def filled(vault: Vault) -> Vault:
    for family, first in [("Haddad", "Lina"), ("Kovalenko", "Olena"), ("Al-Hassan", "Yusuf")]:
        case, _main = vault.store.put_many(make_case(vault, family, first))
        vault.store.put(person(vault, case.id, family, "Sami"))
    return vault


def test_cold_then_warm_unlock_give_the_full_index(filled: Vault, data_dir: Path) -> None:
    expected = rebuilt(filled)
    filled.lock()
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        cache = vault.index_cache
        assert cache is not None and (cache.cached, cache.rebuilt) == (0, 3)
        assert snapshot(vault.index) == expected
        assert len(cache.pending) == 3
    with Vault.unlock(data_dir, PASSPHRASE) as vault:  # the lock wrote the rows
        cache = vault.index_cache
        assert cache is not None and (cache.cached, cache.rebuilt) == (3, 0)
        assert cache.pending == []
        assert snapshot(vault.index) == expected
        assert len(rows(vault)) == 3


def test_edits_deletes_moves_and_tombstones(filled: Vault) -> None:
    cache = load_index(filled.store, filled.index)
    save_all(filled, cache)
    cases = sorted(filled.store.iter_records("case"), key=lambda r: r.payload["number"])
    persons = sorted(filled.store.iter_records("person"), key=lambda r: r.id)
    a, b, c = (r.id for r in cases)
    assert rows(filled) == {a, b, c}
    haddad = next(p for p in persons if p.case_id == a and p.payload["role"] == "main")
    filled.store.put(haddad.with_payload({**haddad.payload, "given_names": "Lena"}))
    assert rows(filled) == {b, c}
    snapshot_now, cache, index = unlocked(filled)
    assert snapshot_now == rebuilt(filled) and cache.rebuilt == 1 and cache.pending == [a]
    save_all(filled, cache, index)
    assert rows(filled) == {a, b, c}
    # move a member of b to c, delete c's main person, tombstone a, and add a new case
    member = next(p for p in persons if p.case_id == b and p.payload["role"] == "member")
    filled.store.put(Record(member.id, "person", member.team_id, c, member.payload))
    main_c = next(p for p in persons if p.case_id == c and p.payload["role"] == "main")
    filled.store.delete(main_c.id)
    filled.store.delete(a)
    new_case = filled.store.put_many(make_case(filled, "Haddad", "Omar"))[0]
    assert rows(filled) == set()
    snapshot_now, cache, index = unlocked(filled)
    assert snapshot_now == rebuilt(filled)
    assert cache.rebuilt == 4  # a has live persons left: still a (hidden) entry
    save_all(filled, cache, index)
    assert rows(filled) == {a, b, c, new_case.id}
    snapshot_now, cache = from_cache(filled)
    assert snapshot_now == rebuilt(filled) and cache.cached == 4 and cache.rebuilt == 0
    assert [h.display_name for h in filled.index.search("haddad")] == ["Haddad, Omar"]


def test_damaged_and_foreign_rows_are_rebuilt(filled: Vault) -> None:
    expected = rebuilt(filled)
    save_all(filled, load_index(filled.store, filled.index))
    raw = filled._conn.raw
    first, second = sorted(rows(filled))[:2]
    blob = raw.execute("SELECT envelope FROM derived WHERE case_id = ?", [first]).fetchone()[0]
    damaged = blob[:-1] + bytes([blob[-1] ^ 1])
    raw.execute("UPDATE derived SET envelope = ? WHERE case_id = ?", [damaged, first])
    # a row of this vault, moved to another case, does not open either
    raw.execute("UPDATE derived SET envelope = ? WHERE case_id = ?", [blob, second])
    snapshot_now, cache = from_cache(filled)
    assert snapshot_now == expected
    assert (cache.cached, cache.rebuilt, sorted(cache.pending)) == (1, 2, sorted([first, second]))
    assert filled.store.derived is not None
    since = filled.store.derived.clock()
    filled.store.derived.put_many(PURPOSE, [(first, b'[99, "another format"]')], since)
    snapshot_now, cache = from_cache(filled)
    assert snapshot_now == expected and first in cache.pending


def test_a_write_before_the_rows_makes_them_from_records_again(filled: Vault) -> None:
    cache = load_index(filled.store, filled.index)
    stale = SearchIndex()  # an index that no longer matches the records: must not be written
    stale.rebuild(filled.store.iter_kinds(("case", "person")))
    case_id = sorted(cache.pending)[0]
    main = next(r for r in filled.store.case_records(case_id) if r.kind == "person")
    filled.store.put(main.with_payload({**main.payload, "family_name": "Yilmaz"}))
    save_all(filled, cache, stale)
    assert cache.stale and rows(filled) == set(rebuilt(filled)["cases"])
    snapshot_now, cache = from_cache(filled)
    assert snapshot_now == rebuilt(filled) and cache.rebuilt == 0
    given = main.payload["given_names"]
    assert [h.display_name for h in filled.index.search("yilmaz")] == [f"Yilmaz, {given}"]


def test_a_case_with_an_unreadable_record_gets_no_row(filled: Vault) -> None:
    save_all(filled, load_index(filled.store, filled.index))
    person_ = next(filled.store.iter_records("person"))
    raw = filled._conn.raw
    envelope = raw.execute("SELECT envelope FROM records WHERE id = ?", [person_.id]).fetchone()[0]
    damaged = envelope[:-1] + bytes([envelope[-1] ^ 1])
    raw.execute("UPDATE records SET envelope = ? WHERE id = ?", [damaged, person_.id])
    snapshot_now, cache = from_cache(filled)
    assert snapshot_now == rebuilt(filled)
    assert cache.rebuilt == 1 and cache.pending == []  # the damaged case gets no row
    assert any(e.record_id == person_.id for e in filled.store.unreadable)
    raw.execute("UPDATE records SET envelope = ? WHERE id = ?", [envelope, person_.id])
    snapshot_now, cache = from_cache(filled)  # the record opens again: read, and kept
    assert snapshot_now == rebuilt(filled) and cache.pending == [person_.case_id]


def test_ids_that_are_no_case_get_an_empty_row(filled: Vault) -> None:
    offer = Record(new_id(), "offer", filled.team_id, "", {"name": "Sprachcafé"})
    session = Record(new_id(), "session", filled.team_id, new_id(), {"notes": "ohne Fall"})
    filled.store.put_many([offer, session])
    snapshot_now, cache, index = unlocked(filled)
    assert snapshot_now == rebuilt(filled)
    assert {"", session.case_id} <= set(cache.pending)
    save_all(filled, cache, index)
    snapshot_now, cache = from_cache(filled)
    assert snapshot_now == rebuilt(filled) and cache.rebuilt == 0 and cache.cached == 5
    filled.store.put(person(filled, session.case_id, "Haddad", "Rami"))  # now it has a person
    snapshot_now, cache = from_cache(filled)
    assert snapshot_now == rebuilt(filled) and cache.pending == [session.case_id]


# -- random histories ---------------------------------------------------------------------------

_KEYS: dict[str, Any] = {}


def _fast_vault(folder: Path) -> Vault:
    """A new vault without running the key derivation again (one derivation per session)."""
    if not _KEYS:
        kdf = KdfParams.generate()
        user_keys = UserKeyPair.generate()
        master = derive_account_keys(PASSPHRASE, kdf).master_key
        _KEYS.update(kdf=kdf, user_keys=user_keys, bundle=seal_key_bundle(user_keys, master))
    identity = VaultIdentity(new_id(), "Test IM", new_id())
    return Vault.create_with(
        folder,
        _KEYS["kdf"],
        _KEYS["bundle"],
        _KEYS["user_keys"],
        identity,
        local_team=True,
        use_keyring=False,
    )


NAMES = ["Haddad", "Hadad", "Kovalenko", "Müller", "Mueller", "Al-Hassan", "Lina", "Lena"]
op = st.one_of(
    st.tuples(st.just("new_case"), st.sampled_from(NAMES), st.sampled_from(NAMES)),
    st.tuples(st.just("add_person"), st.integers(0, 9), st.sampled_from(NAMES)),
    st.tuples(st.just("rename"), st.integers(0, 19), st.sampled_from(NAMES)),
    st.tuples(st.just("delete_person"), st.integers(0, 19), st.none()),
    st.tuples(st.just("delete_case"), st.integers(0, 9), st.none()),
    st.tuples(st.just("move_person"), st.integers(0, 19), st.integers(0, 9)),
    st.tuples(st.just("write_rows"), st.integers(1, 3), st.none()),
    st.tuples(st.just("unlock"), st.none(), st.none()),
)


def _apply(vault: Vault, action: str, a: Any, b: Any) -> None:
    store = vault.store
    cases = sorted(r.id for r in store.iter_records("case"))
    persons = sorted(store.iter_records("person"), key=lambda r: r.id)
    if action == "new_case":
        store.put_many(make_case(vault, a, b))
    elif action == "add_person" and cases:
        store.put(person(vault, cases[a % len(cases)], b, "Sami"))
    elif action == "rename" and persons:
        p = persons[a % len(persons)]
        store.put(p.with_payload({**p.payload, "family_name": b}))
    elif action == "delete_person" and persons:
        store.delete(persons[a % len(persons)].id)
    elif action == "delete_case" and cases:
        store.delete(cases[a % len(cases)])
    elif action == "move_person" and persons and cases:
        p = persons[a % len(persons)]
        store.put(Record(p.id, "person", p.team_id, cases[b % len(cases)], p.payload))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=st.lists(op, min_size=1, max_size=14))
def test_any_history_gives_the_full_index(
    ops: list[tuple[str, Any, Any]], memory_keyring: Any
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault = _fast_vault(Path(folder) / "vault")
        try:
            cache = load_index(vault.store, vault.index)
            for action, a, b in ops:
                if action == "write_rows":
                    write_rows(vault.store, vault.index, cache, a)
                elif action == "unlock":  # what an unlock builds, and leaves to write
                    snapshot_now, cache = from_cache(vault)
                    assert snapshot_now == rebuilt(vault)
                    vault.index.rebuild(vault.store.iter_kinds(("case", "person")))
                else:
                    _apply(vault, action, a, b)
            for _ in _drain(vault, cache):
                pass
            assert from_cache(vault)[0] == rebuilt(vault)
        finally:
            vault.lock()


def _drain(vault: Vault, cache: IndexCache) -> Iterator[None]:
    while write_rows(vault.store, vault.index, cache, 3):
        yield


def test_a_case_moved_to_another_team(filled: Vault) -> None:
    """Moving a case re-seals its records under the new team's key: its row goes, the others
    stay, and the index is the full one."""
    save_all(filled, load_index(filled.store, filled.index))
    new_team = new_id()
    filled.team_keys[new_team] = TeamKeyring(new_team, {1: random_key()}, 1)
    case_id = sorted(rows(filled))[0]
    moved = [replace(r, team_id=new_team) for r in filled.store.case_records(case_id)]
    filled.store.put_many(moved)
    assert case_id not in rows(filled) and len(rows(filled)) == 2
    snapshot_now, cache, index = unlocked(filled)
    assert snapshot_now == rebuilt(filled) and cache.pending == [case_id]
    save_all(filled, cache, index)
    snapshot_now, cache = from_cache(filled)
    assert snapshot_now == rebuilt(filled) and cache.rebuilt == 0
