"""Screenshots of a virtual X screen without ImageMagick: ``xwd -root`` → PNG, and a blank check."""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

XWD_HEADER = struct.Struct(">25I")


def grab_root(display: str) -> bytes:
    """The whole X screen as an XWD dump (``xwd`` from the Debian package ``x11-apps``)."""
    return subprocess.run(
        ["xwd", "-root", "-silent", "-display", display], capture_output=True, check=True
    ).stdout


def xwd_to_rgb(dump: bytes) -> tuple[int, int, bytes]:
    """Width, height and packed RGB bytes of a 24- or 32-bit TrueColor XWD dump (Xvfb's)."""
    fields = XWD_HEADER.unpack_from(dump)
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = (
        fields[7],
        fields[11],
        fields[12],
        fields[19],
    )
    if bits_per_pixel not in (24, 32) or fields[14:17] != (0xFF0000, 0xFF00, 0xFF):
        raise ValueError(f"unsupported XWD: {bits_per_pixel} bits per pixel, masks {fields[14:17]}")
    offset = header_size + 12 * ncolors
    step = bits_per_pixel // 8
    r, g, b = (2, 1, 0) if byte_order == 0 else (step - 3, step - 2, step - 1)
    rgb = bytearray(width * height * 3)
    for y in range(height):
        row = dump[offset + y * bytes_per_line : offset + y * bytes_per_line + width * step]
        out = y * width * 3
        rgb[out : out + width * 3 : 3] = row[r::step]
        rgb[out + 1 : out + width * 3 : 3] = row[g::step]
        rgb[out + 2 : out + width * 3 : 3] = row[b::step]
    return width, height, bytes(rgb)


def write_png(path: Path, width: int, height: int, rgb: bytes) -> None:
    """An 8-bit RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    stride = width * 3
    raw = b"".join(b"\x00" + rgb[y * stride : (y + 1) * stride] for y in range(height))
    png = b"\x89PNG\r\n\x1a\n" + chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    )
    png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
    path.write_bytes(png)


def content_figures(rgb: bytes) -> tuple[int, float]:
    """Distinct colours (sampled) and the share of pixels unlike the most common colour."""
    pixels = list(zip(rgb[0::3], rgb[1::3], rgb[2::3], strict=True))
    counts: dict[tuple[int, int, int], int] = {}
    for pixel in pixels[::3]:
        counts[pixel] = counts.get(pixel, 0) + 1
    background = max(counts.values())
    sampled = sum(counts.values())
    return len(counts), 1 - background / sampled
