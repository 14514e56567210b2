"""The create-task request: every documented body parameter, its bounds, and its price."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, fields
from urllib.parse import urlsplit, urlunsplit

import aiohttp
from PIL import Image

from bot.picwish.errors import PicWishValidationError

MAX_IMAGE_BYTES = 15 * 1024 * 1024  # "Image size <15MB"
MAX_IMAGE_SIDE = 4096  # "max resolution 4096x4096"
MAX_IMAGE_URL_CHARS = 512

PRICE_STANDARD = 6
PRICE_CLOTHES = 15
PRICE_BEAUTY = 8
PRICE_LAYOUT = 5

BEAUTY_FLAGS = ("auto_bright", "auto_smooth", "auto_thin_face", "auto_sharp")

# Fields sent as 0/1 integers.
_FLAGS = (
    "sync",
    "change_bg",
    *BEAUTY_FLAGS,
    "preview",
    "add_label",
    "layout",
    "layout_vertical",
)
_FACE_GROUPS = ("face_width", "face_height", "head_top", "chin_top", "eyes_top")
# Integer fields with documented (or, for the lower ends, assumed) inclusive bounds.
_INT_RANGES: dict[str, tuple[int, int | None]] = {
    "return_type": (1, 2),
    "spec_id": (1, None),
    "dpi": (10, 1000),
    "px_width": (1, 1799),
    "px_height": (1, 1799),
    "mm_width": (1, 179),
    "mm_height": (1, 179),
    "quality": (1, 100),
    "min_file_size": (0, None),
    "max_file_size": (0, None),
    "label_height": (0, None),
    "layout_qr_code_size": (0, None),
    # face constraints, in pixels
    **{f"{p}{name}": (0, None) for name in _FACE_GROUPS for p in ("", "min_", "max_")},
}
_FACTORS = ("bright_factor", "smooth_factor", "thin_face_factor", "sharp_factor")
_HEX_COLOURS = ("bg_color", "bg_color2", "layout_bg_color")
_CHOICES: dict[str, tuple[str, ...]] = {"format": ("png", "jpg"), "layout_size": ("5inch", "6inch")}
_PAIRS = (("px_width", "px_height"), ("mm_width", "mm_height"))
_MIN_MAX = (*_FACE_GROUPS, "file_size")

_SIZE_RE = re.compile(r"(\d+)x(\d+)")
_HEX_RE = re.compile(r"[0-9A-Fa-f]{6}")
_CLOTHES_RE = re.compile(r"(man|woman|child)_([1-9]\d?)")
_CLOTHES_MAX = {"man": 20, "woman": 20, "child": 10}
_URL_SCHEMES = ("http", "https", "oss")
_TELEGRAM_TOKEN_RE = re.compile(r"/bot\d+:[A-Za-z0-9_-]+")

# (magic bytes, their offset, format, file extension, MIME type)
_MAGIC: tuple[tuple[bytes, int, str, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "jpeg", "jpg", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "png", "png", "image/png"),
    (b"BM", 0, "bmp", "bmp", "image/bmp"),
    (b"II*\x00", 0, "tiff", "tiff", "image/tiff"),
    (b"MM\x00*", 0, "tiff", "tiff", "image/tiff"),
    (b"WEBP", 8, "webp", "webp", "image/webp"),
)


@dataclass(frozen=True)
class ImageInfo:
    """What ``detect_image`` learnt from an image's bytes."""

    format: str
    extension: str
    content_type: str
    width: int
    height: int


def detect_image(data: bytes) -> ImageInfo:
    """Identify jpg/png/bmp/webp/tiff from the bytes and read the pixel size from the header.

    Raises ``PicWishValidationError`` for an unsupported or unreadable file, or one over the
    documented limits (< 15 MB, at most 4096 x 4096).
    """
    if len(data) >= MAX_IMAGE_BYTES:
        raise PicWishValidationError(
            "image_file",
            f"image is {len(data)} bytes, the limit is under {MAX_IMAGE_BYTES} bytes (15 MB)",
            message_id="picwish-image-too-large",
            message_args={"size_mb": f"{len(data) / 1024 / 1024:.1f}", "limit_mb": "15"},
        )
    found = next(
        (
            (fmt, ext, mime)
            for magic, offset, fmt, ext, mime in _MAGIC
            if data[offset : offset + len(magic)] == magic
            and (fmt != "webp" or data[:4] == b"RIFF")
        ),
        None,
    )
    if found is None:
        raise PicWishValidationError(
            "image_file",
            "not a jpg, jpeg, png, bmp, webp or tiff file",
            message_id="picwish-image-unsupported",
        )
    fmt, ext, mime = found
    try:
        with Image.open(io.BytesIO(data)) as img:  # reads the header only
            width, height = img.size
    except Exception as exc:  # Pillow raises many types for broken headers
        raise PicWishValidationError(
            "image_file",
            f"{fmt} header unreadable ({type(exc).__name__})",
            message_id="picwish-invalid-image",
        ) from None
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise PicWishValidationError(
            "image_file",
            f"image is {width}x{height} px, the limit is {MAX_IMAGE_SIDE}x{MAX_IMAGE_SIDE}",
            message_id="picwish-image-too-many-pixels",
            message_args={"width": str(width), "height": str(height), "limit": str(MAX_IMAGE_SIDE)},
        )
    return ImageInfo(fmt, ext, mime, width, height)


