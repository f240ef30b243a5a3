"""The consent rules: valid on a day (given, revoked, backdated), whose it is, whom it covers."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.consent import (
    belongs_to,
    covering,
    covers,
    missing_consent,
    referral_recipient,
    revocation_errors,
    valid_on,
)
from desktop_app.domain.record import Record

DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


def _consent(given_on: date | None, revoked_on: date | None = None, **more: object) -> Record:
    payload = {
        "given_on": given_on.isoformat() if given_on else None,
        "revoked_on": revoked_on.isoformat() if revoked_on else None,
        "scope": "Schweigepflichtentbindung",
        **more,
    }
    return Record("c1", "consent", "t1", "case1", payload)


@given(DAYS, DAYS)
def test_an_unrevoked_consent_is_valid_from_the_day_it_was_given(given_on: date, day: date) -> None:
    assert valid_on(_consent(given_on).payload, day) == (given_on <= day)


@given(DAYS, st.integers(0, 400), DAYS)
def test_a_revocation_ends_validity_from_its_own_day(
    given_on: date, length: int, day: date
) -> None:
    revoked_on = given_on + timedelta(days=length)
    payload = _consent(given_on, revoked_on).payload
    assert valid_on(payload, day) == (given_on <= day < revoked_on)
    assert not valid_on(payload, revoked_on)  # the day of the revocation itself is not covered


@given(DAYS, st.integers(1, 300), st.integers(0, 300))
def test_a_backdated_revocation_is_recorded_and_ends_validity_back_then(
    given_on: date, back: int, after: int
) -> None:
    today = given_on + timedelta(days=back + after)
    revoked_on = today - timedelta(days=back)
    assert revocation_errors(given_on, revoked_on, today) == []
    payload = _consent(given_on, revoked_on).payload
    assert valid_on(payload, revoked_on - timedelta(days=1)) == (revoked_on > given_on)
    assert not any(valid_on(payload, revoked_on + timedelta(days=d)) for d in range(back + 1))


@given(DAYS, st.integers(1, 100))
def test_a_revocation_is_refused_before_given_and_after_today(day: date, gap: int) -> None:
    early = revocation_errors(day, day - timedelta(days=gap), day + timedelta(days=gap))
    ahead = revocation_errors(day, day + timedelta(days=gap), day)
    assert [e.code for e in early] == ["revoked_before_given"]
    assert [e.code for e in ahead] == ["revoked_in_future"]
    assert [e.code for e in revocation_errors(day, None, day)] == ["revoked_missing"]


def test_missing_or_broken_dates_are_never_valid() -> None:
    assert not valid_on({"given_on": None}, date(2026, 5, 1))
    assert not valid_on({"given_on": "1.5.2026"}, date(2026, 5, 1))


def test_a_consent_belongs_to_its_person_and_an_unnamed_one_to_the_main_client() -> None:
    assert belongs_to({"person_id": "p2"}, "p2", "p1")
    assert not belongs_to({"person_id": "p2"}, "p1", "p1")
    assert belongs_to({"person_id": None}, "p1", "p1")
    assert not belongs_to({"person_id": None}, "p2", "p1")
    assert not belongs_to({"person_id": None}, "p1", None)


def test_a_consent_covers_a_recipient_whose_name_holds_all_its_words() -> None:
    assert covers({"recipient": "Jobcenter"}, "Jobcenter Esslingen")
    assert covers({"recipient": "jobcenter  esslingen"}, "Jobcenter Esslingen – U25")
    assert covers({"recipient": "Bürgeramt"}, "Buergeramt Plochingen")
    assert covers({"recipient": "Straße"}, "Strasse 4")
    assert not covers({"recipient": "Jobcenter Esslingen"}, "Jobcenter Stuttgart")
    assert not covers({"recipient": "Jobcenter Esslingen"}, "Jobcenter")
    assert not covers({"recipient": None}, "Jobcenter")
    assert not covers({"recipient": "Jobcenter"}, "")


@given(st.text(min_size=1, max_size=30), st.text(max_size=30))
def test_a_name_covers_itself_and_any_longer_name_that_holds_it(name: str, more: str) -> None:
    if covers({"recipient": name}, name):  # names with at least one word
        assert covers({"recipient": name}, f"{more} {name} {more}")


def test_covering_finds_a_valid_consent_of_the_person_for_the_recipient() -> None:
    today = date(2026, 6, 1)
    consents = [
        _consent(date(2026, 1, 1), person_id="p1", recipient="Agentur für Arbeit"),
        _consent(date(2026, 1, 1), date(2026, 5, 1), person_id="p2", recipient="Jobcenter"),
        _consent(date(2026, 7, 1), person_id="p2", recipient="Jobcenter"),
    ]
    assert covering(consents, "p1", "p1", "Agentur für Arbeit Göppingen", today) is consents[0]
    assert covering(consents, "p2", "p1", "Agentur für Arbeit", today) is None  # p1's
    assert covering(consents, "p2", "p1", "Jobcenter Esslingen", today) is None  # revoked, later
    assert covering(consents, "p2", "p1", "Jobcenter", date(2026, 4, 30)) is consents[1]
    gone = Record("c9", "consent", "t1", "case1", consents[0].payload, deleted=True)
    assert covering([gone], "p1", "p1", "Agentur für Arbeit", today) is None


def test_a_referral_names_its_typed_recipient_or_its_offer() -> None:
    offer = Record("o1", "offer", "t1", "", {"title": "Beratung U25", "provider": "Jobcenter Ulm"})
    assert referral_recipient({"recipient": " Schule am Park "}, [offer]) == "Schule am Park"
    assert referral_recipient({"offer_id": "o1"}, [offer]) == "Jobcenter Ulm Beratung U25"
    assert referral_recipient({"offer_id": None, "target": "jobcenter"}, [offer]) is None


def test_a_referral_misses_a_consent_until_one_of_its_person_covers_it() -> None:
    today = date(2026, 6, 1)
    offer = Record("o1", "offer", "t1", "", {"title": "Beratung U25", "provider": "Jobcenter Ulm"})
    referral = Record("r1", "referral", "t1", "case1", {"offer_id": "o1", "person_id": "p2"})
    mains = [_consent(date(2026, 1, 1), person_id="p1", recipient="Jobcenter")]
    assert missing_consent(referral, mains, [offer], "p1", today) == "Jobcenter Ulm Beratung U25"
    own = [*mains, _consent(date(2026, 1, 1), person_id="p2", recipient="Jobcenter Ulm")]
    assert missing_consent(referral, own, [offer], "p1", today) is None
    to_nobody = Record("r2", "referral", "t1", "case1", {"target": "jobcenter"})
    assert missing_consent(to_nobody, [], [offer], "p1", today) is None
