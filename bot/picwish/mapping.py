"""A photo job as PicWish's create-task request (the one place that knows PicWish's fields)."""

from __future__ import annotations

from dataclasses import replace

from bot.photo_job import PhotoJob
from bot.picwish.request import IdPhotoRequest
from bot.specs import picwish_params
from conversation.options import Touchups

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


def _layout_params(job: PhotoJob) -> dict[str, object]:
    sheet = job.sheet
    if job.preview or sheet is None or sheet.paper not in PICWISH_LAYOUT_PAPERS:
        return {}
    params: dict[str, object] = {
        "layout": 1,
        "layout_size": PICWISH_LAYOUT_PAPERS[sheet.paper],
        "layout_vertical": 1 if sheet.vertical else 0,
        "layout_bg_color": sheet.color,
    }
    if sheet.qr:
        params["layout_qr_code_data"] = sheet.qr
    if sheet.label:
        params["layout_label_text"] = sheet.label
    return params


def build_request(job: PhotoJob, *, sync: bool | None = None) -> IdPhotoRequest:
    """The PicWish request for ``job``: the image goes once; afterwards its ``last_id`` only."""
    params = dict(picwish_params(job.spec))
    params["change_bg"] = 1
    params["bg_color"] = job.background
    if job.background2:
        params["bg_color2"] = job.background2
    if job.outfit:
        params["clothes_id"] = job.outfit
    params.update(_touchup_params(job.touchups))
    params["preview"] = 1 if job.preview else 0
    params.update(_layout_params(job))
    if sync is not None:
        params["sync"] = 1 if sync else 0
    request = IdPhotoRequest(**params)  # type: ignore[arg-type]
    if job.image_id:
        return replace(request, last_id=job.image_id)
    if job.upload is not None:
        return replace(request, image_file=job.upload, image_filename="photo.jpg")
    return request
