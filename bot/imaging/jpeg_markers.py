"""Lossless JPEG marker surgery: drop metadata, set the DPI, pad to a minimum size.

Re-encoding a JPEG costs quality and changes its file size; these helpers edit only the
segments around the compressed data, so the pixels stay bit-for-bit identical.
"""

from __future__ import annotations

from dataclasses import dataclass

SOI = 0xD8
EOI = 0xD9
SOS = 0xDA
APP0 = 0xE0
APP14 = 0xEE
COM = 0xFE
SOF_BASELINE = 0xC0
# Start-of-frame markers (C4 = DHT, C8 = JPG and CC = DAC are not frames).
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and RST0-7 carry no length
_MAX_SEGMENT_PAYLOAD = 0xFFFF - 2
_MIN_COMMENT_SEGMENT = 4  # FF FE + 2 length bytes, empty payload


@dataclass(frozen=True)
class Segment:
    """One marker and its raw bytes (for SOS, including the entropy-coded data after it)."""

    marker: int
    raw: bytes


def parse(data: bytes) -> list[Segment]:
    """Split a JPEG into segments, SOI to the first EOI; raises ValueError if malformed.

    Anything after the first EOI (MPF secondary images, trailers) is not returned.
    """
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG (no SOI)")
    segments = [Segment(SOI, data[:2])]
    pos = 2
    while True:
        pos = _skip_fill(data, pos)
        marker = data[pos + 1]
        if marker == EOI:
            segments.append(Segment(EOI, data[pos : pos + 2]))
            return segments
        if marker in _STANDALONE:
            segments.append(Segment(marker, data[pos : pos + 2]))
            pos += 2
            continue
        if pos + 4 > len(data):
            raise ValueError("truncated segment header")
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise ValueError(f"bad length for marker {marker:#04x}")
        if marker == SOS:
            end = _entropy_end(data, end)
        segments.append(Segment(marker, data[pos:end]))
        pos = end


def _skip_fill(data: bytes, pos: int) -> int:
    """Position of the 0xFF that starts the next marker (skipping 0xFF fill bytes)."""
    if pos >= len(data) or data[pos] != 0xFF:
        raise ValueError(f"expected a marker at offset {pos}")
    while pos + 1 < len(data) and data[pos + 1] == 0xFF:
        pos += 1
    if pos + 1 >= len(data):
        raise ValueError("truncated before a marker")
    return pos


def _entropy_end(data: bytes, pos: int) -> int:
    """Offset of the first real marker after entropy-coded data starting at ``pos``."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            raise ValueError("entropy-coded data runs to the end of the file (truncated)")
        follower = data[pos + 1]
        # FF00 is a stuffed data byte, FFD0-FFD7 are restart markers inside the scan.
        if follower == 0x00 or 0xD0 <= follower <= 0xD7:
            pos += 2
        elif follower == 0xFF:
            pos += 1
        else:
            return pos


def frame_marker(segments: list[Segment]) -> int | None:
    """The SOF marker (0xC0 baseline, 0xC2 progressive, ...), or None."""
    return next((s.marker for s in segments if s.marker in _SOF_MARKERS), None)


def is_baseline(data: bytes) -> bool:
    """True for a well-formed baseline (SOF0) JPEG."""
    try:
        return frame_marker(parse(data)) == SOF_BASELINE
    except (ValueError, IndexError):
        return False


def jfif_app0(dpi: int | None) -> bytes:
    """A JFIF 1.01 APP0 segment: ``dpi`` dots per inch, or a 1:1 aspect ratio when None."""
    units, density = (1, dpi) if dpi else (0, 1)
    if not 0 < density <= 0xFFFF:
        raise ValueError(f"density out of range: {density}")
    payload = (
        b"JFIF\x00\x01\x01"
        + bytes([units])
        + density.to_bytes(2, "big") * 2
        + b"\x00\x00"  # no thumbnail
    )
    return b"\xff\xe0" + (len(payload) + 2).to_bytes(2, "big") + payload


def _is_adobe(segment: Segment) -> bool:
    return segment.marker == APP14 and segment.raw[4:9] == b"Adobe"


def _keep(segment: Segment) -> bool:
    """Structural segments stay; every APPn except Adobe's colour-transform one goes."""
    if 0xE0 <= segment.marker <= 0xEF:
        return _is_adobe(segment)
    return segment.marker != COM


def clean(data: bytes, *, dpi: int | None = None) -> bytes:
    """Drop EXIF/GPS, XMP, ICC, IPTC, MPF, comments and trailers; write a fresh JFIF header.

    Only for YCbCr or greyscale JPEGs (a JFIF header would change how an Adobe RGB/CMYK JPEG
    decodes): callers check the decoded mode first. Raises ValueError if ``data`` is malformed.
    """
    segments = parse(data)
    body = b"".join(s.raw for s in segments[1:] if _keep(s))
    return segments[0].raw + jfif_app0(dpi) + body


def pad(data: bytes, target_size: int) -> bytes:
    """Grow a JPEG to exactly ``target_size`` bytes with comment segments after the header.

    Decoders skip comments, so the pixels do not change. Padding by 1-3 bytes is impossible
    (the smallest segment is 4 bytes): then the result is up to 3 bytes larger than asked.
    """
    missing = target_size - len(data)
    if missing <= 0:
        return data
    missing = max(missing, _MIN_COMMENT_SEGMENT)
    segments = parse(data)
    comments = []
    while missing > 0:
        payload_len = min(missing - 4, _MAX_SEGMENT_PAYLOAD)
        if 0 < missing - (payload_len + 4) < _MIN_COMMENT_SEGMENT:
            payload_len -= _MIN_COMMENT_SEGMENT  # leave room for a last, minimal segment
        comments.append(b"\xff\xfe" + (payload_len + 2).to_bytes(2, "big") + b" " * payload_len)
        missing -= payload_len + 4
    insert_at = 2 if segments[1].marker != APP0 else 2 + len(segments[1].raw)
    return data[:insert_at] + b"".join(comments) + data[insert_at:]
