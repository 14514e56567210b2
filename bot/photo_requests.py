"""Turns a spec and the user's options into a PicWish request, and prices the final."""

from __future__ import annotations

from dataclasses import replace

from bot.picwish import IdPhotoRequest, credits
from bot.specs import Spec, picwish_params
from conversation.options import PhotoOptions, Touchups

#: PicWish's own printable layout supports these papers only (see the API contract).
PICWISH_LAYOUT_PAPERS = {"5inch": "5inch", "6inch": "6inch"}


def _touchup_params(touchups: Touchups) -> dict[str, object]:
    params: dict[str, object] = {}
    for name, flag, factor in (
        ("bright", "auto_bright", "bright_factor"),
        ("smooth", "auto_smooth", "smooth_factor"),
        ("thin_face", "auto_thin_face", "thin_face_factor"),
        ("sharp", "auto_sharp", "sharp_factor"),
    ):
        strength = getattr(touchups, name)
        if strength > 0:
            params[flag] = 1
            params[factor] = strength
    return params


def build_request(
    spec: Spec,
    options: PhotoOptions,
    *,
    preview: bool,
    image: bytes | None = None,
    last_id: str | None = None,
    picwish_layout: bool = False,
) -> IdPhotoRequest:
    """The PicWish request for ``options``: the image goes once; afterwards ``last_id`` only."""
    params = dict(picwish_params(spec))
    params["change_bg"] = 1
    params["bg_color"] = options.bg_color or spec.background
    if options.bg_color2:
        params["bg_color2"] = options.bg_color2
    if options.clothes_id:
        params["clothes_id"] = options.clothes_id
    params.update(_touchup_params(options.touchups))
    params["preview"] = 1 if preview else 0
    if picwish_layout and not preview and options.paper in PICWISH_LAYOUT_PAPERS:
        params.update(
            layout=1,
            layout_size=PICWISH_LAYOUT_PAPERS[options.paper],
            layout_vertical=1 if options.vertical else 0,
            layout_bg_color=options.sheet_color,
        )
        if options.sheet_qr:
            params["layout_qr_code_data"] = options.sheet_qr
        if options.sheet_label:
            params["layout_label_text"] = options.sheet_label
    request = IdPhotoRequest(**params)
    if last_id:
        return replace(request, last_id=last_id)
    return replace(request, image_file=image, image_filename="photo.jpg")


def final_price(spec: Spec, options: PhotoOptions, *, picwish_layout: bool = False) -> int:
    """Credits the final will cost with these options (what the confirmation names)."""
    request = build_request(
        spec, options, preview=False, last_id="x", picwish_layout=picwish_layout
    )
    return credits(request)
