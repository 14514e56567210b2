"""Generators for the imaging test corpus (no binary files are committed), with self-checks.

Other ``test_imaging_*`` modules import these helpers; the tests here make sure the corpus is
what it claims to be (a "16 MB" file really is over 15 MB, a bomb really declares its size).
"""

from __future__ import annotations

import io
import os
import random
import struct
import zlib

from PIL import Image, ImageDraw

from bot.imaging import jpeg_markers

MB = 1024 * 1024


def noise(width: int, height: int, seed: int = 0) -> Image.Image:
    """Random RGB pixels: JPEG cannot compress them much, so sizes are realistic or worse."""
    rng = random.Random(seed)
    return Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))


def textured(width: int, height: int, sigma: float = 40, seed: int = 0) -> Image.Image:
    """A photo-like image: gradient plus soft noise (compresses like a real photo)."""
    gradient = Image.linear_gradient("L").resize((width, height))
    grain = _grey_noise((max(1, width // 4), max(1, height // 4)), sigma, seed)
    grain = grain.resize((width, height), Image.Resampling.BICUBIC)
    red = Image.blend(gradient, grain, 0.5)
    green = red.point(lambda v: (v * 3 + 40) % 256)
    return Image.merge("RGB", (red, green, gradient))


def portrait(width: int = 600, height: int = 600, background: str = "#f4f4f4") -> Image.Image:
    """A crude ID-photo stand-in: plain background, head and shoulders, a little texture."""
    im = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(im)
    cx = width // 2
    draw.ellipse((cx - width * 0.42, height * 0.72, cx + width * 0.42, height * 1.4), "#2d3e50")
    draw.rectangle((cx - width * 0.07, height * 0.55, cx + width * 0.07, height * 0.78), "#e0b49a")
    draw.ellipse((cx - width * 0.2, height * 0.12, cx + width * 0.2, height * 0.66), "#e8bfa5")
    draw.chord(
        (cx - width * 0.21, height * 0.08, cx + width * 0.21, height * 0.5), 180, 360, "#3b2a20"
    )
    for dx in (-0.08, 0.08):
        x = cx + width * dx
        draw.ellipse((x - width * 0.02, height * 0.36, x + width * 0.02, height * 0.39), "#2b2b2b")
    draw.arc(
        (cx - width * 0.07, height * 0.45, cx + width * 0.07, height * 0.55), 20, 160, "#9b4a4a", 3
    )
    grain = _grey_noise((width, height), 12, seed=1).convert("RGB")
    return Image.blend(im, grain, 0.06)


def _grey_noise(size: tuple[int, int], sigma: float, seed: int) -> Image.Image:
    """Deterministic grey noise around mid grey with standard deviation ~``sigma``.

    Uniform rather than Gaussian (Image.effect_noise is Gaussian but not seedable).
    """
    uniform = Image.frombytes("L", size, random.Random(seed).randbytes(size[0] * size[1]))
    return uniform.point(lambda v: 128 + (v - 128) * sigma / 74)


def encode(im: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, fmt, **options)
    return buffer.getvalue()


def decode(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def markers(data: bytes) -> list[int]:
    return [segment.marker for segment in jpeg_markers.parse(data)]


def png_bomb(width: int, height: int) -> bytes:
    """A real 1-bit greyscale PNG of ``width`` x ``height`` zero pixels (tiny file, huge image)."""
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
    compressor = zlib.compressobj(9)
    chunks = [compressor.compress(row) for _ in range(height)]
    chunks.append(compressor.flush())
    idat = b"".join(chunks)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def animated_gif(frames: int = 3) -> bytes:
    images = [Image.new("RGB", (300, 300), (i * 80 % 256, 40, 200)) for i in range(frames)]
    return encode(images[0], "GIF", save_all=True, append_images=images[1:], duration=100, loop=0)


def mp4_header() -> bytes:
    """The start of an MP4 file (ftyp box with an ``isom`` brand)."""
    return struct.pack(">I", 24) + b"ftypisom" + b"\x00\x00\x02\x00" + b"isomiso2" + os.urandom(64)


def test_noise_defeats_jpeg_compression() -> None:
    data = encode(noise(400, 400), "JPEG", quality=90)
    assert len(data) > 400 * 400 // 2  # over half a byte per pixel (a photo: ~0.2)


def test_png_bomb_declares_its_size_and_stays_small() -> None:
    data = png_bomb(3000, 2000)
    assert len(data) < 10_000
    with Image.open(io.BytesIO(data)) as im:
        assert im.size == (3000, 2000)
        im.load()  # a valid image, not just a header


def test_portrait_is_an_rgb_image_of_the_requested_size() -> None:
    im = portrait(413, 531)
    assert (im.mode, im.size) == ("RGB", (413, 531))


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def adobe_rgb_profile() -> bytes:
    """A minimal ICC v2 matrix/TRC profile with Adobe RGB (1998) primaries (not sRGB)."""
    description = b"Test Adobe RGB (1998)\x00"
    tags = {
        b"desc": b"desc\x00\x00\x00\x00"
        + struct.pack(">I", len(description))
        + description
        + b"\x00" * (4 + 4 + 2 + 1 + 67),
        b"wtpt": b"XYZ \x00\x00\x00\x00" + _s15(0.9642) + _s15(1.0) + _s15(0.8249),
        b"rXYZ": b"XYZ \x00\x00\x00\x00" + _s15(0.60974) + _s15(0.31111) + _s15(0.01947),
        b"gXYZ": b"XYZ \x00\x00\x00\x00" + _s15(0.20528) + _s15(0.62567) + _s15(0.06087),
        b"bXYZ": b"XYZ \x00\x00\x00\x00" + _s15(0.14919) + _s15(0.06322) + _s15(0.74457),
        b"rTRC": b"curv\x00\x00\x00\x00" + struct.pack(">IH", 1, 563) + b"\x00\x00",
        b"cprt": b"text\x00\x00\x00\x00no copyright\x00\x00\x00\x00",
    }
    tags[b"gTRC"] = tags[b"bTRC"] = tags[b"rTRC"]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, data in tags.items():
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data + b"\x00" * (-len(data) % 4)
    size = offset + len(body)
    header = (
        struct.pack(">I", size)
        + b"\x00" * 4
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + b"\x00" * 12
        + b"acsp"
        + b"\x00" * 24
        + struct.pack(">I", 0)
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\x00" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def test_adobe_rgb_profile_is_a_valid_icc_profile() -> None:
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(io.BytesIO(adobe_rgb_profile()))
    assert "Adobe" in ImageCms.getProfileDescription(profile)
