"""The one-pass conversation tallies against a plain count, talk by talk (issue 17: the tallies
collect numbered participants instead of walking the tuples per group)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.reports.load import SessionFacts
from desktop_app.reports.talks import Tally, tally_talks

PEOPLE = ("p1", "p2", "p3", "p4", "p5")
FORMS = ("office", "home_visit", "phone")
TOPICS = ("language", "work", "housing")

talk = st.tuples(
    st.builds(
        SessionFacts,
        case_id=st.sampled_from(("c1", "c2")),
        day=st.dates(date(2026, 1, 1), date(2026, 12, 31)),
        minutes=st.integers(0, 300),
        form=st.sampled_from(FORMS),
        interpreter=st.booleans(),
        topics=st.lists(st.sampled_from(TOPICS), max_size=3).map(tuple),
        person_ids=st.just(()),
    ),
    # several persons, repeated tuples and tuples that overlap (("p1",) and ("p1", "p2"))
    st.lists(st.sampled_from(PEOPLE), max_size=3).map(tuple),
    st.sampled_from(("Anna", "Ben", "")),
)


def _plain(chosen: list[tuple[SessionFacts, tuple[str, ...]]]) -> Tally:
    persons = {p for _, who in chosen for p in who}
    return Tally(len(chosen), sum(s.minutes for s, _ in chosen), persons)


@settings(max_examples=200, deadline=None)
@given(st.lists(talk, max_size=40))
def test_every_tally_is_the_plain_count(
    items: list[tuple[SessionFacts, tuple[str, ...], str]],
) -> None:
    talks = [(s, who) for s, who, _ in items]
    credits = [name for _, _, name in items]
    totals = tally_talks(talks, credits)
    assert totals.all == _plain(talks)
    assert totals.interpreter == _plain([t for t in talks if t[0].interpreter])
    assert totals.home_visits == _plain([t for t in talks if t[0].form == "home_visit"])
    assert totals.forms == {f: _plain([t for t in talks if t[0].form == f])
                            for f in {s.form for s, _ in talks}}  # fmt: skip
    assert totals.topics == {k: _plain([t for t in talks if k in t[0].topics])
                             for k in {k for s, _ in talks for k in s.topics}}  # fmt: skip
    assert totals.managers == {m: _plain([t for t, c in zip(talks, credits, strict=True)
                                          if c == m]) for m in set(credits)}  # fmt: skip
    months = {(s.day.year, s.day.month) for s, _ in talks}
    assert totals.months == {
        m: _plain([t for t in talks if (t[0].day.year, t[0].day.month) == m]) for m in months
    }
