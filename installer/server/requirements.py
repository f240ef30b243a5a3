"""Print the requirements of the server package: the ``server`` extra and the base
dependencies ``sync_server`` and ``sync_protocol`` import (read from pyproject.toml, so the
package follows the project's own version ranges). Not Qt, not the desktop app's libraries.
``psycopg[binary]`` becomes plain ``psycopg``: it then uses Debian's ``libpq5`` (and with it
Debian's OpenSSL) instead of the wheel's private copies, which Debian's updates would not patch."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE_USED = {"cryptography", "pydantic", "orjson"}

project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
base = [r for r in project["dependencies"] if re.split(r"[<>=\[ ]", r)[0] in BASE_USED]
server = [
    r.replace("psycopg[binary]", "psycopg") for r in project["optional-dependencies"]["server"]
]
print(" ".join(sorted(base + server)))
