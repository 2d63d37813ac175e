"""Read a resolution file as text: detect its encoding, refuse what is not text."""

from __future__ import annotations

from pathlib import Path

MAX_BYTES = 64 * 2**20


class InputError(ValueError):
    """An input file cannot be used; the message is one line naming the file and the problem."""


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode resolution text: UTF-8 (with or without BOM), else GB18030; newlines become LF.

    :param data: Raw file content.
    :param name: Shown in error messages.
    :returns: The text.
    :raises InputError: Empty, binary or undecodable content.
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary file (NUL bytes), not a resolution text")
    text = None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None or _looks_binary(text):
        raise InputError(f"{name}: not readable as UTF-8 or GB18030 text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    # GB18030 decodes almost any byte string; real text has few control or private-use chars.
    sample = text[:20000]
    odd = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0xE000 <= ord(ch) <= 0xF8FF
    )
    return odd > max(4, len(sample) // 100)


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Read a resolution file.

    :param path: The file.
    :param max_bytes: Larger files are refused.
    :returns: Its text with LF line endings.
    :raises InputError: Missing, a directory, too large, empty, binary or undecodable.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{path}: {size / 2**20:.0f} MB is larger than the {max_bytes // 2**20} MB limit"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return decode_bytes(data, str(path))
