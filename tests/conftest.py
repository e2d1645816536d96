"""Shared fixtures: the real knowledge base, the real embedding model and one real index per session.

Everything here is real (model, Chroma, files); nothing is mocked. The expensive parts (loading the
model, embedding the whole paper) happen once per session and are shared by every test file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

# Before anything imports chromadb or transformers: no telemetry, no hub.
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# The suite must not be steered by a developer's shell (e.g. ASSISTANT_CHROMA_HOST pointing at a server).
for _name in [n for n in os.environ if n.startswith("ASSISTANT_")]:
    del os.environ[_name]

import pytest  # noqa: E402

from assistant.index import IngestReport, ingest  # noqa: E402
from assistant.knowledge import KnowledgeBase, load_knowledge  # noqa: E402
from assistant.retrieval import HybridRetriever  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.store import VectorStore  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def knowledge_dir(repo_root: Path) -> Path:
    return repo_root / "knowledge"


@pytest.fixture(scope="session")
def kb(knowledge_dir: Path) -> KnowledgeBase:
    return load_knowledge(knowledge_dir)


@pytest.fixture(scope="session")
def embeddings(built_index):
    """The real all-MiniLM-L6-v2 model as the app runs it: the ONNX export the session's ingest made."""
    from assistant.embedding import load_query_embeddings

    settings = built_index[0]
    return load_query_embeddings(settings.resolved_model_path(), settings.data_dir)


@pytest.fixture(scope="session")
def st_embeddings():
    """The same model through sentence-transformers (torch): the reference the ONNX path must match."""
    from assistant.embedding import load_embeddings

    return load_embeddings(Settings().resolved_model_path())


@pytest.fixture(scope="session")
def settings_factory(tmp_path_factory: pytest.TempPathFactory, knowledge_dir: Path) -> Callable[..., Settings]:
    """Settings with a fresh, empty data dir (unless one is given); keyword overrides pass through."""

    def make(**overrides) -> Settings:
        overrides.setdefault("knowledge_dir", knowledge_dir)
        overrides.setdefault("data_dir", tmp_path_factory.mktemp("data"))
        overrides.setdefault("chroma_host", "")
        return Settings(**overrides)

    return make


@pytest.fixture(scope="session")
def built_index(settings_factory, kb: KnowledgeBase) -> tuple[Settings, IngestReport]:
    """The whole knowledge base ingested once into a session tmp dir: (settings, first ingest report)."""
    settings = settings_factory()
    report = ingest(settings, kb, progress=False)
    return settings, report


@pytest.fixture(scope="session")
def index_settings(built_index) -> Settings:
    """Settings whose data_dir holds a current index of knowledge/ (built once per session)."""
    return built_index[0]


@pytest.fixture(scope="session")
def index_store(index_settings: Settings) -> VectorStore:
    return VectorStore(index_settings)


@pytest.fixture(scope="session")
def retriever(index_store: VectorStore, embeddings, kb: KnowledgeBase, index_settings: Settings) -> HybridRetriever:
    return HybridRetriever(index_store, embeddings, kb.glossary, index_settings.candidates, index_settings.rrf_k)


# -- a small knowledge folder, for tests that need a store of their own ----------------------------------------

# The mini paper is the real paper's front matter and §2.1 ¶1-2 (the DoD paragraph), with the same ids.
MINI_KEEP_FROM = "## 2. US NNMI"
MINI_LAST_PARAGRAPH_START = "By 2017, the US Department of Defense"


def write_mini_knowledge(source: Path, target: Path) -> Path:
    """Copy a cut-down knowledge folder into ``target``: front matter and §2.1 ¶1-2, their facts, the glossary."""
    import yaml

    from assistant.reading import parse_markdown

    target.mkdir(parents=True, exist_ok=True)
    text = (source / "paper.md").read_text(encoding="utf-8")
    front = text[: text.index("\n## ")]
    start = text.index(MINI_LAST_PARAGRAPH_START)
    rest = text[text.index(MINI_KEEP_FROM): text.find("\n\n", start)]
    mini = front.rstrip() + "\n\n" + rest.rstrip() + "\n"
    (target / "paper.md").write_text(mini, encoding="utf-8")
    kept = {p.paragraph_id for p in parse_markdown(mini, "paper").paragraphs}
    assert kept == {"front-p1", "front-p2", "front-p3", "front-p4", "s2.1-p1", "s2.1-p2"}, kept
    data = yaml.safe_load((source / "facts.yaml").read_text(encoding="utf-8"))
    data["facts"] = [f for f in data["facts"] if f["paragraph"] in kept]
    (target / "facts.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    shutil.copy(source / "glossary.yaml", target / "glossary.yaml")
    return target


@pytest.fixture
def mini_knowledge(tmp_path: Path, knowledge_dir: Path) -> Path:
    """A private, writable, small knowledge folder (cheap to embed)."""
    return write_mini_knowledge(knowledge_dir, tmp_path / "knowledge")


@pytest.fixture
def assistant_over(tmp_path: Path, settings_factory):
    """An assistant over a knowledge folder of only the documents given as name=Markdown (no facts, no glossary):
    a class of question tested on a text written for it."""
    def make(**documents: str):
        from assistant import Assistant

        folder = tmp_path / "knowledge"
        folder.mkdir(exist_ok=True)
        for name, text in documents.items():
            (folder / f"{name}.md").write_text(text, encoding="utf-8")
        return Assistant(settings_factory(knowledge_dir=folder), notify=None)

    return make


@pytest.fixture(scope="session")
def paper_plus(tmp_path_factory: pytest.TempPathFactory, knowledge_dir: Path, settings_factory):
    """An assistant over the knowledge folder plus ``tests/data/<source>`` (no facts, no glossary entries for it):
    a class of question tested on a document nobody tuned for, beside the paper."""
    def make(source: str):
        import shutil

        from assistant import Assistant

        folder = tmp_path_factory.mktemp("kb") / "knowledge"
        shutil.copytree(knowledge_dir, folder)
        shutil.copy(knowledge_dir.parent / "tests" / "data" / source, folder / source)
        return Assistant(settings_factory(knowledge_dir=folder), notify=None)

    return make


@pytest.fixture(scope="session")
def with_orchard(paper_plus):
    """The paper plus ``tests/data/orchard.md``: one assistant for every module that asks about the orchard."""
    return paper_plus("orchard.md")
