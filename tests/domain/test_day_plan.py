"""*Heute* as groups (issue 16, item 10): overdue with age, today, this week, later; the user's
cases or the team's; long-overdue plan reviews one line per case; handed-over cases on top."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.agenda import (
    OLD_REVIEWS,
    AgendaItem,
    DayGroup,
    day_plan,
    ordered,
    overdue_days,
)

TODAY = date(2026, 12, 2)  # a Wednesday: this week runs to Sunday, 6 December


def _item(kind: str, case: str, days: int | None, rid: str = "") -> AgendaItem:
    due = None if days is None else TODAY + timedelta(days=days)
    return AgendaItem(kind, case, due, "", "plan", rid or f"{kind}-{case}-{days}")


def _keys(groups: list[DayGroup]) -> dict[str, list[tuple[str, str, int | None]]]:
    return {
        g.key: [
            (i.kind, i.case_id, None if i.due is None else (i.due - TODAY).days) for i in g.items
        ]
        for g in groups
    }


def test_groups_by_due_date() -> None:
    items = ordered(
        [
            _item("follow_up", "a", -3),
            _item("follow_up", "a", 0),
            _item("consent", "b", None),
            _item("permit", "b", 4),  # Sunday: still this week
            _item("permit", "c", 5),  # Monday: later
            _item("review", "c", 20),
        ],
        set(),
        TODAY,
    )
    assert _keys(day_plan(items, TODAY)) == {
        "overdue": [("follow_up", "a", -3)],
        "today": [("consent", "b", None), ("follow_up", "a", 0)],
        "week": [("permit", "b", 4)],
        "later": [("permit", "c", 5), ("review", "c", 20)],
    }
    assert overdue_days(items[0], TODAY) == 3 and overdue_days(items[1], TODAY) == 0


def test_only_my_cases_and_empty_groups_left_out() -> None:
    items = [_item("follow_up", "a", -1), _item("follow_up", "b", 2)]
    assert _keys(day_plan(items, TODAY, mine={"b"})) == {"week": [("follow_up", "b", 2)]}
    assert day_plan(items, TODAY, mine=set()) == []
    assert len(day_plan(items, TODAY, mine=None)) == 2


def test_long_overdue_reviews_collapse_per_case() -> None:
    items = ordered(
        [
            _item("review", "a", -400, "g1"),
            _item("review", "a", -95, "g2"),
            _item("review", "a", -30, "g3"),  # not long overdue: its own line
            _item("review", "b", -91, "g4"),
            _item("follow_up", "a", -200),
        ],
        set(),
        TODAY,
    )
    (overdue,) = day_plan(items, TODAY)
    collapsed = [i for i in overdue.items if i.kind == OLD_REVIEWS]
    assert [(i.case_id, i.text, (TODAY - i.due).days) for i in collapsed if i.due] == [
        ("a", "2", 400),
        ("b", "1", 91),
    ]
    assert [i.kind for i in overdue.items] == [OLD_REVIEWS, "follow_up", OLD_REVIEWS, "review"]
    assert all(i.tab == "plan" for i in collapsed)


def test_handed_over_cases_on_top() -> None:
    items = [_item("follow_up", "a", -1), _item("follow_up", "b", 0)]
    groups = day_plan(items, TODAY, handed_over={"b"})
    assert [g.key for g in groups] == ["handed_over", "overdue"]


ITEMS = st.lists(
    st.builds(
        _item,
        st.sampled_from(["follow_up", "review", "permit", "draft", "consent"]),
        st.sampled_from(["a", "b", "c", "d"]),
        st.one_of(st.none(), st.integers(-500, 60)),
        st.uuids().map(str),
    ),
    max_size=40,
)


@settings(max_examples=200)
@given(ITEMS, st.one_of(st.none(), st.sets(st.sampled_from(["a", "b", "c", "d"]))))
def test_every_item_shows_once(items: list[AgendaItem], mine: set[str] | None) -> None:
    items = ordered(items, set(), TODAY)
    groups = day_plan(items, TODAY, mine)
    shown = [i for g in groups for i in g.items]
    wanted = [i for i in items if mine is None or i.case_id in mine]
    long_ago = [i for i in wanted if i.kind == "review" and i.due and (TODAY - i.due).days > 90]
    collapsed = [i for i in shown if i.kind == OLD_REVIEWS]
    assert sorted(i.case_id for i in collapsed) == sorted({i.case_id for i in long_ago})
    assert sum(int(i.text) for i in collapsed) == len(long_ago)
    rest = [i for i in shown if i.kind != OLD_REVIEWS]
    assert sorted(map(repr, rest)) == sorted(repr(i) for i in wanted if i not in long_ago)
    assert all(g.items for g in groups)
    for g in groups:
        for i in g.items:
            due = i.due or TODAY
            assert {
                "overdue": due < TODAY,
                "today": due == TODAY,
                "week": TODAY < due <= TODAY + timedelta(days=4),
                "later": due > TODAY + timedelta(days=4),
            }[g.key]


def test_an_assigned_follow_up_shows_for_its_assignee_wherever_its_case_is() -> None:
    def follow(case: str, assignee: str) -> AgendaItem:
        return AgendaItem("follow_up", case, TODAY, "", "follow_ups", f"f-{case}", assignee)

    items = [follow("mine", ""), follow("mine", "u2"), follow("other", "u1"), follow("other", "")]
    seen = day_plan(items, TODAY, mine={"mine"}, me="u1")
    assert [(i.case_id, i.assignee) for g in seen for i in g.items] == [
        ("mine", ""),
        ("other", "u1"),
    ]  # u2's task in my case is u2's; my task in another case is mine
    team = day_plan(items, TODAY, mine=None, me="u1")
    assert sum(len(g.items) for g in team) == 4
    unknown = day_plan(items, TODAY, mine={"mine"})  # no user given: by case, as before
    assert [(i.case_id, i.assignee) for g in unknown for i in g.items] == [
        ("mine", ""),
        ("mine", "u2"),
    ]
