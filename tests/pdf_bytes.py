"""PDF files written byte by byte for tests: objects in, a file with its xref table out."""
from __future__ import annotations

import io


def pdf_file(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of ``objects`` (numbered from 1; the first is the catalog); ``trailer`` adds
    entries to the trailer dictionary."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1) + trailer
              + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()
