"""The ONNX export of the embedding model, made once and cached in the data folder under a fingerprint.

``torch.onnx.export`` (the TorchScript exporter, ``dynamo=False``) of a small wrapper: the transformer,
then mean pooling over the attention mask and L2 normalisation, exactly the modules sentence-transformers
stacks for all-MiniLM-L6-v2. (optimum is not used: it downgrades transformers and breaks
sentence-transformers.) Only ``export_onnx`` imports torch; finding the cached file does not.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from pathlib import Path

# Bump when the exported graph changes (inputs, pooling, opset): old exports are then ignored.
EXPORT_VERSION = 1
OPSET = 17
_FINGERPRINT_FILES = ("config.json", "tokenizer.json", "vocab.txt", "modules.json", "sentence_bert_config.json",
                      "1_Pooling/config.json")
_WEIGHTS = ("model.safetensors", "pytorch_model.bin")
_SAMPLE = 1 << 20  # bytes of the weights hashed at each end: cheap at every start, still content-based


def model_fingerprint(model_path: str) -> str:
    """A short hash of the model folder: its configuration, vocabulary and (sampled) weights."""
    h = hashlib.sha256(f"export-v{EXPORT_VERSION}|opset{OPSET}|{Path(model_path).name}".encode())
    for name in _FINGERPRINT_FILES:
        p = Path(model_path, name)
        if p.is_file():
            h.update(name.encode() + b"\0" + p.read_bytes())
    for name in _WEIGHTS:
        p = Path(model_path, name)
        if p.is_file():
            size = p.stat().st_size
            with p.open("rb") as f:
                head = f.read(_SAMPLE)
                f.seek(max(0, size - _SAMPLE))
                tail = f.read(_SAMPLE)
            h.update(f"{name}|{size}".encode() + head + tail)
    return h.hexdigest()[:16]


def export_path(model_path: str, data_dir: str | Path) -> Path:
    """Where the export of ``model_path`` lives: ``<data_dir>/onnx/<fingerprint>/model.onnx``."""
    return Path(data_dir) / "onnx" / model_fingerprint(model_path) / "model.onnx"


def export_onnx(model_path: str, target: str | Path) -> Path:
    """Export the model to ``target`` (atomically: a half-written file is never seen). Imports torch."""
    import torch
    from transformers import AutoModel

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # eager attention: the TorchScript exporter traces it to plain ONNX ops
    model = AutoModel.from_pretrained(model_path, attn_implementation="eager").eval()

    class SentenceEmbedding(torch.nn.Module):
        """Transformer -> mean pooling over real tokens -> L2 normalisation (sentence-transformers' stack)."""

        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN201
            tokens = self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                      token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            mean = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    dummy = torch.ones((2, 8), dtype=torch.int64)
    fd, tmp = tempfile.mkstemp(suffix=".onnx.tmp", dir=target.parent)
    os.close(fd)
    try:
        # the tracer's warnings (shape-dependent Python branches that are constant for this model) are noise
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                SentenceEmbedding(model), (dummy, dummy, torch.zeros_like(dummy)), tmp,
                input_names=["input_ids", "attention_mask", "token_type_ids"],
                output_names=["sentence_embedding"],
                dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                              "token_type_ids": {0: "batch", 1: "tokens"}, "sentence_embedding": {0: "batch"}},
                opset_version=OPSET, do_constant_folding=True, dynamo=False,
            )
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the export is no secret
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def ensure_export(model_path: str, data_dir: str | Path) -> tuple[Path, bool]:
    """The export for ``model_path`` in ``data_dir``, made when missing: (path, whether it was made now)."""
    path = export_path(model_path, data_dir)
    if path.is_file():
        return path, False
    return export_onnx(model_path, path), True


if __name__ == "__main__":  # `python -m assistant.onnx_export`: export into the configured data folder
    from .settings import Settings

    s = Settings()
    made_path, made = ensure_export(s.resolved_model_path(), s.data_dir)
    print(f"{'exported' if made else 'already there'}: {made_path}")
