"""Pull pages built by PostgreSQL: the server streams JSON text it did not parse or encode.

For a pull page of 500 records, fetching the rows into Python, base64-encoding every envelope and
dumping the JSON cost the server about 20 µs of CPU per record. On PostgreSQL the page's
``records`` array is instead written by the database in the query (``encode(envelope,
'base64')``, newlines removed; ``to_json`` quotes the strings), as the same compact JSON
``m.PullResponse`` dumps: same keys in the same order, standard base64. The route only puts the
cursors and ``more`` around it. SQLite (a trial server) keeps the Python path
(``api/wire.pull_response``); both answer the same JSON (tests/server/test_api.py).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# One record as ``m.RecordOut`` dumps it (field order of the model; case_id may be null).
_RECORD_JSON = (
    "'{\"record_id\":' || to_json(record_id)::text"
    " || ',\"team_id\":' || to_json(team_id)::text"
    " || ',\"kind\":' || to_json(kind)::text"
    " || ',\"case_id\":' || coalesce(to_json(case_id)::text, 'null')"
    " || ',\"version\":' || version::text"
    " || ',\"deleted\":' || CASE WHEN deleted THEN 'true' ELSE 'false' END"
    " || ',\"key_version\":' || key_version::text"
    " || ',\"envelope\":\"' || translate(encode(envelope, 'base64'), E'\\n', '')"
    ' || \'","seq":\' || seq::text'
    " || ',\"purged\":' || CASE WHEN purged THEN 'true' ELSE 'false' END || '}'"
)

_PAGE = text(
    "SELECT string_agg(" + _RECORD_JSON + ", ',' ORDER BY seq) FILTER (WHERE n <= :room),"
    " max(seq) FILTER (WHERE n <= :room), count(*)"
    " FROM (SELECT *, row_number() OVER (ORDER BY seq) AS n FROM records"
    "  WHERE team_id = :team AND seq > :cursor ORDER BY seq LIMIT :room + 1) AS page"
)


def pull_json(
    conn: Connection, cursors: dict[str, int], limit: int
) -> tuple[bytes, dict[str, int], bool]:
    """The ``records`` array's items (JSON text, comma-separated) after each cursor, in sequence
    order per team, at most ``limit`` in all; the new cursors; whether more are waiting."""
    parts: list[str] = []
    new_cursors = dict(cursors)
    more, left = False, limit
    for team_id in sorted(cursors):
        if left <= 0:
            more = True
            break
        items, last, found = conn.execute(
            _PAGE, {"team": team_id, "cursor": cursors[team_id], "room": left}
        ).one()
        if found > left:
            more, found = True, left
        if items:
            parts.append(items)
            new_cursors[team_id] = int(last)
        left -= found
    return ",".join(parts).encode(), new_cursors, more
