"""The torch-free query path: the ONNX export matches sentence-transformers, is cached under a fingerprint,
and `ask` / `status` / `--help` import only what they use. (Speed itself is measured in benchmarks/.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.embedding import OnnxEmbeddings, load_query_embeddings
from assistant.index import build_items
from assistant.onnx_export import export_path, model_fingerprint

ROOT = Path(__file__).resolve().parent.parent


def test_onnx_and_sentence_transformers_give_the_same_vectors(embeddings, st_embeddings, kb, index_settings) -> None:
    assert isinstance(embeddings, OnnxEmbeddings), "the session index should have made the ONNX export"
    texts = [it.text for it in build_items(kb, index_settings)]  # passages, sentences and facts of the paper
    reference = np.array(st_embeddings.embed_documents(texts))
    batched = np.array(embeddings.embed_documents(texts))  # padded batches
    assert batched.shape == reference.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    cos = (batched * reference).sum(axis=1)
    assert cos.min() >= 0.9999, texts[int(cos.argmin())]
    # a question alone (no padding), including a long one cut at the model's 256 tokens, as sentence-transformers
    questions = ["How many institutes did DoD fund?", "美国国防部资助了多少个创新研究所？", " ".join(texts[:12])]
    for q in questions:
        a, b = np.array(embeddings.embed_query(q)), np.array(st_embeddings.embed_query(q))
        assert float(a @ b) >= 0.9999, q


def test_the_onnx_path_keeps_the_vocabulary_dictionary(embeddings, st_embeddings) -> None:
    assert embeddings.dictionary == st_embeddings.dictionary
    assert {"treat", "great"} <= embeddings.dictionary and "##ing" not in embeddings.dictionary


def test_ingest_caches_the_export_under_the_model_fingerprint(index_settings, embeddings) -> None:
    model = index_settings.resolved_model_path()
    path = export_path(model, index_settings.data_dir)
    assert path == Path(index_settings.data_dir) / "onnx" / model_fingerprint(model) / "model.onnx"
    assert path.is_file() and path.stat().st_size > 50_000_000
    # the loaded session's file is this one, or (another data folder exported first) a link to or copy of it
    assert Path(embeddings.onnx_path).stat().st_size == path.stat().st_size


def _fake_model(folder: Path, weights: bytes) -> str:
    folder.mkdir()
    (folder / "config.json").write_text('{"hidden_size": 384}')
    (folder / "vocab.txt").write_text("[PAD]\nthe\n")
    (folder / "model.safetensors").write_bytes(weights)
    return str(folder)


def test_fingerprint_follows_the_weights_and_the_configuration(tmp_path: Path) -> None:
    weights = bytes(range(256)) * 20_000  # 5 MB: head and tail are sampled
    a = _fake_model(tmp_path / "a", weights)
    b = _fake_model(tmp_path / "b", weights[:-1] + b"\x00")
    c = _fake_model(tmp_path / "c", weights)
    (tmp_path / "c" / "config.json").write_text('{"hidden_size": 768}')
    assert model_fingerprint(a) == model_fingerprint(a)
    assert len({model_fingerprint(a), model_fingerprint(b), model_fingerprint(c)}) == 3
    assert export_path(a, tmp_path / "data").parent.parent == tmp_path / "data" / "onnx"


def test_a_data_folder_without_the_export_gets_it_from_this_process(embeddings, tmp_path: Path) -> None:
    notes: list[str] = []
    got = load_query_embeddings(embeddings.model_path, tmp_path / "data", notes.append)
    assert got is embeddings  # one session per model and process
    assert export_path(embeddings.model_path, tmp_path / "data").is_file()
    assert notes == []  # reused, not exported again: nothing to say


def test_an_unusable_data_folder_falls_back_to_sentence_transformers(embeddings, st_embeddings, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    notes: list[str] = []
    got = load_query_embeddings(embeddings.model_path, blocker / "data", notes.append)
    assert got is st_embeddings
    assert len(notes) == 1 and "sentence-transformers instead" in notes[0], notes


# -- what each command imports ----------------------------------------------------------------------------

PROBE = """
import json, sys
from assistant.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as e:  # --help
    code = e.code
print("\\n" + json.dumps({"code": code, "modules": sorted(m for m in sys.modules if "." not in m)}))
"""


def _imports(args: list[str], settings) -> tuple[int, set[str], str]:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir),
           "ASSISTANT_KNOWLEDGE_DIR": str(settings.knowledge_dir), "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                       timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    *out, last = r.stdout.rstrip().splitlines()
    data = json.loads(last)
    return data["code"], set(data["modules"]), "\n".join(out)


def test_ask_on_a_current_index_never_imports_torch(index_settings, embeddings) -> None:
    code, modules, out = _imports(["ask", "How many institutes did DoD fund?"], index_settings)
    assert code == 0 and "8 Innovation Institutes" in out
    assert {"onnxruntime", "tokenizers", "chromadb"} <= modules
    assert not modules & {"torch", "sentence_transformers", "transformers", "langchain_huggingface",
                          "langchain_core"}, modules


@pytest.mark.parametrize("args", [["--help"], ["ask", "--help"], ["status"]])
def test_help_and_status_import_neither_the_model_nor_langchain(index_settings, embeddings, args) -> None:
    code, modules, _ = _imports(args, index_settings)
    assert code == 0
    assert not modules & {"torch", "onnxruntime", "tokenizers", "langchain_core", "langchain", "rank_bm25"}, modules
    assert ("chromadb" in modules) == (args == ["status"])  # only status opens the store


def test_the_langchain_runnable_gives_what_ask_gives(index_settings, embeddings) -> None:
    from assistant import Assistant

    a = Assistant(index_settings, notify=None)
    question = "How many institutes did the Department of Energy fund?"
    state = a.chain.invoke({"question": question, "history": [], "k": 5, "timings": {}})
    assert [name for name, _ in a.steps] == ["understand", "retrieve", "compose", "verify"]
    assert state["composition"].answer == a.ask(question).answer
    assert "5" in state["composition"].answer


def test_the_embeddings_are_langchain_embeddings_once_langchain_is_used(embeddings) -> None:
    from langchain_core.embeddings import Embeddings

    from assistant.embedding import register_with_langchain

    register_with_langchain()
    assert isinstance(embeddings, Embeddings)
    import asyncio

    question = "How many institutes?"
    assert asyncio.run(embeddings.aembed_query(question)) == embeddings.embed_query(question)
