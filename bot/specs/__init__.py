"""Photo specifications: which document needs which photo, and how to ask PicWish for it.

Data comes from two MIT datasets read from their installed packages (visareadynow-passport-specs,
passport-photo-specs) plus the project's sourced overrides in curated.toml.
"""

from .catalog import POPULAR_IDS, Catalog, load_catalog
from .custom import CustomSizeError, looks_like_custom_size, parse_custom_size
from .diagram import render_diagram
from .model import DOCUMENT_KINDS, Spec
from .names import button_title, country_name, document_word, localised_title, short_title
from .picwish_params import face_geometry, picwish_params
from .text import colour_name, requirements_text, size_label

__all__ = [
    "DOCUMENT_KINDS",
    "POPULAR_IDS",
    "Catalog",
    "CustomSizeError",
    "Spec",
    "button_title",
    "colour_name",
    "country_name",
    "document_word",
    "face_geometry",
    "load_catalog",
    "localised_title",
    "looks_like_custom_size",
    "parse_custom_size",
    "picwish_params",
    "render_diagram",
    "requirements_text",
    "short_title",
    "size_label",
]
