# Two commands on a fresh machine:  `make chat` (set up, build the index, open the chat) and `make test`.
# Both are idempotent: the install step is skipped while pyproject.toml is unchanged.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
PORT   ?= 8501

.PHONY: setup chat index test lint eval bench screenshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch first, pinned: the CPU build on this disk; an unpinned torch would pull a multi-GB CUDA build
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

index: setup
	$(BIN)/assistant ingest

chat: index
	$(BIN)/streamlit run ui/app.py --server.port $(PORT)

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .

eval: setup
	$(BIN)/assistant eval --baseline all

bench: setup
	$(BIN)/python benchmarks/bench.py

# The README's screenshots (docs/chat.png, docs/chat-phone.png): the app in Debian's Chromium, desktop and phone.
screenshots: index
	$(BIN)/python -m ui.screenshots docs

clean:
	rm -rf .data evals/reports
