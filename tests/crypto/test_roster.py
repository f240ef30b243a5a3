"""Team rosters: canonical bytes, signatures, and that no sequence of server answers makes a
client accept a roster (and so a granter or grantee) outside the lead-signed history."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.crypto.keys import UserKeyPair
from desktop_app.crypto.roster import (
    NO_PREVIOUS,
    Roster,
    RosterError,
    RosterMember,
    check_successor,
    decode_roster,
    sign_roster,
)
from desktop_app.sync.rosters import accept_chain

TEAM = "team-nord"
KEYS = {name: UserKeyPair.generate() for name in ("lea", "lars", "mia", "max", "mallory")}
LEGIT_LEADS = ("lea", "lars")


def entry(name: str, lead: bool) -> RosterMember:
    return RosterMember(name, "lead" if lead else "member", KEYS[name].public_keys)


def signed(
    signer: str, members: list[RosterMember], version: int, previous: bytes, key_version: int = 1
) -> Roster:
    return sign_roster(
        team_id=TEAM,
        version=version,
        previous=previous,
        key_version=key_version,
        members=members,
        signer_id=signer,
        signer=KEYS[signer],
    )


def first() -> Roster:
    return signed("lea", [entry("lea", True), entry("mia", False)], 1, NO_PREVIOUS)


def test_round_trip_and_digest_chain() -> None:
    one = first()
    assert decode_roster(one.blob) == one
    two = signed("lea", [*one.members, entry("max", False)], 2, one.digest, key_version=2)
    check_successor(one, two)
    assert two.member_ids() == ["lea", "max", "mia"] and two.key_version == 2


def test_every_flipped_byte_is_refused() -> None:
    blob = first().blob
    for i in range(len(blob)):
        damaged = blob[:i] + bytes([blob[i] ^ 1]) + blob[i + 1 :]
        with pytest.raises(RosterError):
            decode_roster(damaged)


def test_a_member_cannot_sign_the_next_version() -> None:
    one = first()
    # mia is a member of version 1; she makes herself a lead of version 2
    forged = signed("mia", [entry("lea", True), entry("mia", True)], 2, one.digest)
    with pytest.raises(RosterError, match="not a lead of version 1"):
        check_successor(one, forged)


def test_no_going_back_and_no_skipping() -> None:
    one = first()
    two = signed("lea", list(one.members), 2, one.digest)
    with pytest.raises(RosterError, match="does not follow"):
        check_successor(two, one)
    three = signed("lea", list(one.members), 3, two.digest)
    with pytest.raises(RosterError, match="does not follow"):
        check_successor(one, three)


def _legit_history(steps: list[tuple[int, str, bool]]) -> list[Roster]:
    """A history leads really signed: each step adds or drops someone, signed by a lead."""
    history = [first()]
    for pick_signer, who, add in steps:
        last = history[-1]
        leads = [mb.user_id for mb in last.members if mb.is_lead]
        signer = leads[pick_signer % len(leads)]
        members = {mb.user_id: mb for mb in last.members}
        if add:
            members[who] = entry(who, who in LEGIT_LEADS)
        elif who != signer:
            members.pop(who, None)
        members[signer] = entry(signer, True)
        nxt = signed(signer, list(members.values()), last.version + 1, last.digest, last.version)
        history.append(nxt)
    return history


def _forgeries(history: list[Roster], seed: int) -> list[tuple[int, bytes]]:
    """What a hostile server can send: mallory's own rosters at every version (naming the
    right predecessor or not), a member promoting herself, real rosters filed under another
    version, and cut or spliced bytes."""
    out = []
    for r in history:
        crew = [entry("mallory", True), *[m for m in r.members if m.user_id != "mallory"]]
        for forged in (
            signed("mallory", crew, r.version + 1, r.digest, r.key_version + 1),
            signed("mallory", crew, r.version, r.previous, seed % 5),
        ):
            out.append((forged.version, forged.blob))
        if r.member("mia") is not None:
            promoted = [entry("mia", True), *[m for m in r.members if m.user_id != "mia"]]
            out.append((r.version + 1, signed("mia", promoted, r.version + 1, r.digest).blob))
        out.append((r.version + 1 + seed % 3, r.blob))
        out.append((r.version, r.blob[: 20 + seed % 40] + r.blob[-64:]))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=st.lists(
        st.tuples(
            st.integers(0, 3), st.sampled_from(["lars", "mia", "max", "mallory"]), st.booleans()
        ),
        min_size=1,
        max_size=6,
    ),
    answers=st.lists(
        st.lists(st.tuples(st.booleans(), st.integers(0, 40)), max_size=8), min_size=1, max_size=4
    ),
    seed=st.integers(0, 1000),
)
def test_no_server_answers_lead_outside_the_lead_signed_history(
    steps: list[tuple[int, str, bool]], answers: list[list[tuple[bool, int]]], seed: int
) -> None:
    history = _legit_history(steps)
    forged = _forgeries(history, seed)
    legit = {r.blob for r in history}
    held: Roster | None = None
    for answer in answers:
        offered = [
            (history[i % len(history)].version, history[i % len(history)].blob)
            if real
            else forged[i % len(forged)]
            for real, i in answer
        ]
        before = held.version if held else 0
        held, _ = accept_chain(TEAM, held, offered, lambda r: r.signer == "lea")
        if held is None:
            continue
        assert held.blob in legit  # only rosters leads really signed
        assert held.version >= before  # never back to an older version
        granters = {mb.keys for mb in held.members if mb.is_lead}
        assert KEYS["mallory"].public_keys not in granters  # she never signs or grants
        assert granters <= {KEYS[name].public_keys for name in LEGIT_LEADS}