def redact_url(url: str) -> str:
    """A URL safe to log or store: no user info, query or fragment, no Telegram bot token."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        path = _TELEGRAM_TOKEN_RE.sub("/bot<redacted>", parts.path)
        return urlunsplit((parts.scheme, host, path, "", ""))
    except ValueError:
        return "<unparseable url>"


def _bad(field_name: str, detail: str, allowed: str) -> PicWishValidationError:
    return PicWishValidationError(
        field_name, detail, message_args={"field": field_name, "allowed": allowed}
    )


def _range_text(low: int | float, high: int | float | None) -> str:
    return f"{low} or more" if high is None else f"{low}–{high}"


@dataclass
class IdPhotoRequest:
    """Body of ``POST /api/tasks/visual/external/idphoto``. ``None`` means "not sent".

    ``image_filename`` is not an API field: it names the uploaded ``image_file`` part (derived
    from the detected format when ``None``).
    """

    image_file: bytes | None = field(default=None, repr=False)
    image_filename: str | None = None
    image_url: str | None = field(default=None, repr=False)  # may embed a bot token
    last_id: str | None = None
    sync: int | None = None
    size: str | None = None
    format: str | None = None
    return_type: int | None = None
    spec_id: int | None = None
    dpi: int | None = None
    px_width: int | None = None
    px_height: int | None = None
    mm_width: int | None = None
    mm_height: int | None = None
    change_bg: int | None = None
    bg_color: str | None = None
    bg_color2: str | None = None
    face_width: int | None = None
    min_face_width: int | None = None
    max_face_width: int | None = None
    face_height: int | None = None
    min_face_height: int | None = None
    max_face_height: int | None = None
    head_top: int | None = None
    min_head_top: int | None = None
    max_head_top: int | None = None
    chin_top: int | None = None
    min_chin_top: int | None = None
    max_chin_top: int | None = None
    eyes_top: int | None = None
    min_eyes_top: int | None = None
    max_eyes_top: int | None = None
    auto_bright: int | None = None
    bright_factor: float | None = None
    auto_smooth: int | None = None
    smooth_factor: float | None = None
    auto_thin_face: int | None = None
    thin_face_factor: float | None = None
    auto_sharp: int | None = None
    sharp_factor: float | None = None
    clothes_id: str | None = None
    preview: int | None = None
    quality: int | None = None
    min_file_size: int | None = None
    max_file_size: int | None = None
    add_label: int | None = None
    label_text: str | None = None
    label_height: int | None = None
    layout: int | None = None
    layout_vertical: int | None = None
    layout_size: str | None = None
    layout_bg_color: str | None = None
    layout_qr_code_data: str | None = None
    layout_qr_code_size: int | None = None
    layout_label_text: str | None = None

    # -- inputs ---------------------------------------------------------------------------

    @property
    def uses_last_id_only(self) -> bool:
        """True when the request relies on ``last_id`` alone for its image."""
        return self.last_id is not None and self.image_file is None and self.image_url is None

    @property
    def is_free(self) -> bool:
        """``preview=1`` requests return a watermarked image and consume no credits."""
        return self.preview == 1

    # -- validation -----------------------------------------------------------------------

    def validate(self) -> None:
        """Check every documented bound and input limit; raise ``PicWishValidationError``."""
        self._validate_inputs()
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or f.name in ("image_file", "image_url", "image_filename"):
                continue
            self._validate_field(f.name, value)
        for a, b in _PAIRS:
            if (getattr(self, a) is None) != (getattr(self, b) is None):
                raise _bad(a, f"{a} and {b} must be given together", f"{a} + {b}")
        for name in _MIN_MAX:
            low, high = getattr(self, f"min_{name}"), getattr(self, f"max_{name}")
            if low is not None and high is not None and low > high:
                raise _bad(f"min_{name}", f"min_{name} {low} > max_{name} {high}", f"≤ {high}")

    def _validate_inputs(self) -> None:
        if self.image_file is None and self.image_url is None and self.last_id is None:
            raise PicWishValidationError(
                "image_file",
                "one of image_file, image_url or last_id is required",
                message_id="picwish-no-image",
            )
        if self.image_file is not None:
            if not isinstance(self.image_file, bytes | bytearray | memoryview):
                raise _bad("image_file", "must be bytes", "bytes")
            detect_image(bytes(self.image_file))
        if self.image_url is not None:
            url = self.image_url
            if not isinstance(url, str) or not url:
                raise _bad("image_url", "must be a non-empty string", "URL")
            if len(url) > MAX_IMAGE_URL_CHARS:
                raise _bad(
                    "image_url",
                    f"{len(url)} characters, at most {MAX_IMAGE_URL_CHARS}",
                    f"≤ {MAX_IMAGE_URL_CHARS} characters",
                )
            if urlsplit(url).scheme.lower() not in _URL_SCHEMES:
                raise _bad("image_url", "scheme must be http, https or oss", "http, https, oss")
        if self.last_id is not None and (not isinstance(self.last_id, str) or not self.last_id):
            raise _bad("last_id", "must be a non-empty image_id string", "image_id")

    @staticmethod
    def _validate_field(name: str, value: object) -> None:  # noqa: C901 - one rule per kind
        if name in _FLAGS:
            if isinstance(value, int) and value in (0, 1):
                return
            raise _bad(name, f"must be 0 or 1 (got {value!r})", "0, 1")
        if name in _INT_RANGES:
            low, high = _INT_RANGES[name]
            if not isinstance(value, int) or isinstance(value, bool):
                raise _bad(name, f"must be an integer (got {value!r})", _range_text(low, high))
            if value < low or (high is not None and value > high):
                allowed = _range_text(low, high)
                raise _bad(name, f"must be {allowed} (got {value})", allowed)
            return
        if name in _FACTORS:
            ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
            if not ok:
                raise _bad(name, f"must be a number in [0, 1] (got {value!r})", "0–1")
            return
        if not isinstance(value, str):
            raise _bad(name, f"must be a string (got {type(value).__name__})", "text")
        if name == "size":
            match = _SIZE_RE.fullmatch(value)
            if not match or not all(100 <= int(v) <= 2000 for v in match.groups()):
                detail = f"must be WIDTHxHEIGHT, each 100–2000 (got {value!r})"
                raise _bad(name, detail, "100x100–2000x2000")
        elif name in _HEX_COLOURS:
            if not _HEX_RE.fullmatch(value):
                raise _bad(name, f"must be 6 hex digits like FFFFFF (got {value!r})", "RRGGBB")
        elif name in _CHOICES:
            if value not in _CHOICES[name]:
                allowed = ", ".join(_CHOICES[name])
                raise _bad(name, f"must be one of {allowed} (got {value!r})", allowed)
        elif name == "clothes_id":
            match = _CLOTHES_RE.fullmatch(value)
            if not match or int(match.group(2)) > _CLOTHES_MAX[match.group(1)]:
                raise _bad(
                    name,
                    f"must be man_1..20, woman_1..20 or child_1..10 (got {value!r})",
                    "man_1–20, woman_1–20, child_1–10",
                )

    # -- wire format ----------------------------------------------------------------------

    def form_fields(self) -> list[tuple[str, str]]:
        """Every non-``None`` text field as sent in the multipart body (no ``image_file``)."""
        out: list[tuple[str, str]] = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or f.name in ("image_file", "image_filename"):
                continue
            out.append((f.name, _wire(value)))
        return out

    def image_part(self) -> tuple[bytes, str, str] | None:
        """``(bytes, filename, content type)`` of the ``image_file`` part, if any."""
        if self.image_file is None:
            return None
        data = bytes(self.image_file)
        info = detect_image(data)
        name = self.image_filename or f"photo.{info.extension}"
        return data, name, info.content_type

    def build_form(self) -> aiohttp.FormData:
        """A fresh multipart body (aiohttp consumes a ``FormData`` when it is sent)."""
        form = aiohttp.FormData()
        part = self.image_part()
        if part is not None:
            data, name, mime = part
            # A stream, not raw bytes: aiohttp then writes a 15 MB upload in chunks.
            form.add_field("image_file", io.BytesIO(data), filename=name, content_type=mime)
        for name, value in self.form_fields():
            form.add_field(name, value)
        return form

    def log_params(self) -> dict[str, object]:
        """The form fields for logs and the ledger: no image bytes, no secrets in URLs."""
        params: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or f.name in ("image_file", "image_filename"):
                continue
            params[f.name] = redact_url(value) if f.name == "image_url" else value
        part = self.image_part() if self.image_file is not None else None
        if part is not None:
            params["image_file"] = {"filename": part[1], "bytes": len(part[0]), "type": part[2]}
        return params


def _wire(value: object) -> str:
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".") or "0"
    return str(value)


def credits(request: IdPhotoRequest) -> int:
    """Credits a successful task costs, per the price list.

    ``preview=1`` → 0; otherwise 6 (15 instead with ``clothes_id``), +8 if any beauty option
    (``auto_bright``/``auto_smooth``/``auto_thin_face``/``auto_sharp`` = 1), +5 with ``layout=1``.
    """
    if request.preview == 1:
        return 0
    total = PRICE_CLOTHES if request.clothes_id else PRICE_STANDARD
    if any(getattr(request, name) == 1 for name in BEAUTY_FLAGS):
        total += PRICE_BEAUTY
    if request.layout == 1:
        total += PRICE_LAYOUT
    return total
