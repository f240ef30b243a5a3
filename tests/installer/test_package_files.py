"""The generated parts of the Debian packages: man pages, copyright, ELF tidying, shlibdeps.

The packages themselves are built, linted and installed by ``make installer-test``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import make_copyright  # noqa: E402
import make_manpages  # noqa: E402
import tidy_elf  # noqa: E402
from check_bundle import needed  # noqa: E402


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("man")
    make_manpages.main(out)
    return out


def test_man_pages_list_every_command_and_option(pages: Path) -> None:
    from desktop_app.cli import build_parser

    text = (pages / "fallakte.1").read_text("utf-8")
    for name, _ in make_manpages.commands(build_parser()):
        assert f".SS {make_manpages.roff(name)}\n" in text
    assert "\\fB\\-\\-require\\-keyring\\fR" in text
    assert "\\fB\\-\\-demo\\fR" in (pages / "fallakte-desktop.1").read_text("utf-8")
    assert ".SS migrate\n" in (pages / "fallakte-server.1").read_text("utf-8")


@pytest.mark.skipif(shutil.which("man") is None, reason="needs man-db")
@pytest.mark.parametrize("page", ["fallakte", "fallakte-desktop", "fallakte-server"])
def test_man_pages_render_without_warnings(pages: Path, page: str) -> None:
    result = subprocess.run(
        ["man", "--warnings", "-l", "-Tutf8", str(pages / f"{page}.1")],
        capture_output=True,
        text=True,
        env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin", "MAN_KEEP_FORMATTING": ""},
        check=True,
    )
    assert result.stderr == ""
    assert "SYNOPSIS" in re.sub(".\b", "", result.stdout)  # no pager: bold as overstrike


def test_full_common_licences_become_pointers_others_stay() -> None:
    apache = Path("/usr/share/common-licenses/Apache-2.0")
    if apache.exists():
        assert make_copyright.shortened(apache.read_text("utf-8")) == make_copyright.pointer(
            "Apache-2.0"
        )
    mit = "MIT License\n\nCopyright (c) 2024 Someone\n\nPermission is hereby granted, free..."
    assert make_copyright.shortened(mit) == mit


def test_the_bundled_icons_carry_their_licence_texts() -> None:
    text = make_copyright.icons_paragraph("opt/fallakte/_internal")
    assert text.startswith("Files: opt/fallakte/_internal/resources/icons/ui/*\nCopyright: ")
    assert "\nLicense: ISC and MIT\n" in text
    assert " ISC License\n" in text and " The MIT License (MIT)" in text
    icons = ROOT / "resources" / "icons" / "ui"
    assert sorted(p.name for p in icons.iterdir() if p.suffix != ".svg") == ["LICENSE"]
    assert all("lucide" in p.read_text("utf-8") for p in icons.glob("*.svg"))


def test_copyright_field_keeps_blank_lines_as_dots() -> None:
    assert make_copyright.field("License", "MIT", "a\n\nb\n") == "License: MIT\n a\n .\n b"


@pytest.mark.skipif(shutil.which("patchelf") is None, reason="needs patchelf")
def test_tidy_elf_drops_foreign_runpath_and_links_libc(tmp_path: Path) -> None:
    import _ssl

    lib = tmp_path / Path(_ssl.__file__).name
    shutil.copy(_ssl.__file__, lib)
    subprocess.run(
        ["patchelf", "--set-rpath", "/root/build-machine/lib:$ORIGIN/sub", str(lib)], check=True
    )
    subprocess.run(["patchelf", "--remove-needed", "libc.so.6", str(lib)], check=True)
    lib.chmod(0o755)
    assert tidy_elf.main(tmp_path) == 0
    assert tidy_elf.runpath(lib) == ["$ORIGIN/sub"]
    assert "libc.so.6" in needed(lib)
    assert lib.stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(shutil.which("dpkg-shlibdeps") is None, reason="needs dpkg-dev")
def test_shlibdeps_gives_versioned_depends(tmp_path: Path) -> None:
    import _ssl

    shutil.copy(_ssl.__file__, tmp_path / Path(_ssl.__file__).name)
    out = subprocess.run(
        [str(ROOT / "installer" / "shlibdeps.sh"), "x", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "libssl3 (>= 3" in out and "libc6 (>= 2." in out
