# `make demo` and `make test` are the README's two commands; both go through .ci/setup.sh.
.PHONY: demo test lint bench build package clean

demo:
	sh .ci/setup.sh demo

test:
	sh .ci/setup.sh test

lint:
	.venv/bin/python -m ruff check reslab_desktop tests benchmarks tools
	.venv/bin/python -m mypy  # config in pyproject.toml: strict on the Qt-free core, default on ui/

bench:
	.venv/bin/python -m benchmarks

build:
	.venv/bin/pyinstaller --noconfirm build.spec

# sdist + wheel + bundle in dist/, each installed/run and smoke-tested (docs/installing.md)
package:
	sh .ci/package.sh

clean:
	rm -rf .venv build dist
