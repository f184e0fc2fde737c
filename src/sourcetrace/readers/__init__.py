"""Readers turn bytes into a `Document`: plain text (offsets into it exactly) or HTML."""

from __future__ import annotations

from .text import (
    DEFAULT_MAX_BYTES,
    check_size,
    check_text_size,
    decode_input,
    looks_like_html,
    plain_document,
    read_document,
    read_path,
)

__all__ = ["DEFAULT_MAX_BYTES", "check_size", "check_text_size", "decode_input", "looks_like_html", "plain_document", "read_document", "read_path"]
