"""Traditional Chinese questions in simplified characters (``國會議員`` -> ``国会议员``).

The resolution is printed in simplified Chinese, and readers in Taiwan, Hong Kong and Macao
write traditional characters. OpenCC's character conversion runs before any other reading of
the question (regional terms such as ``资讯``, ``透过`` are in the spoken-words table); the
reader's own text is what the answer shows.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache

import opencc

# The CJK ideograph blocks (extension A, unified, compatibility): every Chinese character a
# question can hold, and all those that differ between the scripts.
_HAN = r"\u3400-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{_HAN}]")
HAN_RUN = re.compile(f"[{_HAN}]+")


def has_chinese(text: str) -> bool:
    """Whether a text has a Chinese character.

    :param text: Any text.
    :returns: ``True`` as soon as one character is in the CJK ideograph blocks.
    """
    return HAN_CHAR.search(text) is not None


class Simplifier:
    """Converts traditional Chinese (and Taiwan phrasing) to simplified Chinese.

    :param config: OpenCC configuration: characters only, since phrase tables rewrite
        simplified text too (Taiwan ``文件`` is mainland ``文档``).
    """

    def __init__(self, config: str = "t2s.json") -> None:
        self._converter = opencc.OpenCC(config)
        # One converter per process; its thread safety is not documented.
        self._lock = threading.Lock()

    def simplified(self, text: str) -> str:
        """The text in simplified characters; text without Chinese is returned as it is.

        :param text: Any text.
        :returns: The converted text.
        """
        if not has_chinese(text):
            return text
        with self._lock:
            return str(self._converter.convert(text))


# Full-width letters and digits (``ｏｐ１２``), as Chinese input methods type them, and the
# Roman numeral characters they offer (``第Ⅻ条``).
_WIDE: dict[int, int | str] = {
    code: code - 0xFEE0
    for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}
_WIDE.update({0x2160 + n: str(n + 1) for n in range(12)})
_WIDE.update({0x2170 + n: str(n + 1) for n in range(12)})
# Vietnamese đ, Polish ł, Turkish dotless ı, Norwegian ø and æ and Azerbaijani ə have no
# decomposition, so NFD alone would keep them.
_WIDE.update({0x0110: "D", 0x0111: "d", 0x0141: "L", 0x0142: "l", 0x0131: "i"})
_WIDE.update({0x00D8: "O", 0x00F8: "o", 0x00C6: "AE", 0x00E6: "ae", 0x018F: "E", 0x0259: "e"})
# Maltese ħ, Icelandic ð and þ.
_WIDE.update({0x0126: "H", 0x0127: "h", 0x00D0: "D", 0x00F0: "d", 0x00DE: "Th", 0x00FE: "th"})
# Circled numbers (``第⑤段``), as some input methods offer them.
_WIDE.update({0x2460 + n: str(n + 1) for n in range(20)})
_ACCENTED = re.compile(r"[\u00c0-\u00ff\u0100-\u017f\u01a0-\u01b0\u0218-\u021b\u1ea0-\u1ef9]")


def folded(text: str) -> str:
    """The text with full-width letters and digits in ASCII (``ｏｐ１２`` -> ``op12``). Spaces
    stay: between Chinese words they separate keywords (``秘书长 报告 七十届``) or clauses.

    :param text: Any text.
    :returns: The folded text.
    """
    text = text.translate(_WIDE)
    if _ACCENTED.search(text):
        # "résolution", "équipes de pays": Latin letters without their accents.
        text = "".join(
            c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
        )
        text = unicodedata.normalize("NFC", text)
    return text


@cache
def bundled_simplifier() -> Simplifier:
    """The process's converter, built once.

    :returns: A ``t2s`` :class:`Simplifier`.
    """
    return Simplifier()
