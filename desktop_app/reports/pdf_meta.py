"""What Qt's PDF writer cannot set, added by an incremental update: the document language
(catalog ``/Lang`` and XMP ``dc:language``) and the subject (Info ``/Subject`` and XMP
``dc:description``), kept consistent as PDF/A-1b requires (docs/REPORTS.md, *Files*).

An incremental update appends new versions of the catalog, the Info dictionary and the XMP
metadata stream with a new cross-reference section; the bytes Qt wrote stay as they are.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape


class PdfShapeError(ValueError):
    """The PDF is not shaped as Qt writes it (no classic trailer, catalog or metadata)."""


def _ref(trailer: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+(\d+)\s+0\s+R", trailer)
    if found is None:
        raise PdfShapeError(f"no /{key.decode()} in the trailer")
    return int(found.group(1))


def _object(pdf: bytes, number: int) -> bytes:
    """The last version of object ``number``: everything between ``obj`` and ``endobj``."""
    matches = list(
        re.finditer(rb"(?:^|\n)" + str(number).encode() + rb" 0 obj\s*(.*?)endobj", pdf, re.S)
    )
    if not matches:
        raise PdfShapeError(f"no object {number}")
    return matches[-1].group(1).strip()


def pdf_text(text: str) -> bytes:
    """A PDF text string: UTF-16BE with byte-order mark, as hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _with(dictionary: bytes, entry: bytes) -> bytes:
    if not dictionary.startswith(b"<<"):
        raise PdfShapeError("not a dictionary")
    return b"<< " + entry + b" " + dictionary[2:].lstrip()


def _xmp(metadata: bytes, language: str, subject: str) -> bytes:
    start, end = metadata.find(b"stream"), metadata.rfind(b"endstream")
    if start < 0 or end < 0:
        raise PdfShapeError("the metadata is no stream")
    xmp = metadata[start + len(b"stream") : end].strip(b"\r\n").decode("utf-8")
    extra = (
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li>'
        f"</rdf:Alt></dc:description><dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li>"
        "</rdf:Bag></dc:language>"
    )
    if "</dc:title>" not in xmp:
        raise PdfShapeError("no dc:title in the XMP metadata")
    return xmp.replace("</dc:title>", "</dc:title>" + extra, 1).encode("utf-8")


def add_language_and_subject(pdf: bytes, language: str, subject: str) -> bytes:
    """``pdf`` with an incremental update setting its language and subject."""
    tail = pdf[pdf.rfind(b"trailer") :]
    startxref = re.search(rb"startxref\s+(\d+)", tail)
    size = re.search(rb"/Size\s+(\d+)", tail)
    ids = re.search(rb"/ID\s*(\[[^\]]*\])", tail)
    if startxref is None or size is None or ids is None:
        raise PdfShapeError("no classic trailer")
    root, info = _ref(tail, b"Root"), _ref(tail, b"Info")
    catalog = _object(pdf, root)
    meta_ref = re.search(rb"/Metadata\s+(\d+)\s+0\s+R", catalog)
    if meta_ref is None:
        raise PdfShapeError("no metadata in the catalog")
    meta = int(meta_ref.group(1))
    xmp = _xmp(_object(pdf, meta), language, subject)
    bodies = {
        root: _with(catalog, b"/Lang " + pdf_text(language)),
        info: _with(_object(pdf, info), b"/Subject " + pdf_text(subject)),
        meta: b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp)
        + xmp
        + b"\nendstream",
    }
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for number in sorted(bodies):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + bodies[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    trailer = b"<< /Size %s /Root %d 0 R /Info %d 0 R /ID %s /Prev %s >>" % (
        size.group(1),
        root,
        info,
        ids.group(1),
        startxref.group(1),
    )
    out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
