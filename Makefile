# `make demo` and `make test` are the README's two commands; both go through .ci/setup.sh.
.PHONY: demo test lint bench build clean

demo:
	sh .ci/setup.sh demo

test:
	sh .ci/setup.sh test

lint:
	.venv/bin/python -m ruff check reslab_desktop tests benchmarks tools

bench:
	.venv/bin/python -m benchmarks

build:
	.venv/bin/pyinstaller --noconfirm build.spec

clean:
	rm -rf .venv build dist
